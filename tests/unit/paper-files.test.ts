import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import paperFiles from '../../src/integrations/paper-files.ts';
import { FILES_BUNDLE } from '../../src/lib/site/routes.ts';

/** Runs the integration's build:done hook on an output folder holding `bundle` as the bundle. */
async function split(bundle: Record<string, string>) {
  const out = mkdtempSync(join(tmpdir(), 'paper-files-'));
  mkdirSync(join(out, 'papers', 'a-paper'), { recursive: true });
  writeFileSync(join(out, FILES_BUNDLE), JSON.stringify(bundle));
  const messages: string[] = [];
  const hook = paperFiles().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  const run = hook({ dir: pathToFileURL(`${out}/`), logger: { info: (m: string) => messages.push(m) } });
  return { out, run, messages };
}

describe('paper-files integration', () => {
  it('writes each file of the bundle into its paper folder and removes the bundle', async () => {
    const { out, run, messages } = await split({
      'a-paper/citation.bib': '@article{a-paper}\n',
      'a-paper/card.json': '{"id":"a-paper"}\n',
    });
    await run;
    expect(readFileSync(join(out, 'papers/a-paper/citation.bib'), 'utf8')).toBe('@article{a-paper}\n');
    expect(readFileSync(join(out, 'papers/a-paper/card.json'), 'utf8')).toBe('{"id":"a-paper"}\n');
    expect(existsSync(join(out, FILES_BUNDLE))).toBe(false);
    expect(messages).toEqual(['wrote 2 paper files']);
  });

  it.each([['../escape/citation.bib'], ['a-paper/../../x.bib'], ['a-paper/index.html'], ['A-Paper/citation.bib']])(
    'refuses the key %s and writes nothing',
    async (key) => {
      const { out, run } = await split({ 'a-paper/citation.ris': 'TY  - JOUR\n', [key]: 'x' });
      await expect(run).rejects.toThrow(/refusing to write/);
      expect(existsSync(join(out, 'papers/a-paper/citation.ris'))).toBe(false);
    },
  );
});
