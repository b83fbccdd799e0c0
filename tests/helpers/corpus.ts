/** The bad-entry corpus of tests/fixtures/corpus/: each fixture's name and what must happen to it. */
import { readFileSync } from 'node:fs';

export const CORPUS_DIR = 'tests/fixtures/corpus';

/** `rejected`: the expected "file" suffix of the one problem (":line: field: message", a regex); `inert`: text the page must show literally. */
export type CorpusCase = { name: string; rejected?: string; inert?: string };

const expected = JSON.parse(readFileSync(`${CORPUS_DIR}/expected.json`, 'utf8')) as Record<
  string,
  { rejected?: string; inert?: string }
>;

export const corpus: CorpusCase[] = Object.entries(expected)
  .map(([name, e]) => ({ name, ...e }))
  .sort((a, b) => a.name.localeCompare(b.name));
