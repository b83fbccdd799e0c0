/**
 * Journeys of issue 11: narrow a taxonomy page and share it; compare a modality's papers in a table, sort it and
 * download its CSV; select papers on several pages and export them; export a search's results. Expected values
 * are computed from the real content (loadCatalogue), never read from the built pages; files are parsed back
 * with parsers independent of the code that writes them.
 */
import { readFileSync } from 'node:fs';
import { parse as parseBib } from '@retorquere/bibtex-parser';
import { expect, test, type Download, type Page } from '@playwright/test';
import { loadCatalogue, type LoadedPaper } from '../helpers/catalogue';
import { parseCsv } from '../helpers/csv';
import { parseRis } from '../helpers/ris';
import {
  authorIndex,
  authorName,
  authorPaper,
  authorStored,
  papersUsing,
  samplePaper,
  sampleDataset,
} from '../helpers/page-types';
import { branchOf, modalityOf, taskOf, venueOf } from '../../src/schemas/vocabularies';
import { PAGE_SIZE } from '../../src/lib/site/pages';
import { FIRST_PAGE } from '../../src/lib/search/state';

const { papers, taxonomy } = loadCatalogue();
const byId = new Map(papers.map((p) => [p.id, p]));
const status = (page: Page) => page.getByRole('status').first();
const facetGroup = (page: Page, name: string) => page.getByRole('group', { name });
const SINCE = 2023;
/** A filter checkbox is named by its value and its count, e.g. "CT 12". */
const valueName = (value: string) => new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`);

async function saved(download: Promise<Download>): Promise<string> {
  return readFileSync((await (await download).path())!, 'utf8');
}

/** Opens the export menu of a paper list and downloads one format. */
async function exportAs(page: Page, format: string): Promise<string> {
  await page.getByText('Export these papers').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: new RegExp(`^${format} \\(`) }).click();
  return saved(download);
}

const bibKeys = (text: string) => parseBib(text).entries.map((e) => e.key);

test.describe('narrowing a taxonomy page', () => {
  // The modality with the most papers that have code and appeared since SINCE (CT on today's catalogue).
  const recentWithCode = papers.filter((p) => p.data.links.code && p.data.year >= SINCE);
  const counts = new Map<string, number>();
  for (const p of recentWithCode) for (const m of p.data.modalities ?? []) counts.set(m, (counts.get(m) ?? 0) + 1);
  const modality = counts.has('ct') ? 'ct' : [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const inBranch = (branchId: string) =>
    recentWithCode.filter(
      (p) => p.data.modalities?.includes(modality) && p.data.categories.some((c) => branchOf(c).id === branchId),
    );
  const branch = [...taxonomy.branches].sort((a, b) => inBranch(b.id).length - inBranch(a.id).length)[0]!;
  const expected = inBranch(branch.id);
  const label = modalityOf(modality).label;

  test(`to ${label}, with code, since ${SINCE}, and shares the result as a URL`, async ({ page, browser }) => {
    expect(expected.length, `papers of ${branch.id} with ${modality} and code since ${SINCE}`).toBeGreaterThan(0);
    await page.goto(`taxonomy/${branch.id}/`);
    await facetGroup(page, 'Modality')
      .getByRole('checkbox', { name: valueName(label) })
      .check();
    await facetGroup(page, 'Code').getByRole('checkbox', { name: 'Code available' }).check();
    const years = facetGroup(page, 'Year').getByRole('checkbox');
    for (const box of await years.all()) {
      if (Number(await box.getAttribute('value')) >= SINCE) await box.check();
    }
    const n = expected.length;
    await expect(status(page)).toHaveText(new RegExp(`^${n} papers? in this list`));
    // The title link of each card (the heading also shows the method names where the title lacks them).
    const titles = page.getByRole('list', { name: 'Papers' }).getByRole('heading', { level: 3 }).getByRole('link');
    await expect(titles).toHaveCount(Math.min(n, FIRST_PAGE));
    for (const title of await titles.allTextContents())
      expect(expected.map((p) => p.data.title)).toContain(title.replace(/\s+/g, ' ').trim());

    // Someone opening the shared URL sees the same list with the same filters ticked.
    const shared = page.url();
    expect(shared).toMatch(/[?&]modality=/);
    const other = await (await browser.newContext()).newPage();
    await other.goto(shared);
    await expect(status(other)).toHaveText(new RegExp(`^${n} papers? in this list`));
    await expect(facetGroup(other, 'Modality').getByRole('checkbox', { name: valueName(label) })).toBeChecked();
    await expect(facetGroup(other, 'Code').getByRole('checkbox', { name: 'Code available' })).toBeChecked();
  });
});

test('a modality page as a compare table, sorted by year, downloaded as CSV', async ({ page }) => {
  const counts = new Map<string, LoadedPaper[]>();
  for (const p of papers) for (const m of p.data.modalities ?? []) counts.set(m, [...(counts.get(m) ?? []), p]);
  // A modality with a few papers, so the whole table fits on screen; the most common otherwise.
  const [modality, expected] =
    [...counts].find(([, list]) => list.length >= 3 && list.length <= 20) ??
    [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
  await page.goto(`modalities/${modality}/`);
  await page.getByRole('combobox', { name: 'Show as' }).selectOption('table');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(Math.min(expected.length, 50) + 1);
  await expect(page).toHaveURL(/view=table/);

  const yearHeader = table.getByRole('columnheader', { name: /^Year/ });
  await yearHeader.getByRole('button').click();
  await expect(yearHeader).toHaveAttribute('aria-sort', 'ascending');
  const shownYears = await table.evaluate((t) => {
    const column = [...t.querySelectorAll('thead th')].findIndex((h) => h.textContent!.startsWith('Year'));
    return [...t.querySelectorAll('tbody tr')].map((tr) => Number(tr.children[column]!.textContent));
  });
  expect(shownYears).toEqual([...shownYears].sort((a, b) => a - b));
  // Each row shows the paper's tasks, as labelled in the vocabulary, in the entry's order.
  const shownTasks = await table.evaluate((t) => {
    const column = [...t.querySelectorAll('thead th')].findIndex((h) => h.textContent!.startsWith('Tasks'));
    return [...t.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector<HTMLAnchorElement>('th a')!.pathname.split('/').at(-2)!,
      tr.children[column]?.textContent ?? null,
    ]);
  });
  for (const [id, cell] of shownTasks)
    expect(cell, id!).toBe(
      byId
        .get(id!)!
        .data.tasks?.map((t) => taskOf(t).label)
        .join('; ') || '–',
    );

  const rows = parseCsv(await exportAs(page, 'CSV'));
  expect(rows.map((r) => r['Id']).sort()).toEqual(expected.map((p) => p.id).sort());
  const csvYears = rows.map((r) => Number(r['Year']));
  expect(csvYears, 'the CSV follows the table order').toEqual([...csvYears].sort((a, b) => a - b));
  for (const row of rows) expect(row['Title']).toBe(byId.get(row['Id']!)!.data.title);
});

test('five papers selected on three pages export as BibTeX and RIS holding exactly those five', async ({ page }) => {
  const chosen: LoadedPaper[] = [];
  const pick = (ids: string[], n: number) => {
    for (const id of ids) {
      if (chosen.length >= n) break;
      if (!chosen.some((c) => c.id === id)) chosen.push(byId.get(id)!);
    }
  };
  const select = async (paper: LoadedPaper) =>
    page
      .getByRole('checkbox', { name: `Select ${paper.data.title}`, exact: true })
      .first()
      .check();

  // Page 1: a dataset's page (it lists every paper using the dataset on one page).
  await page.goto(`datasets/${sampleDataset.id}/`);
  pick(papersUsing(sampleDataset.id), 2);
  for (const p of chosen) await select(p);
  await expect(page.locator('[data-selection-count]')).toHaveText('2');

  // Page 2: a venue whose papers fit on one page, two papers not chosen yet.
  const venueIds = [...new Set(papers.map((p) => p.data.venue))];
  const venue = venueIds.find((v) => {
    const list = papers.filter((p) => p.data.venue === v && !chosen.some((c) => c.id === p.id));
    return list.length >= 2 && papers.filter((p) => p.data.venue === v).length <= PAGE_SIZE;
  })!;
  await page.goto(`venues/${venue}/`);
  const before = chosen.length;
  pick(
    papers.filter((p) => p.data.venue === venue).map((p) => p.id),
    before + 2,
  );
  for (const p of chosen.slice(before)) await select(p);

  // Page 3: a search for a fifth paper by its title.
  const fifth = papers.find((p) => !chosen.some((c) => c.id === p.id))!;
  await page.goto(`search/?q=${encodeURIComponent(fifth.data.title)}`);
  await select(fifth);
  chosen.push(fifth);
  await expect(page.locator('[data-selection-count]')).toHaveText('5');

  await page.getByRole('link', { name: /^Selection/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your selection');
  await expect(status(page)).toHaveText('5 papers selected.');
  await expect(page.getByRole('list', { name: 'Selected papers' }).getByRole('listitem')).toHaveCount(5);

  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'BibTeX', exact: true }).click();
  expect(bibKeys(await saved(download)).sort()).toEqual(chosen.map((p) => p.id).sort());

  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'RIS', exact: true }).click();
  const records = parseRis(await saved(download));
  expect(records.map((r) => r['TI']![0]).sort()).toEqual(chosen.map((p) => p.data.title).sort());

  // The selection survives a reload and can be shared: the link shows the same five to someone else.
  await page.reload();
  await expect(status(page)).toHaveText('5 papers selected.');
  const ids = await page.evaluate(() => JSON.parse(localStorage.getItem('selection') ?? '[]') as string[]);
  expect(ids.sort()).toEqual(chosen.map((p) => p.id).sort());
});

test('a shared selection link shows its papers and becomes the reader’s selection only when asked', async ({
  page,
}) => {
  const shared = papers.slice(0, 3);
  await page.goto(`selection/?ids=${shared.map((p) => p.id).join(',')}`);
  await expect(page.getByText('This link shares 3 papers.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Selected papers' }).getByRole('listitem')).toHaveCount(3);
  expect(await page.evaluate(() => localStorage.getItem('selection'))).toBeNull();
  await page.getByRole('button', { name: 'Make these my selection' }).click();
  await expect(status(page)).toHaveText('3 papers selected.');
  const ids = await page.evaluate(() => JSON.parse(localStorage.getItem('selection') ?? '[]') as string[]);
  expect(ids).toEqual(shared.map((p) => p.id));
});

test('the selection compares its papers in a table kept in the URL, exported and shared in that view', async ({
  page,
  context,
}) => {
  // Four papers of four different years, so that sorting by year has one right order.
  const chosen: LoadedPaper[] = [];
  for (const p of papers) if (chosen.length < 4 && !chosen.some((c) => c.data.year === p.data.year)) chosen.push(p);
  expect(chosen, 'four papers of different years').toHaveLength(4);
  await page.goto('selection/');
  await page.evaluate(
    (ids) => localStorage.setItem('selection', JSON.stringify(ids)),
    chosen.map((p) => p.id),
  );
  await page.reload();
  await expect(status(page)).toHaveText('4 papers selected.');
  await page.getByRole('combobox', { name: 'Show as' }).selectOption('table');
  await expect(page).toHaveURL(/\/selection\/\?view=table$/);
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(page.getByRole('list', { name: 'Selected papers' })).toBeHidden();
  // Sorted by year, the CSV export follows the table.
  const yearHeader = table.getByRole('columnheader', { name: /^Year/ });
  await yearHeader.getByRole('button').click();
  await expect(yearHeader).toHaveAttribute('aria-sort', 'ascending');
  const byYear = [...chosen].sort((a, b) => a.data.year - b.data.year);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV', exact: true }).click();
  expect(parseCsv(await saved(download)).map((r) => r['Id'])).toEqual(byYear.map((p) => p.id));
  // Unticking a row removes the paper; a reload keeps the table.
  // (A click, not uncheck(): the row goes away, so its box cannot be read back.)
  await table.getByRole('checkbox', { name: `Select ${byYear[0]!.data.title}`, exact: true }).click();
  await expect(status(page)).toHaveText('3 papers selected.');
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Show as' })).toHaveValue('table');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
  // The shared link opens the same papers in the same view.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy a link to this selection' }).click();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.searchParams.get('view')).toBe('table');
  expect(link.searchParams.get('ids')?.split(',')).toEqual(chosen.filter((p) => p !== byYear[0]).map((p) => p.id));
  await page.evaluate(() => localStorage.clear());
  await page.goto(link.pathname + link.search);
  await expect(page.getByText('This link shares 3 papers.')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
});

test('a paper page compares the paper with its related papers in a table', async ({ page }) => {
  await page.goto(`papers/${samplePaper.id}/`);
  const related = page.getByRole('complementary', { name: 'Related papers' });
  // The related papers, from the links of their card headings (papers/<id>/).
  const hrefs = await related
    .getByRole('listitem')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  const titles = hrefs.map((href) => byId.get(href.split('/').at(-2)!)!.data.title);
  expect(titles.length).toBeGreaterThan(0);
  await related.getByRole('link', { name: `Compare this paper with these ${titles.length} in a table` }).click();
  await expect(page).toHaveURL(/\/selection\/\?ids=[^&]+&view=table$/);
  await expect(page.getByText(`This link shares ${titles.length + 1} papers.`)).toBeVisible();
  const rowTitles = page.getByRole('table').getByRole('rowheader');
  await expect(rowTitles).toHaveText([samplePaper.data.title, ...titles]);
  // The reader's own selection is not touched by looking.
  expect(await page.evaluate(() => localStorage.getItem('selection'))).toBeNull();
});

test("an author page compares the author's papers in a table", async ({ page }) => {
  const expected = authorIndex.byName(authorStored).papers.map((p) => p.data.title);
  await page.goto(`papers/${authorPaper.id}/`);
  await page.getByRole('main').getByRole('link', { name: authorName, exact: true }).first().click();
  await page.getByRole('link', { name: `Compare the ${expected.length} papers in a table` }).click();
  await expect(page).toHaveURL(/\/selection\/\?ids=[^&]+&view=table$/);
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(expected);
  expect(await page.evaluate(() => localStorage.getItem('selection'))).toBeNull();
});

test('a search’s results export as BibTeX with exactly the papers found', async ({ page }) => {
  // Filters alone, so the expected set follows from the entries: every paper of the most common venue.
  const venues = new Map<string, LoadedPaper[]>();
  for (const p of papers) venues.set(p.data.venue, [...(venues.get(p.data.venue) ?? []), p]);
  const [venue, expected] = [...venues].sort((a, b) => b[1].length - a[1].length)[0]!;
  const label = venueOf(venue).short;
  await page.goto(`search/?venue=${encodeURIComponent(label)}`);
  await expect(status(page)).toHaveText(new RegExp(`^${expected.length} papers?`));
  expect(bibKeys(await exportAs(page, 'BibTeX')).sort()).toEqual(expected.map((p) => p.id).sort());
});
