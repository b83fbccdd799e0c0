/**
 * npm run check [-- <files>]: validate the catalogue's entries and report every problem at once.
 * With file arguments, only problems in those files are reported, but they are still checked
 * against the whole catalogue for duplicates and references.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCatalogue } from '../src/lib/check-catalogue.ts';
import { formatProblem } from '../src/lib/validate.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string', default: '.' } },
});
const root = resolve(values.root!);
const read = (dir: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .sort()
        .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') }))
    : [];

const papers = read('content/papers');
const datasets = read('content/datasets');
const { problems, paperCount, datasetCount } = checkCatalogue(papers, datasets);
const only = new Set(positionals.map((f) => relative(root, resolve(f))));
for (const f of only) {
  if (!papers.some((p) => p.file === f) && !datasets.some((d) => d.file === f)) {
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
const scope = only.size ? `${only.size} file(s)` : `${paperCount} papers and ${datasetCount} datasets`;
if (shown.length) {
  console.error(`\n${shown.length} problem(s) in ${scope}. Field reference: CONTRIBUTING.md`);
  process.exit(1);
}
console.log(`Checked ${scope}: no problems.`);
