/**
 * A contributor's pull request, played out: in a throw-away copy of the project, `npm run new` adds a valid
 * paper, then `npm run check` and the whole unit suite run there. No test may pin the catalogue's counts or
 * contents, so both must stay green. (This file is left out of the inner run, which would otherwise recurse.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempSite } from '../helpers/temp-site';

const site = makeTempSite();
afterAll(() => site.dispose());

describe('a valid contribution keeps the tests green', () => {
  it('adds a paper with npm run new, then npm run check and every unit test pass in that copy', () => {
    const out = site.runScript('scripts/new.ts', [
      '--no-input',
      '--title',
      'A Contributed Paper on Zero-Shot CLIP for Knee Radiographs',
      '--authors',
      'Contributor, Ada and van der Berg, Jan',
      '--venue',
      'Advances in Neural Information Processing Systems',
      '--year',
      '2025',
      '--category',
      'classification',
      '--subgroup',
      'classification/zero-shot',
      '--task',
      'zero-shot-classification',
      '--source',
      'https://example.org/contributed-paper',
      '--link',
      'https://example.org/contributed-paper',
      '--summary',
      'It tests zero-shot prompts on knee radiographs. It reports accuracy on one public set.',
    ]);
    const file = /Wrote (content\/papers\/\S+\.md)/.exec(out)?.[1];
    expect(file, out).toBeDefined();
    expect(existsSync(join(site.root, file!))).toBe(true);
    expect(readFileSync(join(site.root, file!), 'utf8')).toMatch(/venue: neurips\n/);

    const check = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], {
      cwd: site.root,
      encoding: 'utf8',
    });
    expect(check).toMatch(/no problems/);

    const unit = execFileSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--exclude', 'tests/unit/contribution.test.ts', '--reporter', 'dot'],
      {
        cwd: site.root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 600_000,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    expect(unit).toMatch(/Tests\s+\d+ passed/);
    expect(unit).not.toMatch(/failed/);
  }, 900_000);
});
