/**
 * Journey: an attacker's pull request, and the policy that contains it.
 * - Every "inert" entry of the bad-entry corpus (tests/fixtures/corpus/) passes `npm run check`, so it is
 *   built into a throw-away copy of the site and opened in Chromium: no dialog, no navigation, no request to
 *   another origin, no CSP violation, and its text is shown literally.
 * - Every page type of the real site carries a Content-Security-Policy without 'unsafe-inline' for scripts,
 *   and search (with results), the theme toggle and the copy button work under it without a violation.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { corpus, CORPUS_DIR } from '../helpers/corpus';
import { pageTypes, samplePaper } from '../helpers/page-types';
import { port } from '../helpers/sites';
import { loadCatalogue } from '../helpers/catalogue';
import { listingOf } from '../helpers/listing';
import { makeTempSite, type TempSite } from '../helpers/temp-site';

/** Watch a page for everything a hostile entry could try; returns what was seen. */
async function watch(page: Page, origin: string) {
  const seen = { dialogs: [] as string[], foreign: [] as string[], navigations: [] as string[], csp: [] as string[] };
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) seen.foreign.push(url);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

const inert = corpus.filter((c) => c.inert !== undefined);

test.describe('hostile entries that pass the check are inert', () => {
  test.describe.configure({ mode: 'serial' });
  let site: TempSite;
  let siteUrl: string;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    site = makeTempSite();
    for (const c of inert) cpSync(join(CORPUS_DIR, c.name), join(site.root, 'content/papers', c.name));
    site.runScript('scripts/check.ts', []);
    site.build();
    siteUrl = await site.serve(port + 3);
  });

  test.afterAll(async () => {
    await site?.dispose();
  });

  for (const c of inert) {
    const id = c.name.replace(/\.md$/, '');
    test(`${c.name}: shown as text, runs nothing, loads nothing from elsewhere`, async ({ page }) => {
      const origin = new URL(siteUrl).origin;
      const seen = await watch(page, origin);
      await page.goto(`${siteUrl}papers/${id}/`);
      const main = page.getByRole('main');
      await expect(main).toContainText(c.inert!);
      // Hover and focus everything an attribute handler could hang on.
      for (const link of await main.locator('a, img, svg, iframe').all())
        await link.hover({ trial: false }).catch(() => {});
      page.on('framenavigated', (f) => {
        if (f === page.mainFrame()) seen.navigations.push(f.url());
      });
      await page.waitForTimeout(300);
      // The theme script is the only inline code; JSON-LD (data, never run) is the other inline script element.
      expect(
        await page.locator('script:not([src]):not([type="module"]):not([type="application/ld+json"])').count(),
      ).toBe(1);
      for (const data of await page.locator('script[type="application/ld+json"]').allTextContents()) {
        expect(data, 'JSON-LD cannot close its element').not.toMatch(/<\//);
        expect(() => JSON.parse(data)).not.toThrow();
      }
      // The site's own scripts are bundled modules (allowed by hash); nothing else may appear in the content.
      expect(
        await main
          .locator('script:not([type="module"]), iframe, object, embed, img[onerror], [onload], [onmouseover]')
          .count(),
      ).toBe(0);
      expect(seen).toEqual({ dialogs: [], foreign: [], navigations: [], csp: [] });
    });
  }

  test('the lists and the search that show them run nothing either', async ({ page }) => {
    const origin = new URL(siteUrl).origin;
    const seen = await watch(page, origin);
    // The list page that shows the first inert entry as a card (its category's, or its group's page).
    const { papers } = loadCatalogue(site.root);
    const first = papers.find((p) => p.data.title.includes('Inert fixture 1'))!;
    await page.goto(`${siteUrl}${listingOf(papers, first, first.data.categories[0]!)}`);
    await expect(page.getByRole('main')).toContainText('Inert fixture 1');
    await page.goto(`${siteUrl}search/?q=inert+fixture`);
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Inert fixture');
    expect(seen).toEqual({ dialogs: [], foreign: [], navigations: [], csp: [] });
  });
});

test.describe('the Content-Security-Policy', () => {
  for (const { type, path } of pageTypes) {
    test(`${type} page (/${path}) has a strict policy and no violation`, async ({ page }) => {
      const seen = await watch(page, `http://localhost:${port}`);
      await page.goto(`./${path}`);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toBeTruthy();
      const scriptSrc = /script-src ([^;]*)/.exec(policy!)?.[1] ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
      expect(seen.csp).toEqual([]);
      expect(seen.foreign).toEqual([]);
    });
  }

  test('search with results, the theme toggle and the copy button work under it', async ({ page, context }) => {
    const seen = await watch(page, `http://localhost:${port}`);
    await page.goto('./search/?q=clip');
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
    const toggle = page.getByRole('button', { name: /mode/i });
    const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(!dark);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./papers/${samplePaper.id}/`);
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`{${samplePaper.id},`);
    expect(seen.csp).toEqual([]);
  });
});
