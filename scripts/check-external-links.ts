/**
 * npm run check:external-links [-- --report file.md]
 * Try every external link of every entry and report broken ones (Markdown on stdout, in the GitHub job
 * summary when run in Actions, and in --report). Always exits 0 unless the entries themselves are
 * invalid: a dead link elsewhere must not block work here. Run weekly by .github/workflows/links.yml.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { checkLinks, collectLinks, renderReport } from '../src/lib/external-links.ts';
import { splitFrontMatter } from '../src/lib/validate.ts';
import { paperSchema } from '../src/schemas/paper.ts';
import { datasetSchema } from '../src/schemas/dataset.ts';

const { values } = parseArgs({
  options: { report: { type: 'string' }, concurrency: { type: 'string', default: '8' } },
});

const papers = readdirSync('content/papers')
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({
    id: f.slice(0, -3),
    data: paperSchema.parse(parse(splitFrontMatter(readFileSync(`content/papers/${f}`, 'utf8'))?.yaml ?? '')),
  }));
const datasets = readdirSync('content/datasets')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.slice(0, -5),
    data: datasetSchema.parse(parse(readFileSync(`content/datasets/${f}`, 'utf8'))),
  }));

const links = collectLinks(papers, datasets);
const results = await checkLinks(links, fetch, Number(values.concurrency));
const { markdown, broken } = renderReport(links, results, new Date().toISOString().slice(0, 10));
console.log(markdown);
if (values.report) writeFileSync(values.report, markdown);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `broken=${broken}\n`);
