import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimumNode, missingPackages, nodeIsRecentEnough, prepare } from '../../scripts/pretest.mjs';

/** A project folder with the given package.json, lock file and npm's record of what it installed. */
function project(files: { pkg: object; lock?: object; installed?: object }): string {
  const root = mkdtempSync(join(tmpdir(), 'pretest-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify(files.pkg));
  if (files.lock) writeFileSync(join(root, 'package-lock.json'), JSON.stringify(files.lock));
  if (files.installed) {
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), JSON.stringify(files.installed));
  }
  return root;
}

const lock = {
  packages: {
    '': { name: 'x' },
    'node_modules/astro': { version: '7.3.5' },
    'node_modules/@esbuild/darwin-arm64': { version: '0.28.2', optional: true },
  },
};

describe('npm test setup (scripts/pretest.mjs)', () => {
  it('reads the engines range and compares Node versions', () => {
    expect(minimumNode('>=22.12')).toEqual([22, 12]);
    expect(minimumNode('>= 24')).toEqual([24, 0]);
    expect(minimumNode('^22')).toBeUndefined();
    expect(nodeIsRecentEnough('22.12.0', [22, 12])).toBe(true);
    expect(nodeIsRecentEnough('24.1.0', [22, 12])).toBe(true);
    expect(nodeIsRecentEnough('22.11.9', [22, 12])).toBe(false);
    expect(nodeIsRecentEnough('20.20.2', [22, 12])).toBe(false);
  });

  it('lists the pinned packages that are missing or at another version, not optional or extra ones', () => {
    expect(missingPackages(lock, undefined)).toEqual(['astro@7.3.5']);
    expect(missingPackages(lock, { packages: { 'node_modules/astro': { version: '7.3.4' } } })).toEqual([
      'astro@7.3.5',
    ]);
    const installed = {
      packages: { 'node_modules/astro': { version: '7.3.5' }, 'node_modules/extra': { version: '1.0.0' } },
    };
    expect(missingPackages(lock, installed)).toEqual([]);
  });

  it('stops an old Node with one line naming the range and how to get a newer one', () => {
    const lines: string[] = [];
    const root = project({ pkg: { engines: { node: '>=22.12' } }, lock });
    const install = () => {
      throw new Error('must not install on an old Node');
    };
    expect(prepare(root, { node: '20.20.2', log: (l: string) => lines.push(l), install })).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/needs Node >=22\.12 and this is 20\.20\.2: run `nvm use`.*\.ci\/run/);
  });

  it('installs with npm ci when node_modules lacks a pinned package, and only then', () => {
    const lines: string[] = [];
    const calls: string[] = [];
    const install = (root: string) => (calls.push(root), 0);
    const log = (l: string) => lines.push(l);
    const fresh = project({ pkg: { engines: { node: '>=22.12' } }, lock });
    expect(prepare(fresh, { node: '24.0.0', log, install })).toBe(0);
    expect(calls).toEqual([fresh]);
    expect(lines).toEqual([
      expect.stringMatching(/lacks what package-lock\.json pins \(astro@7\.3\.5\); installing with npm ci/),
    ]);

    const ready = project({ pkg: {}, lock, installed: { packages: { 'node_modules/astro': { version: '7.3.5' } } } });
    expect(prepare(ready, { node: '24.0.0', log, install })).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('stops with one more line when npm ci fails', () => {
    const lines: string[] = [];
    const root = project({ pkg: {}, lock });
    expect(prepare(root, { node: '24.0.0', log: (l: string) => lines.push(l), install: () => 1 })).toBe(1);
    expect(lines.at(-1)).toMatch(/`npm ci` failed/);
  });
});
