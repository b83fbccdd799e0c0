/**
 * npm run check [-- <files>]: validate the catalogue's entries and report every problem at once.
 * With file arguments, only problems in those files are reported, but they are still checked
 * against the whole catalogue for duplicates and references.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCatalogue } from '../src/lib/catalogue/check-catalogue.ts';
import { readCatalogueFiles } from '../src/lib/catalogue/files.ts';
import { formatProblem, sortProblems } from '../src/lib/catalogue/problem.ts';
import { START_HERE_FILE, startHereProblems } from '../src/lib/site/start-here.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string', default: '.' } },
});
const root = resolve(values.root!);
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
