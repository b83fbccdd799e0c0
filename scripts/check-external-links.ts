/**
 * npm run check:external-links [-- --report file.md]
 * Try every external link of every entry and report broken ones (Markdown on stdout, in the GitHub job
 * summary when run in Actions, and in --report). Always exits 0 unless the entries themselves are
 * invalid: a dead link elsewhere must not block work here. Run weekly by .github/workflows/links.yml.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLinks, collectLinks, renderReport } from '../src/lib/quality/external-links.ts';
import { loadCatalogue } from '../src/lib/catalogue/load.ts';

const { values } = parseArgs({
  options: { report: { type: 'string' }, concurrency: { type: 'string', default: '8' } },
});

const { papers, datasets } = loadCatalogue();

const links = collectLinks(papers, datasets);
const results = await checkLinks(links, fetch, Number(values.concurrency));
const { markdown, broken } = renderReport(links, results, new Date().toISOString().slice(0, 10));
console.log(markdown);
if (values.report) writeFileSync(values.report, markdown);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `broken=${broken}\n`);
