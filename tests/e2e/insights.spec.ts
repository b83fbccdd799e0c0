/**
 * The field at a glance (/insights/ and the home page) and the start-here lists: charts whose numbers are the
 * catalogue's counts (computed here from the entries), whose marks open exactly those papers, and which add no
 * script to the page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadCatalogue } from '../helpers/catalogue';
import { leafTitle } from '../../src/lib/search/attributes';
import { applicationLeafIds, clipUsageOf, modalityOf } from '../../src/schemas/vocabularies';
import { FACTS } from '../../src/lib/quality/coverage';

const { papers, taxonomy } = loadCatalogue();
const plural = (n: number) => `${n} paper${n === 1 ? '' : 's'}`;

/** The code a page runs (external and inline scripts; JSON-LD is data), to compare pages with and without charts. */
const scriptsOf = (page: Page) =>
  page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((els) => els.map((s) => s.getAttribute('src') ?? `inline:${s.textContent?.length}`));

/**
 * What a matrix should hold, from the entries: "<row>, <column>: " -> papers, a paper counting once per pair of its
 * row values (category titles) and column values (labels).
 */
function expectedCells(
  rows: (p: (typeof papers)[number]) => string[],
  columns: (p: (typeof papers)[number]) => string[],
) {
  const expected = new Map<string, number>();
  for (const p of papers)
    for (const column of new Set(columns(p)))
      for (const row of new Set(rows(p))) {
        const key = `${row}, ${column}: `;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
  return expected;
}

/** The names of a chart's cells, sorted, beside what they should be. */
async function cellNames(chart: Locator, expected: Map<string, number>) {
  const names = await chart.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')!));
  return { names: names.sort(), expected: [...expected].map(([k, n]) => k + plural(n)).sort() };
}

test('every year-by-category segment says its count and opens exactly those papers', async ({ page }) => {
  await page.goto('insights/');
  const chart = page.locator('figure[data-chart="years"]');
  // The largest segment: the year and category with the most papers.
  const pairs = [...new Set(papers.map((p) => p.data.year))].flatMap((year) =>
    taxonomy.branches
      .flatMap((b) => b.leaves)
      .map((leaf) => ({
        year,
        leaf,
        n: papers.filter((p) => p.data.year === year && p.data.categories.includes(leaf.id)).length,
      })),
  );
  const { year, leaf, n } = pairs.sort((a, b) => b.n - a.n)[0]!;
  expect(n).toBeGreaterThan(0);
  const segment = chart.getByRole('link', { name: `${year}, ${leaf.title}: ${plural(n)}` });
  await expect(segment).toHaveCount(1);
  await segment.click();
  await expect(page).toHaveURL(/\/search\/\?/);
  await expect(page.getByRole('status').first()).toHaveText(new RegExp(`^${n} papers?`));
});

test('the modality matrix counts every pair the entries name and leaves the rest empty', async ({ page }) => {
  await page.goto('insights/');
  const chart = page.locator('figure[data-chart="modality-category"]');
  const expected = expectedCells(
    (p) => p.data.categories.map(leafTitle),
    (p) => (p.data.modalities ?? []).map((m) => modalityOf(m).label),
  );
  const cells = await cellNames(chart, expected);
  expect(cells.names).toEqual(cells.expected);
  // The table fallback holds the same numbers.
  await chart.getByText('The numbers as a table').click();
  const table = chart.getByRole('table');
  await expect(table).toBeVisible();
  const cellTotal = await table
    .locator('tbody td')
    .evaluateAll((tds) => tds.reduce((s, td) => s + Number(td.textContent!.trim() || 0), 0));
  expect(cellTotal).toBe([...expected.values()].reduce((a, b) => a + b, 0));
});

test('the use-of-CLIP matrix counts the application papers by use and category, and opens them', async ({ page }) => {
  await page.goto('insights/');
  const chart = page.locator('figure[data-chart="clip-category"]');
  const expected = expectedCells(
    (p) => p.data.categories.filter((c) => applicationLeafIds.has(c)).map(leafTitle),
    (p) => (p.data.clipUsage ?? []).map((u) => clipUsageOf(u).label),
  );
  const cells = await cellNames(chart, expected);
  expect(cells.names).toEqual(cells.expected);
  // Its largest cell lists exactly its papers.
  const [key, n] = [...expected].sort((a, b) => b[1] - a[1])[0]!;
  await chart.getByRole('link', { name: key + plural(n) }).click();
  await expect(page).toHaveURL(/\/search\/\?/);
  await expect(page.getByRole('status').first()).toHaveText(new RegExp(`^${n} papers?`));
});

test('the charts add no script: the insights page runs what the coverage page runs', async ({ page }) => {
  await page.goto('coverage/');
  const plain = await scriptsOf(page);
  await page.goto('insights/');
  expect(await scriptsOf(page)).toEqual(plain);
  const html = readFileSync('dist/insights/index.html', 'utf8');
  expect(html).not.toMatch(/<svg[^]*?<style|<svg[^>]*\sstyle=/);
});

test('home shows the field at a glance and a start-here list per branch, each paper linked', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'The field at a glance' })).toBeVisible();
  await expect(page.locator('svg.chart a').first()).toBeVisible();
  const start = JSON.parse(readFileSync('content/start-here.json', 'utf8')) as {
    branches: { branch: string; papers: { paper: string }[] }[];
  };
  const section = page.locator('section[aria-labelledby="start-here"]');
  for (const b of start.branches)
    for (const { paper } of b.papers) {
      const entry = papers.find((p) => p.id === paper)!;
      await expect(section.getByRole('link', { name: entry.data.title, exact: true })).toHaveAttribute(
        'href',
        new RegExp(`/papers/${paper}/$`),
      );
    }
  await page.goto(`taxonomy/${start.branches[0]!.branch}/`);
  await expect(page.getByRole('heading', { name: 'Start here' })).toBeVisible();
});

test('the coverage page links a paged list of the papers missing each fact', async ({ page }) => {
  const missing = papers.filter((p) => !p.data.modalities).map((p) => p.id);
  expect(missing.length).toBeGreaterThan(0);
  await page.goto('coverage/');
  await page.getByRole('link', { name: 'Without imaging modality' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers without imaging modality');
  const listed = new Set<string>();
  for (;;) {
    const hrefs = await page
      .getByRole('main')
      .locator('li a[href*="/papers/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const h of hrefs) listed.add(/\/papers\/([^/]+)\/$/.exec(h)![1]!);
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.first().click();
  }
  expect([...listed].sort()).toEqual(missing.sort());
});

test('the coverage table by category fits a laptop screen, a short heading per fact naming it in full', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('coverage/');
  const table = page.getByRole('region', { name: 'Coverage by category' });
  const headings = table.locator('thead th');
  await expect(headings).toHaveText(['Category', 'Papers', ...FACTS.map((f) => f.short)]);
  expect(await headings.evaluateAll((ths) => ths.slice(2).map((th) => th.getAttribute('title')))).toEqual(
    FACTS.map((f) => f.label),
  );
  const { scroll, client } = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  // Each heading on one line: its text makes a single line box.
  const wrapped = await headings.evaluateAll((ths) =>
    ths
      .filter((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return range.getClientRects().length > 1;
      })
      .map((th) => th.textContent?.trim()),
  );
  expect(wrapped).toEqual([]);
});
