/**
 * The base-path build (npm run build:base, served under BASE_PATH): starting from its home page and following
 * every internal link, every page and asset answers 200 and no link leaves the base path; every built page is
 * reachable; and in a real browser each page type loads all its resources from under the base path.
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { extractLinks, resolveRef } from '../../src/lib/quality/site-links';
import { BASE_PATH, BASE_SITE } from '../helpers/sites';
import { authorName, authorPaper, catalogue, pageTypes } from '../helpers/page-types';

const origin = new URL(BASE_SITE).origin;

/** URL paths of the HTML pages of the base-path build on disk, e.g. "/Awesome-CLIP-in-Medical-Imaging/about/". */
function builtPages(): string[] {
  return readdirSync('dist-base', { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => `/${join(d.parentPath, d.name).split(sep).slice(1).join('/')}`.replace(/\/index\.html$/, '/'));
}

test('crawling the base-path build from its home page finds no broken or escaping link', async ({ request }) => {
  test.setTimeout(180_000);
  // Where each path was first linked from, so that a broken target names a page to fix.
  const seen = new Map<string, string>([
    [BASE_PATH, '(start)'],
    [`${BASE_PATH}404.html`, '(start)'],
  ]);
  const queue = [...seen.keys()];
  const pages = new Set<string>();
  const problems: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(origin + path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()} (linked from ${seen.get(path)})`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages.add(path);
    for (const ref of extractLinks(await response.text()).refs) {
      const resolved = resolveRef(ref.value, path);
      if (resolved.kind === 'external') continue;
      if (resolved.kind === 'invalid') {
        problems.push(`${path}:${ref.line}:${ref.col}: ${ref.source} "${ref.value}" is not a valid URL`);
        continue;
      }
      if (!resolved.path.startsWith(BASE_PATH)) {
        problems.push(`${path}:${ref.line}: ${ref.source} "${ref.value}" leaves ${BASE_PATH}`);
        continue;
      }
      if (!seen.has(resolved.path)) {
        seen.set(resolved.path, `${path}:${ref.line}:${ref.col} ${ref.source}`);
        queue.push(resolved.path);
      }
    }
  }
  expect(problems, 'broken or escaping links in the base-path build').toEqual([]);
  for (const p of catalogue.papers)
    expect(pages, `paper ${p.id} reached by links`).toContain(`${BASE_PATH}papers/${p.id}/`);
  for (const { path } of pageTypes) expect(pages, `page /${path} reached by links`).toContain(BASE_PATH + path);
  const unreachable = builtPages().filter((p) => !pages.has(p));
  expect(unreachable, 'built pages that no link leads to').toEqual([]);
});

test.describe('page types of the base-path build load every resource from under the base path', () => {
  const visits = [...pageTypes.map((p) => ({ name: p.type, path: p.path })), { name: 'author', path: '' }];
  for (const { name, path } of visits) {
    test(`${name} page`, async ({ page }) => {
      const failures: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400 && !(name === '404' && r.url().endsWith('/404.html')))
          failures.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (u.origin === origin && !u.pathname.startsWith(BASE_PATH))
          failures.push(`outside the base path: ${r.url()}`);
      });
      let target = BASE_SITE + path;
      if (name === 'author') {
        await page.goto(`${BASE_SITE}papers/${authorPaper.id}/`);
        const href = await page
          .getByRole('main')
          .getByRole('link', { name: authorName, exact: true })
          .first()
          .getAttribute('href');
        expect(href).toMatch(new RegExp(`^${BASE_PATH}authors/[^/]+/$`));
        target = origin + href!;
      }
      const response = await page.goto(target, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // The stylesheet really applied: Tailwind's preflight zeroes the body margin.
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
      expect(failures, `requests of ${target}`).toEqual([]);
    });
  }
});
