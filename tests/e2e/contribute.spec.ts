/**
 * Journey: a contributor adds a paper. They read the guide at /contributing/, run `npm run new` on a
 * BibTeX entry, build, and find the new paper on its category pages, from its authors and in search.
 * The adding and building happen in a temporary copy of the project (tests/helpers/temp-site.ts),
 * never in the repository's content/. Expected values come from the BibTeX fixture and the real
 * vocabularies, read with the project's own parser, never from the built pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseBibtex } from '../../src/lib/contributing/bibtex.ts';
import { displayName } from '../../src/lib/catalogue/person.ts';
import { authorKey, hasAuthorPage, initialOf } from '../../src/lib/site/authors.ts';
import { authorLetterPath } from '../../src/lib/site/routes.ts';
import { NAMES_PER_PAGE, pagePath } from '../../src/lib/site/pages.ts';
import { paperJsonSchema } from '../../src/lib/contributing/json-schema.ts';
import { branchOf, leaves } from '../../src/schemas/vocabularies.ts';
import { port } from '../helpers/sites';
import { makeTempSite, type TempSite } from '../helpers/temp-site';
import { loadAuthorIndex, loadCatalogue } from '../helpers/catalogue';
import { listingOf } from '../helpers/listing';
import { UNCHECKED_LINE } from '../../src/lib/search/card-meta.ts';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('the guide on the site', () => {
  test('home -> Contribute: the guide with its generated field reference, accessible', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contribute' }).click();
    await expect(page).toHaveURL(/\/contributing\/$/);
    await expect(h1(page)).toHaveText('Contributing');
    const main = page.getByRole('main');
    for (const step of [
      'Add a paper',
      'Check your entry',
      'See it on the site',
      'Open the pull request',
      'Reference',
    ]) {
      await expect(main.getByRole('heading', { level: 2, name: step })).toBeVisible();
    }
    // The field reference is a real table, one row per field, with the schema's own description.
    const fields = main.getByRole('table').first();
    const schema = paperJsonSchema() as { properties: Record<string, { description?: string }> };
    // (The Markdown renderer typesets straight quotes as curly ones.)
    const typeset = (s: string) => s.replace(/"([^"]*)"/g, '“$1”');
    await expect(fields.getByRole('row', { name: /^title yes/ })).toContainText(
      typeset(schema.properties['title']!.description!),
    );
    // Every category id is listed with its title.
    for (const leaf of leaves)
      await expect(main.getByRole('row', { name: new RegExp(`^${leaf.id} ${leaf.title}`) })).toBeVisible();
    // Accessible on a desktop and on a phone, where wide tables and long commands must not need scrolling.
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        axe.violations.map((v) => `${viewport.width}px ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    }
    const wider = await main.evaluate((m) => {
      const right = m.getBoundingClientRect().right + 1;
      return [...m.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > right)
        .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`);
    });
    expect(wider, 'nothing in the guide is wider than a phone screen').toEqual([]);
  });

  test('/schemas/paper.schema.json is the JSON Schema generated from the Zod schema', async ({ request }) => {
    const response = await request.get('./schemas/paper.schema.json');
    expect(response.ok()).toBe(true);
    expect(await response.json()).toEqual(paperJsonSchema());
  });
});

test.describe('a new paper added with npm run new', () => {
  // One copy, one build, shared by the tests below: they must stay in one worker, in order.
  test.describe.configure({ mode: 'default' });

  const bib = parseBibtex(readFileSync('tests/fixtures/bibtex/new-paper.bib', 'utf8'))[0]!;
  const categories = ['dense-prediction', 'classification'];
  const markupTitle = 'Seeing <script>window.__injected = true</script> & <b>bold</b> claims in CLIP';
  const flaggedTitle = 'Quokka embeddings for unread radiographs';
  const weightsRead = '2026-11-30';
  let site: TempSite;
  let siteUrl = '';
  let id = '';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    site = makeTempSite();
    const out = site.runScript('scripts/new.ts', [
      'tests/fixtures/bibtex/new-paper.bib',
      '--no-input',
      '--category',
      categories.join(','),
      '--modality',
      'chest-x-ray',
      '--code',
      'https://github.com/example/probing-clip',
      ...categories.flatMap((c) => {
        const groups = leaves.find((l) => l.id === c)?.groups;
        return groups ? ['--subgroup', `${c}/${groups[0]!.id}`] : [];
      }),
      '--summary',
      'It probes frozen CLIP features for findings that are rare in chest radiograph datasets. It compares them with fine-tuned ones.',
    ]);
    id = /Wrote content\/papers\/([a-z0-9-]+)\.md/.exec(out)![1]!;
    // Its contributor read the repository and found no trained weights there.
    const file = join(site.root, `content/papers/${id}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, `\nweightsNotReleased: ${weightsRead}\n---\n`));
    // A second entry whose title carries markup: it must be shown as text and never run.
    site.runScript('scripts/new.ts', [
      '--no-input',
      '--arxiv',
      '2401.99999',
      '--title',
      markupTitle,
      '--authors',
      'Doe, Jane',
      '--category',
      'others',
      '--summary',
      'A test entry whose title carries markup. It must be shown as text.',
    ]);
    // A third entry that could not be checked against its paper (flagged), written as a contributor would.
    const out3 = site.runScript('scripts/new.ts', [
      '--no-input',
      '--arxiv',
      '2401.99998',
      '--title',
      flaggedTitle,
      '--authors',
      'Roe, Richard',
      '--category',
      'others',
      '--summary',
      'A test entry that nobody could check against its paper.',
    ]);
    const flaggedFile = join(site.root, /Wrote (content\/papers\/[a-z0-9-]+\.md)/.exec(out3)![1]!);
    writeFileSync(
      flaggedFile,
      readFileSync(flaggedFile, 'utf8').replace(
        /\n---\n/,
        "\nflagged: 'No page about the paper could be read; tried: a test.'\n---\n",
      ),
    );
    site.runScript('scripts/check.ts', []);
    site.build();
    siteUrl = await site.serve(port + 2);
  });

  test.afterAll(async () => {
    await site?.dispose();
  });

  test('appears under each of its categories (on the category page, or its group page)', async ({ page }) => {
    const copy = loadCatalogue(site.root).papers;
    const entry = copy.find((p) => p.id === id)!;
    for (const category of categories) {
      const leaf = leaves.find((l) => l.id === category)!;
      await page.goto(`${siteUrl}taxonomy/${branchOf(category)!.id}/${category}/`);
      await expect(h1(page)).toHaveText(leaf.title);
      await page.goto(`${siteUrl}${listingOf(copy, entry, category)}`);
      await expect(page.getByRole('main').getByRole('link', { name: bib.title!, exact: true })).toHaveAttribute(
        'href',
        `/papers/${id}/`,
      );
    }
  });

  test('has a paper page that leads from each author to their papers', async ({ page }) => {
    await page.goto(`${siteUrl}papers/${id}/`);
    await expect(h1(page)).toHaveText(bib.title!);
    await expect(page.getByRole('main').getByRole('link', { name: 'Code (external site)' })).toHaveAttribute(
      'href',
      'https://github.com/example/probing-clip',
    );
    // The weights its contributor looked for and did not find, with the day they looked.
    const weights = page.getByRole('definition').filter({ hasText: 'Not released' });
    await expect(weights).toHaveText('Not released: the official repository offered none on 30 November 2026');
    await expect(weights.locator('time')).toHaveAttribute('datetime', weightsRead);
    // The copy's authors as the site builds them: an author with another paper has a page listing this one too;
    // an author of this paper alone is plain text here, and the A-Z list links their name to this paper.
    const index = loadAuthorIndex(site.root);
    const authors = bib.authors.map((name) => index.byId(authorKey(displayName(name)))!);
    for (const author of authors) {
      await page.goto(`${siteUrl}papers/${id}/`);
      const link = page.getByRole('main').getByRole('link', { name: author.name, exact: true });
      if (hasAuthorPage(author)) {
        await link.first().click();
        await expect(page).toHaveURL(`${siteUrl}authors/${author.id}/`);
        await expect(h1(page)).toHaveText(author.name);
        await expect(page.getByRole('main').getByRole('link', { name: bib.title!, exact: true })).toBeVisible();
      } else {
        await expect(link, `${author.name} has no page of their own`).toHaveCount(0);
        await expect(page.getByRole('main').getByText(author.name, { exact: true })).toBeVisible();
        const letter = initialOf(author);
        const position = index.authors.filter((a) => initialOf(a) === letter).indexOf(author);
        await page.goto(siteUrl + pagePath(authorLetterPath(letter), Math.floor(position / NAMES_PER_PAGE) + 1));
        await page.getByRole('main').getByRole('link', { name: author.name, exact: true }).click();
        await expect(page).toHaveURL(`${siteUrl}papers/${id}/`);
      }
      expect(await page.request.get(`${siteUrl}authors/${author.id}/`).then((r) => r.status())).toBe(
        hasAuthorPage(author) ? 200 : 404,
      );
    }
    // The fixture's authors are new to the catalogue, so at least one takes the A-Z route.
    expect(authors.some((a) => !hasAuthorPage(a))).toBe(true);
  });

  test('is found by search', async ({ page }) => {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('probing rare findings')}`);
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(bib.title!);
    await expect(results.getByRole('link', { name: bib.title! }).first()).toHaveAttribute(
      'href',
      new RegExp(`/papers/${id}/$`),
    );
  });

  test('shows markup in a title as text, and runs none of it', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${siteUrl}taxonomy/${branchOf('others')!.id}/others/`);
    await page.getByRole('main').getByRole('link', { name: markupTitle, exact: true }).click();
    await expect(h1(page)).toHaveText(markupTitle);
    await expect(h1(page).locator('b, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test('a flagged entry says on its card, in a list and in search, that it is not yet checked', async ({ page }) => {
    const copy = loadCatalogue(site.root).papers;
    const flagged = copy.find((p) => p.data.title === flaggedTitle)!;
    const card = (title: string) =>
      page.locator('article.card').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await page.goto(`${siteUrl}${listingOf(copy, flagged, 'others')}`);
    await expect(card(flaggedTitle)).toContainText(UNCHECKED_LINE);
    await page.goto(
      `${siteUrl}${listingOf(
        copy,
        copy.find((p) => p.id === id)!,
        categories[0]!,
      )}`,
    );
    await expect(card(bib.title!)).toBeVisible();
    await expect(card(bib.title!)).not.toContainText(UNCHECKED_LINE);

    await page.goto(`${siteUrl}search/?q=quokka`);
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('link', { name: flaggedTitle })).toBeVisible();
    await expect(results.locator('article.card').first()).toContainText(UNCHECKED_LINE);
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('probing rare findings')}`);
    await expect(results.getByRole('link', { name: bib.title! }).first()).toBeVisible();
    await expect(results.locator('article.card').first()).not.toContainText(UNCHECKED_LINE);
  });
});
