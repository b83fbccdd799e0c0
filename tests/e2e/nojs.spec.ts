/**
 * Browsing needs no JavaScript: with scripts disabled, a reader starting from the home page reaches a category,
 * a paper, its author, a dataset, a year and a venue by following visible links, and every paper a listing
 * should show is there and visible (nothing waits for a script to appear), at desktop and phone width.
 */
import { expect, test, type Page } from '@playwright/test';
import { branchOf } from '../../src/schemas/vocabularies';
import { contrast, luminance, paintedColors } from '../helpers/colors';
import {
  authorIndex,
  authorName,
  authorPaper,
  authorStored,
  catalogue,
  pageTypes,
  sampleDataset,
  papersUsing,
  samplePaper,
  sampleVenue,
} from '../helpers/page-types';
import { displayName } from '../../src/lib/catalogue/person';
import { hasAuthorPage } from '../../src/lib/site/authors';
import { listedAcrossPages, listingOf, pageOf } from '../helpers/listing';

const { papers, leaves } = catalogue;

/** Follows the first visible link whose href ends with `suffix` (relative to the site root). */
async function follow(page: Page, suffix: string, scope = page.locator('body')) {
  const link = scope.locator(`a[href$="/${suffix}"]`).filter({ visible: true }).first();
  await expect(link, `a visible link to /${suffix} on ${page.url()}`).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

/** Every paper of `ids` has a visible link in the page's main content. */
async function expectPapersListed(page: Page, ids: string[]) {
  const main = page.getByRole('main');
  for (const id of ids) {
    await expect(
      main.locator(`a[href$="/papers/${id}/"]`).first(),
      `link to paper ${id} on ${page.url()}`,
    ).toBeVisible();
  }
}

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 360, height: 740 } },
];

for (const { name, viewport } of viewports) {
  test.describe(`JavaScript disabled, ${name}`, () => {
    test.use({ javaScriptEnabled: false, viewport });

    test('home -> category -> paper -> author -> another paper', async ({ page }) => {
      const leafId = samplePaper.data.categories[0]!;
      const leaf = leaves.find((l) => l.id === leafId)!;
      const branch = branchOf(leafId)!;
      await page.goto('./');
      // The taxonomy tree is plain HTML: every branch and leaf is a visible link.
      for (const b of catalogue.taxonomy.branches) {
        await expect(page.locator(`main a[href$="/taxonomy/${b.id}/"]`).first()).toBeVisible();
        for (const l of b.leaves)
          await expect(page.locator(`main a[href$="/taxonomy/${b.id}/${l.id}/"]`).first()).toBeVisible();
      }
      await follow(page, `taxonomy/${branch.id}/${leaf.id}/`, page.getByRole('main'));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(leaf.title);
      // Every paper of the category is reachable: on its pages, or on the pages of its groups.
      const inLeaf = papers.filter((p) => p.data.categories.includes(leaf.id)).map((p) => p.id);
      const reached = new Set<string>();
      const leafUrl = page.url();
      const groups = leaf.groups
        ? await page
            .getByRole('main')
            .locator(`h2 a[href*="/${leaf.id}/"]`)
            .filter({ visible: true })
            .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
        : [leafUrl];
      for (const group of groups) {
        await page.goto(group);
        for (const id of await listedAcrossPages(page)) reached.add(id);
      }
      expect([...reached].sort(), `papers of ${leaf.id} reached without JavaScript`).toEqual([...inLeaf].sort());

      await page.goto(`./${listingOf(papers, samplePaper, leaf.id)}`);
      await follow(page, `papers/${samplePaper.id}/`, page.getByRole('main'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(samplePaper.data.title);
      const main = page.getByRole('main');
      // An author with other papers is a link to their page; an author of this paper alone is plain text.
      for (const stored of samplePaper.data.authors) {
        const author = displayName(stored);
        const link = main.getByRole('link', { name: author, exact: true });
        if (hasAuthorPage(authorIndex.byName(stored)))
          await expect(link.first(), `author link ${author}`).toBeVisible();
        else {
          await expect(link, `no author page for ${author}`).toHaveCount(0);
          await expect(main.getByText(author, { exact: true }).first()).toBeVisible();
        }
      }
      await expect(
        main.locator(`a[href="${samplePaper.data.links.paper}"]`).first(),
        'link to the paper itself',
      ).toBeVisible();
      if (samplePaper.data.links.code)
        await expect(main.locator(`a[href="${samplePaper.data.links.code}"]`).first()).toBeVisible();

      if (authorPaper.id !== samplePaper.id) await page.goto(`./papers/${authorPaper.id}/`);
      await main.getByRole('link', { name: authorName, exact: true }).first().click();
      await expect(page).toHaveURL(/\/authors\/[^/]+\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(authorName);
      // Papers that spell the name identically are certainly this person's; normalisation may add more.
      const theirs = papers.filter((p) => p.data.authors.includes(authorStored));
      await expectPapersListed(
        page,
        theirs.map((p) => p.id),
      );
      const other = theirs.find((p) => p.id !== authorPaper.id) ?? authorPaper;
      await follow(page, `papers/${other.id}/`, page.getByRole('main'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.data.title);
    });

    test('home -> datasets -> dataset -> paper', async ({ page }) => {
      await page.goto('./');
      await follow(page, 'datasets/');
      const table = page.getByRole('main').getByRole('table');
      await expect(table, 'the datasets table').toBeVisible();
      for (const d of catalogue.datasets)
        await expect(table.getByText(d.data.name, { exact: true }).first()).toBeVisible();
      await follow(page, `datasets/${sampleDataset.id}/`, page.getByRole('main'));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(sampleDataset.data.name);
      const linked = papersUsing(sampleDataset.id);
      expect(linked.length, `${sampleDataset.id} names a paper of the catalogue`).toBeGreaterThan(0);
      await expectPapersListed(page, linked);
      await follow(page, `papers/${linked[0]}/`, page.getByRole('main'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        papers.find((p) => p.id === linked[0])!.data.title,
      );
    });

    test('home -> browse -> years -> year -> paper', async ({ page }) => {
      await page.goto('./');
      await follow(page, 'browse/');
      await follow(page, 'years/');
      const years = [...new Set(papers.map((p) => p.data.year))];
      for (const y of years)
        await expect(page.locator(`main a[href$="/years/${y}/"]`).first(), `link to year ${y}`).toBeVisible();
      const year = samplePaper.data.year;
      await follow(page, `years/${year}/`, page.getByRole('main'));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(String(year));
      const ofYear = papers.filter((p) => p.data.year === year);
      expect([...(await listedAcrossPages(page))].sort()).toEqual(ofYear.map((p) => p.id).sort());
      await page.goto(`./${pageOf(ofYear, samplePaper.id, `years/${year}/`)}`);
      await follow(page, `papers/${samplePaper.id}/`, page.getByRole('main'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(samplePaper.data.title);
    });

    test('home -> browse -> venues -> venue -> paper', async ({ page }) => {
      await page.goto('./');
      await follow(page, 'browse/');
      await follow(page, 'venues/');
      const used = [...new Set(papers.map((p) => p.data.venue))];
      for (const v of used)
        await expect(page.locator(`main a[href$="/venues/${v}/"]`).first(), `link to venue ${v}`).toBeVisible();
      await follow(page, `venues/${sampleVenue.id}/`, page.getByRole('main'));
      const ofVenue = papers.filter((p) => p.data.venue === sampleVenue.id);
      expect([...(await listedAcrossPages(page))].sort()).toEqual(ofVenue.map((p) => p.id).sort());
      await page.goto(`./${pageOf(ofVenue, samplePaper.id, `venues/${sampleVenue.id}/`)}`);
      await follow(page, `papers/${samplePaper.id}/`, page.getByRole('main'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(samplePaper.data.title);
    });

    test('the skip link and the main landmark work without scripts', async ({ page }) => {
      await page.goto(`./papers/${samplePaper.id}/`);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: /skip/i });
      await expect(skip, 'the first Tab stop is a visible skip link').toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#/);
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
    });
  });
}

test.describe('JavaScript disabled, dark system preference', () => {
  // Without scripts no theme class is set and the dark theme comes from the prefers-color-scheme media query;
  // axe cannot run without JavaScript, so the text a reader needs is measured against the background here.
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  const texts = ['body', 'h1', 'main p', 'main a[href]', 'header a[href]'];
  for (const { type, path } of pageTypes) {
    test(`${type} page (/${path}) is dark with readable text`, async ({ page }) => {
      const response = await page.goto(`./${path}`);
      expect(response?.status()).toBe(200);
      const { background, text } = await paintedColors(page, texts);
      expect(luminance(background.rgb), `dark background, got ${background.css}`).toBeLessThan(0.1);
      for (const sel of texts) {
        const fg = text[sel];
        if (!fg) continue;
        expect(
          contrast(fg.rgb, background.rgb),
          `contrast of ${sel} (${fg.css}) on ${background.css}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
