/**
 * Accessibility: axe-core with the WCAG 2.0/2.1/2.2 A and AA rules finds nothing on any page type, in the light
 * and the dark theme (from the system preference, and chosen with the toggle), at desktop and phone width.
 * Every page also has exactly one h1 and a main landmark. (With JavaScript disabled axe cannot run; the
 * no-script dark theme is checked for contrast in nojs.spec.ts.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { luminance, paintedColors } from '../helpers/colors';
import { authorName, authorPaper, pageTypes } from '../helpers/page-types';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

const desktop = { width: 1280, height: 900 };
const phone = { width: 360, height: 740 };

/**
 * Both themes at both widths, and both ways of getting the dark theme: the system preference (no choice
 * stored) and the reader's choice with the header toggle, which must persist to every page visited after it.
 */
const variants = [
  { name: 'light, desktop', colorScheme: 'light', viewport: desktop, dark: false, toggle: false },
  { name: 'light, phone', colorScheme: 'light', viewport: phone, dark: false, toggle: false },
  {
    name: 'dark from the system preference, desktop',
    colorScheme: 'dark',
    viewport: desktop,
    dark: true,
    toggle: false,
  },
  { name: 'dark chosen with the toggle, phone', colorScheme: 'light', viewport: phone, dark: true, toggle: true },
] as const;

for (const { name, colorScheme, viewport, dark, toggle } of variants) {
  test.describe(name, () => {
    test.use({ colorScheme, viewport, reducedMotion: 'reduce' });

    if (toggle) {
      test.beforeEach(async ({ page }) => {
        await page.goto('./');
        const button = page.getByRole('banner').getByRole('button', { name: 'Dark mode' });
        await button.click();
        await expect(
          page.getByRole('banner').getByRole('button', { name: 'Light mode' }),
          'the theme toggle',
        ).toBeVisible();
      });
    }

    const check = async (page: Page) => {
      await expect(page.locator('h1'), 'exactly one h1').toHaveCount(1);
      await expect(page.getByRole('main'), 'a main landmark').toHaveCount(1);
      const { background: bg } = await paintedColors(page);
      if (dark) expect(luminance(bg.rgb), `dark page background, got ${bg.css}`).toBeLessThan(0.1);
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
      await page.goto(`./papers/${authorPaper.id}/`);
      const link = page.getByRole('main').getByRole('link', { name: authorName, exact: true }).first();
      const href = await link.getAttribute('href');
      expect(href, `link to the author page of ${authorName} on /papers/${authorPaper.id}/`).toMatch(
        /\/authors\/[^/]+\/$/,
      );
      const response = await page.goto(href!);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toContainText(authorName);
      await check(page);
    });
  });
}

/**
 * WCAG 1.4.10 (reflow): no page scrolls sideways, at 320 CSS pixels (a phone, or a page zoomed to 400%) nor at a
 * laptop's width. Wide tables scroll inside their own box, which must also hold what is positioned inside them
 * (e.g. the screen-reader text of a table's links), or that text stretches the page.
 */
test.describe('reflow', () => {
  const sideways = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const over = document.documentElement.scrollWidth - width;
      if (over <= 0) return null;
      // Name the outermost element reaching past the edge.
      const wide = [...document.body.querySelectorAll('*')].find((e) => e.getBoundingClientRect().right > width + 1);
      return `${over}px too wide (first element past the edge: <${wide?.tagName.toLowerCase()} class="${wide?.getAttribute('class') ?? ''}">)`;
    });

  for (const width of [320, 1280]) {
    test(`no page type scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const problems: string[] = [];
      for (const { type, path } of pageTypes) {
        await page.goto(`./${path}`);
        const problem = await sideways(page);
        if (problem) problems.push(`${type} (/${path}): ${problem}`);
      }
      expect(problems).toEqual([]);
    });

    test(`search results as a compare table do not make the page scroll sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./search/?q=segmentation&view=table');
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
      // The table itself is wider than the screen: it scrolls in its own box.
      const box = page.getByRole('region', { name: 'Compare table (scrolls sideways)' });
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await sideways(page)).toBeNull();
    });
  }
});

/**
 * The header's first row (site name, search box from 640 px, selection link, theme switch) holds together at every
 * width with a selection in place: nothing drops onto a row of its own and nothing overlaps. Before, the theme
 * switch fell onto a row alone below 768 px once the selection link showed.
 */
test.describe('header', () => {
  for (const width of [320, 360, 390, 640, 660, 700, 768, 1024, 1280]) {
    test(`keeps the selection link and the theme switch beside the site name at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => localStorage.setItem('selection', '["a-paper", "another-paper"]'));
      await page.goto('./about/');
      const banner = page.getByRole('banner');
      const name = banner.getByRole('link', { name: 'CLIP in Medical Imaging' });
      const selection = banner.getByRole('link', { name: /Selection/ });
      const theme = banner.getByRole('button', { name: /mode/ });
      await expect(selection).toContainText('2');
      const boxes = await Promise.all([name, selection, theme].map(async (l) => (await l.boundingBox())!));
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      const [nameBox, ...controls] = boxes;
      // Each control's middle lies within the site name's rows (the name may wrap onto two lines on a phone).
      for (const box of controls) {
        expect(middle(box)).toBeGreaterThan(nameBox!.y);
        expect(middle(box)).toBeLessThan(nameBox!.y + nameBox!.height);
      }
      // And no two items of the row overlap (a row too full once squeezed the search button under the link).
      const row = await banner.evaluate((header) =>
        [...header.querySelectorAll('a, button, input')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 1 && r.top < header.querySelector('nav')!.getBoundingClientRect().top)
          .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
      );
      const overlaps = row.flatMap((a, i) =>
        row
          .slice(i + 1)
          .filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
          .map((b) => `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`),
      );
      expect(overlaps).toEqual([]);
      // From 640 px up the search box shares the row, and the name still fits on one line.
      if (width >= 640) {
        const lineHeight = await name.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
        expect(nameBox!.height).toBeLessThan(1.5 * lineHeight);
      }
    });
  }
});
