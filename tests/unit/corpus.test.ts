/**
 * The bad-entry corpus (tests/fixtures/corpus/): contributor mistakes and hostile entries. Each fixture is
 * put alone into the papers folder of a temporary project and read exactly as `npm run check` reads it.
 * A "rejected" fixture must produce exactly one problem, file:line: field: message, matching its expectation;
 * an "inert" fixture must pass (tests/e2e/hostile.spec.ts then builds it and proves it harmless in Chromium).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalogue } from '@/lib/catalogue/check-catalogue';
import { readCatalogueFiles } from '@/lib/catalogue/files';
import { formatProblem } from '@/lib/catalogue/problem';
import { corpus, CORPUS_DIR } from '../helpers/corpus';

const scratch = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every problem `npm run check` reports for a project holding only this fixture, as printed. */
function problemsOf(name: string): string[] {
  const root = join(scratch, name.replace(/[^a-z0-9]/gi, '_'));
  const top = name.split('/')[0]!;
  mkdirSync(join(root, 'content/papers'), { recursive: true });
  cpSync(join(CORPUS_DIR, top), join(root, 'content/papers', top), { recursive: true });
  const files = readCatalogueFiles(root);
  const { problems } = checkCatalogue(files.papers, files.datasets);
  const mine = `content/papers/${top}`;
  return [...files.problems, ...problems]
    .filter((p) => p.file === mine || p.file.startsWith(`${mine}/`))
    .map(formatProblem);
}

const rejected = corpus.filter((c) => c.rejected !== undefined);
const inert = corpus.filter((c) => c.inert !== undefined);

describe('the bad-entry corpus', () => {
  it('holds at least 40 hostile and 20 mistaken entries, each with an expectation', () => {
    expect(rejected.length + inert.length).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(inert.length).toBeGreaterThanOrEqual(10);
  });

  it.each(rejected.map((c) => [c.name, c.rejected!] as const))(
    '%s is rejected with its file, line, field and fix, alone',
    (name, expected) => {
      const problems = problemsOf(name);
      const top = name.split('/')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^content/papers/${top}${expected}`));
    },
  );

  it.each(inert.map((c) => [c.name] as const))('%s is accepted (its harmlessness is proven in the browser)', (name) => {
    expect(problemsOf(name)).toEqual([]);
  });
});

describe('a bad file never stops the check of the others', () => {
  it('reports each broken file of a folder holding all of them, and still checks the valid one', () => {
    const root = join(scratch, 'all');
    mkdirSync(join(root, 'content'), { recursive: true });
    cpSync(CORPUS_DIR, join(root, 'content/papers'), { recursive: true });
    rmSync(join(root, 'content/papers/expected.json'));
    cpSync('tests/fixtures/entries/valid.md', join(root, 'content/papers/dawidowicz2023limitr.md'));
    const files = readCatalogueFiles(root);
    const { problems } = checkCatalogue(files.papers, files.datasets);
    const reported = new Set([...files.problems, ...problems].map((p) => p.file.split('/').slice(0, 3).join('/')));
    for (const c of rejected) expect(reported, c.name).toContain(`content/papers/${c.name.split('/')[0]}`);
    expect(readFileSync(join(root, 'content/papers/dawidowicz2023limitr.md'), 'utf8')).toContain('LIMITR');
  });
});
