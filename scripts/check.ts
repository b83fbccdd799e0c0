/**
 * npm run check [-- <files>]: validate the catalogue's entries and report every problem at once.
 * With file arguments, only problems in those files are reported, but they are still checked
 * against the whole catalogue for duplicates and references.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, sortProblems } from '../src/lib/catalogue/problem.ts';
import { vocabularyProblems } from '../src/lib/catalogue/vocabulary-check.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string', default: '.' } },
});
const root = resolve(values.root!);
// The vocabulary lists first: every entry is checked against them, and the modules that check entries load them.
const broken = vocabularyProblems(root);
if (broken.length) {
  for (const p of sortProblems(broken)) console.error(formatProblem(p));
  console.error(
    `\n${broken.length} problem(s) in the vocabulary lists of content/; fix them first: entries are checked against these lists. Field reference: CONTRIBUTING.md`,
  );
  process.exit(1);
}
const { checkCatalogue } = await import('../src/lib/catalogue/check-catalogue.ts');
const { readCatalogueFiles } = await import('../src/lib/catalogue/files.ts');
const { START_HERE_FILE, startHereProblems } = await import('../src/lib/site/start-here.ts');
const files = readCatalogueFiles(root);
const result = checkCatalogue(files.papers, files.datasets);
// The curated "start here" lists name papers by id; an id a pull request renames or removes is reported here.
const startHereText = existsSync(join(root, START_HERE_FILE)) ? readFileSync(join(root, START_HERE_FILE), 'utf8') : '';
const problems = sortProblems([
  ...files.problems,
  ...result.problems,
  ...(startHereText ? startHereProblems(startHereText, new Set(result.papers.map((p) => p.id))) : []),
]);
const only = new Set(positionals.map((f) => relative(root, resolve(f))));
const known = new Set([...files.papers, ...files.datasets].map((f) => f.file).concat(problems.map((p) => p.file)));
for (const f of only) {
  if (!known.has(f)) {
    problems.push({
      file: f,
      line: 1,
      field: '(file)',
      message: 'not a catalogue entry: entries live in content/papers/*.md and content/datasets/*.yaml',
    });
  }
}
const shown = only.size ? problems.filter((p) => only.has(p.file)) : problems;
for (const p of shown) console.error(formatProblem(p));
const scope = only.size ? `${only.size} file(s)` : `${result.paperCount} papers and ${result.datasetCount} datasets`;
if (shown.length) {
  console.error(`\n${shown.length} problem(s) in ${scope}. Field reference: CONTRIBUTING.md`);
  process.exit(1);
}
console.log(`Checked ${scope}: no problems.`);
