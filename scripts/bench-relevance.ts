/**
 * npm run bench:relevance [-- --dist dist] [--no-write]
 * Runs the queries of scripts/lib/relevance-queries.json on the built site's search page, in headless Chromium, and
 * reads the results as the page shows them (Pagefind's order; for a query no paper holds every word of, the papers
 * with all but one of them, which the page shows instead). Reports per query the rank of the first expected paper;
 * overall the top-3 hit rate and the mean reciprocal rank. Writes the table into docs/benchmarks.md (block
 * bench:relevance). Build first (npm run build).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { replaceBlock } from '../src/lib/quality/blocks.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, 'no-write': { type: 'boolean', default: false } },
});
const dist = resolve(values.dist!);
if (!existsSync(join(dist, 'pagefind/pagefind.js'))) {
  console.error(`error: ${dist}/pagefind/pagefind.js not found; run npm run build first`);
  process.exit(1);
}
type Query = { q: string; kind: string; expect: string[] };
const { queries } = JSON.parse(readFileSync('scripts/lib/relevance-queries.json', 'utf8')) as { queries: Query[] };
const TOP = 10;

const handler = sirv(dist, { dev: false });
const server = createServer((req, res) =>
  handler(req, res, () => {
    res.writeHead(404).end();
  }),
);
await new Promise<void>((ok) => server.listen(0, 'localhost', ok));
const origin = `http://localhost:${(server.address() as { port: number }).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();

/**
 * The paper ids of the first TOP results the search page shows for one query, and whether the search itself found
 * nothing (the page then shows the papers with all but one of its words).
 */
async function search(q: string): Promise<{ top: string[]; allButOne: boolean }> {
  await page.goto(`${origin}/search/?${new URLSearchParams({ q })}`);
  const status = page.getByRole('status').filter({ hasText: ' for “' });
  await status.waitFor();
  const top = await page
    .locator('[data-results] > li')
    .evaluateAll(
      (items, n) =>
        items
          .slice(0, n)
          .map((li) => /\/papers\/([^/]+)\//.exec(li.querySelector('a')?.getAttribute('href') ?? '')?.[1] ?? '?'),
      TOP,
    );
  return { top, allButOne: (await status.textContent())!.startsWith('No papers') };
}

const rows: { query: Query; rank: number; top: string[]; allButOne: boolean }[] = [];
for (const query of queries) {
  const { top, allButOne } = await search(query.q);
  const rank = top.findIndex((id) => query.expect.includes(id)) + 1; // 0: not in the top TOP
  rows.push({ query, rank, top, allButOne });
}
await browser.close();
server.close();

const hits = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length;
const mrr = rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length;
const kinds = [...new Set(queries.map((q) => q.kind))];
const byKind = kinds.map((k) => {
  const mine = rows.filter((r) => r.query.kind === k);
  return `| ${k} | ${mine.length} | ${mine.filter((r) => r.rank >= 1 && r.rank <= 3).length} |`;
});
const table = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:relevance\` on \`${values.dist}\`: ${queries.length} queries (scripts/lib/relevance-queries.json), expected papers written down before looking at results.`,
  '',
  `**Top-3 hit rate: ${hits} of ${rows.length} (${((100 * hits) / rows.length).toFixed(0)}%); mean reciprocal rank of the first expected paper: ${mrr.toFixed(2)}** (rank beyond ${TOP} counts 0).`,
  '',
  '| kind | queries | top-3 hits |',
  '| --- | ---: | ---: |',
  ...byKind,
  '',
  '| query | rank of first expected | top 3 |',
  '| --- | ---: | --- |',
  ...rows.map(
    (r) => `| ${r.query.q} | ${r.rank || `>${TOP}`}${r.allButOne ? ' *' : ''} | ${r.top.slice(0, 3).join(', ')} |`,
  ),
  ...(rows.some((r) => r.allButOne)
    ? ['', '\\* No paper holds every word: ranked among the papers with all but one of them, as the page shows them.']
    : []),
].join('\n');
console.log(table);
if (!values['no-write']) {
  const doc = 'docs/benchmarks.md';
  writeFileSync(doc, replaceBlock(readFileSync(doc, 'utf8'), 'bench:relevance', table));
  console.log(`\nwrote ${doc}`);
}
