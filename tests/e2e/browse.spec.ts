/**
 * Journey: a researcher browses the catalogue. Home -> category -> paper -> author -> another paper;
 * a dataset -> its paper; the theme choice follows them across pages and reloads.
 * Expected values come from the real content (loadCatalogue), never from the built pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayName } from '../../src/lib/catalogue/person.ts';
import { paperCount } from '../../src/lib/site/count.ts';
import { expect, test, type Page } from '@playwright/test';
import { loadCatalogue } from '../helpers/catalogue';
import { listingOf } from '../helpers/listing';
import { papersUsing, sampleDataset } from '../helpers/page-types';

const { papers, datasets, taxonomy } = loadCatalogue();

// A paper whose author (spelt the same way) wrote another paper of the catalogue, and the leaf it is filed under.
const journey = (() => {
  for (const branch of taxonomy.branches) {
    for (const leaf of branch.leaves) {
      for (const paper of papers.filter((p) => p.data.categories.includes(leaf.id))) {
        for (const author of paper.data.authors) {
          const other = papers.find((q) => q.id !== paper.id && q.data.authors.includes(author));
          if (other) return { branch, leaf, paper, author: displayName(author), stored: author, other };
        }
      }
    }
  }
  throw new Error('no author with two papers in the catalogue');
})();

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('home -> category -> paper -> author -> another paper', async ({ page }) => {
  const { leaf, paper, author, stored, other } = journey;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  const tree = page.getByRole('region', { name: 'The taxonomy' });
  const inLeaf = papers.filter((p) => p.data.categories.includes(leaf.id));
  await expect(tree.getByRole('heading', { name: `${leaf.title} (${paperCount(inLeaf.length)})` })).toBeVisible();
  await tree.getByRole('link', { name: leaf.title, exact: true }).click();

  await expect(h1(page)).toHaveText(leaf.title);
  // The category page, or the page of the group that lists the paper (reached from the category page).
  const listing = listingOf(papers, paper, leaf.id);
  if (listing !== `taxonomy/${journey.branch.id}/${leaf.id}/`) {
    const group = listing
      .replace(/\d+\/$/, '')
      .split('/')
      .at(-2)!;
    await page.getByRole('main').locator(`a[href$="/${leaf.id}/${group}/"]`).first().click();
    if (!page.url().endsWith(listing)) await page.goto(`./${listing}`);
  }
  await expect(page).toHaveURL(new RegExp(`/${listing}$`));
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards.first()).toBeVisible();
  // newest first: the cards' years never increase down the page
  // (a card's first line of facts reads "<venue> <year>")
  const years = (await cards.locator('.card-meta > span:first-child').allTextContents()).map((t) =>
    Number(t.trim().slice(-4)),
  );
  expect(years).toHaveLength(await cards.count());
  expect(years.every((y) => y >= 2000 && y <= 2100)).toBe(true);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await page.getByRole('main').getByRole('link', { name: paper.data.title, exact: true }).click();

  await expect(h1(page)).toHaveText(paper.data.title);
  await expect(page).toHaveURL(new RegExp(`/papers/${paper.id}/$`));
  await page.getByRole('main').getByRole('link', { name: author, exact: true }).first().click();

  await expect(h1(page)).toHaveText(author);
  const theirs = papers.filter((p) => p.data.authors.includes(stored));
  for (const p of theirs)
    await expect(page.getByRole('main').getByRole('link', { name: p.data.title, exact: true })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: other.data.title, exact: true }).click();

  await expect(h1(page)).toHaveText(other.data.title);
  await expect(page.getByRole('main').getByRole('link', { name: author, exact: true }).first()).toBeVisible();
});

test('a paper filed under two categories is listed under both', async ({ page }) => {
  const paper = papers.find((p) => p.data.categories.length > 1);
  expect(paper, 'the catalogue should have a paper in two categories').toBeDefined();
  for (const id of paper!.data.categories) {
    await page.goto(`./${listingOf(papers, paper!, id)}`);
    await expect(page.getByRole('main').getByRole('link', { name: paper!.data.title, exact: true })).toBeVisible();
  }
});

test('a paper page shows its facts, links and a citation', async ({ page }) => {
  const { paper } = journey;
  await page.goto(`./papers/${paper.id}/`);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Read the paper (external site)' })).toHaveAttribute(
    'href',
    paper.data.links.paper,
  );
  if (paper.data.links.code)
    await expect(main.getByRole('link', { name: 'Code (external site)' })).toHaveAttribute(
      'href',
      paper.data.links.code,
    );
  await expect(main.getByRole('link', { name: String(paper.data.year), exact: true })).toBeVisible();
  await expect(page.locator('meta[name="citation_author"]')).toHaveCount(paper.data.authors.length);
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', paper.data.title);
  await expect(main.getByText(`@`, { exact: false }).filter({ hasText: paper.id }).first()).toBeVisible();
  await expect(main.getByRole('link', { name: 'Edit this entry on GitHub' })).toHaveAttribute(
    'href',
    new RegExp(`/edit/main/content/papers/${paper.id}\\.md$`),
  );
  await expect(page.getByRole('complementary', { name: 'Related papers' }).getByRole('article').first()).toBeVisible();
});

test('dataset page -> paper', async ({ page }) => {
  const dataset = sampleDataset;
  const linked = papersUsing(dataset.id).map((id) => papers.find((p) => p.id === id)!);
  await page.goto('./datasets/');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(datasets.length + 1);
  await page.getByRole('table').getByRole('link', { name: dataset.data.name, exact: true }).click();

  await expect(h1(page)).toHaveText(dataset.data.name);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(linked.length);
  const usedBy = page.locator('dt', { hasText: 'Used by' }).locator('xpath=following-sibling::dd[1]');
  // The verbs agree with their counts: "1 trains on it" and "1 is evaluated", "2 train" and "2 are evaluated".
  const trained = linked.filter((p) => p.data.datasets?.training?.includes(dataset.id)).length;
  const evaluated = linked.filter((p) => p.data.datasets?.evaluation?.includes(dataset.id)).length;
  await expect(usedBy).toHaveText(
    new RegExp(
      `^${linked.length} papers?: ${trained} ${trained === 1 ? 'trains' : 'train'} on it, ${evaluated} ${evaluated === 1 ? 'is' : 'are'} evaluated on it(, \\d+ released a CLIP model pre-trained on it)?$`,
    ),
  );
  await page.getByRole('main').getByRole('link', { name: linked[0]!.data.title, exact: true }).click();
  await expect(h1(page)).toHaveText(linked[0]!.data.title);
  // and the paper page links back to the dataset
  await expect(page.getByRole('main').getByRole('link', { name: dataset.data.name, exact: true })).toBeVisible();
});

test("a paper page names its datasets by role, the survey's released models included", async ({ page }) => {
  const model = datasets
    .flatMap((d) => (d.data.models ?? []).map((m) => ({ dataset: d, paper: papers.find((p) => p.id === m.paper) })))
    .find((m) => m.paper);
  if (!model?.paper) throw new Error('no dataset of the catalogue lists a released CLIP model of a catalogue paper');
  const paper = model.paper;
  await page.goto(`./papers/${paper.id}/`);
  const term = (label: string) => page.locator('dt', { hasText: new RegExp(`^\\s*${label}\\s*$`) });
  const row = (label: string) => term(label).locator('xpath=following-sibling::dd[1]');
  await expect(row('Model pre-trained on').getByRole('link', { name: model.dataset.data.name })).toHaveAttribute(
    'href',
    new RegExp(`datasets/${model.dataset.id}/$`),
  );
  for (const [label, ids] of [
    ['Trained on', paper.data.datasets?.training ?? []],
    ['Evaluated on', paper.data.datasets?.evaluation ?? []],
  ] as const) {
    const names = ids.map((id) => datasets.find((d) => d.id === id)!.data.name);
    if (names.length) expect((await row(label).getByRole('link').allTextContents()).sort()).toEqual(names.sort());
    else await expect(term(label)).toHaveCount(0);
  }
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle persists across navigation and reload', async ({ page }) => {
    await page.goto('./');
    // The button names what it does: "Dark mode" on a light page, "Light mode" on a dark one.
    const toDark = page.getByRole('button', { name: 'Dark mode' });
    const toLight = page.getByRole('button', { name: 'Light mode' });
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/\bdark\b/);
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await toDark.press('Enter'); // keyboard operable
    await expect(toLight).toBeVisible();
    await expect(toDark).toHaveCount(0);
    await expect(html).toHaveClass(/\bdark\b/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse' }).click();
    await expect(h1(page)).toHaveText('Browse the catalogue');
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(toLight).toBeVisible();

    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await toLight.click();
    await page.reload();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(toDark).toBeVisible();
  });
});

test.describe('before any module script runs', () => {
  test.use({ colorScheme: 'light' });

  test("the page's one inline script applies the stored theme and selection, and survives blocked storage", async ({
    page,
  }) => {
    // Only the inline script of the head runs: every bundled script is refused.
    await page.route('**/_astro/*.js', (route) => route.abort());
    const html = page.locator('html');
    await page.goto('./');
    await expect(html).toHaveClass(/\blight\b/);
    await expect(html).not.toHaveClass(/\bhas-selection\b/);

    await page.evaluate(() => {
      localStorage.setItem('theme', 'dark');
      localStorage.setItem('selection', '["a-paper"]');
    });
    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(html).toHaveClass(/\bjs\b/);
    await expect(html).toHaveClass(/\bhas-selection\b/);

    // Storage that throws (blocked cookies, strict settings) falls back to the system's theme.
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      }),
    );
    await page.reload();
    await expect(html).toHaveClass(/\blight\b/);
    await expect(html).toHaveClass(/\bjs\b/);
    await expect(html).not.toHaveClass(/\bhas-selection\b/);
  });
});

test.describe('system preference', () => {
  test.use({ colorScheme: 'dark' });

  test('a dark system starts dark until the reader chooses', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('button', { name: 'Light mode' })).toBeVisible();
  });
});

test('a category page offers the BibTeX of exactly its papers in one file', async ({ page, request }) => {
  const { branch, leaf } = journey;
  const expected = papers.filter((p) => p.data.categories.includes(leaf.id)).map((p) => p.id);
  await page.goto(`taxonomy/${branch.id}/${leaf.id}/`);
  const link = page.getByRole('link', { name: `BibTeX of the ${paperCount(expected.length)} in ${leaf.title}` });
  const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
  expect(response.ok()).toBe(true);
  const keys = [...(await response.text()).matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
  expect(keys.sort()).toEqual(expected.sort());
});

test('no built page says "1 papers": every count of papers is written as English', () => {
  const pages = readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
  expect(pages.length).toBeGreaterThan(0);
  const wrong = pages.filter((file) => /\b1 papers\b/.test(readFileSync(file, 'utf8')));
  expect(wrong).toEqual([]);
});

test('a paper page shows its data notes, the pages its facts were read on and its corrections with their sources', async ({
  page,
}) => {
  const paper = papers.find((p) => p.data.notes?.length && p.data.sources?.length && p.data.corrections?.length);
  expect(paper, 'an entry with notes, sources and corrections').toBeDefined();
  const { notes, sources, corrections } = paper!.data;
  await page.goto(`./papers/${paper!.id}/`);
  const aside = page.getByRole('complementary', { name: 'Data notes' });
  await expect(aside.getByRole('listitem')).toHaveText(notes!);
  const provenance = page.getByRole('region', { name: 'Sources and checks' });
  const lists = provenance.getByRole('list');
  await expect(lists.first().getByRole('link')).toHaveText(sources!);
  const fixes = lists.nth(1).getByRole('listitem');
  await expect(fixes).toHaveCount(corrections!.length);
  for (const [i, c] of corrections!.entries()) {
    await expect(fixes.nth(i)).toContainText(`${c.field}: ${c.old === null ? '(none)' : String(c.old)} →`);
    await expect(fixes.nth(i).getByRole('link', { name: 'source' })).toHaveAttribute('href', c.source);
  }
});
