/**
 * Accessibility: axe-core with the WCAG 2.0/2.1/2.2 A and AA rules finds nothing on any page type, in the light
 * and the dark theme, at desktop and phone width. Every page also has exactly one h1 and a main landmark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { authorName, pageTypes, samplePaper } from '../helpers/page-types';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Relative luminance (WCAG) of an sRGB colour given as 0-255 channels. */
function luminance([r, g, b]: number[]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * The page background as painted: the first non-transparent background of body or html, converted to sRGB by
 * painting it on a canvas (computed colours may be oklch() or color-mix(), which Tailwind 4 emits).
 */
async function pageBackground(page: Page): Promise<{ css: string; rgb: number[] }> {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const el of [document.body, document.documentElement]) {
      const css = getComputedStyle(el).backgroundColor;
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      if (a! > 0) return { css, rgb: [r!, g!, b!] };
    }
    return { css: 'transparent', rgb: [255, 255, 255] };
  });
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
        .join('\n') +
      (v.nodes.length > 5 ? `\n    ... and ${v.nodes.length - 5} more` : ''),
  );
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 360, height: 740 } },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, viewport } of viewports) {
    test.describe(`${scheme}, ${name}`, () => {
      // Dark mode follows the system preference when the reader has not chosen a theme with the toggle.
      test.use({ colorScheme: scheme, viewport, reducedMotion: 'reduce' });

      const check = async (page: Page) => {
        await expect(page.locator('h1'), 'exactly one h1').toHaveCount(1);
        await expect(page.getByRole('main'), 'a main landmark').toHaveCount(1);
        const bg = await pageBackground(page);
        if (scheme === 'dark') expect(luminance(bg.rgb), `dark page background, got ${bg.css}`).toBeLessThan(0.1);
        else expect(luminance(bg.rgb), `light page background, got ${bg.css}`).toBeGreaterThan(0.5);
        await expectNoViolations(page);
      };

      for (const { type, path, heading } of pageTypes) {
        test(`${type} page (/${path}) has no WCAG 2.2 AA violations`, async ({ page }) => {
          const response = await page.goto(`./${path}`);
          expect(response?.status(), `status of /${path}`).toBe(200);
          if (heading) await expect(page.locator('h1')).toContainText(heading);
          await check(page);
        });
      }

      test(`author page (${authorName}) has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(`./papers/${samplePaper.id}/`);
        const link = page.getByRole('main').getByRole('link', { name: authorName, exact: true }).first();
        const href = await link.getAttribute('href');
        expect(href, `link to the author page of ${authorName} on /papers/${samplePaper.id}/`).toMatch(
          /\/authors\/[^/]+\/$/,
        );
        const response = await page.goto(href!);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toContainText(authorName);
        await check(page);
      });
    });
  }
}
