/** Colour measurements in the real browser, for theme checks (computed colours may be oklch() in Tailwind 4). */
import type { Page } from '@playwright/test';

/** Relative luminance (WCAG 2.x) of an sRGB colour given as 0-255 channels. */
export function luminance([r, g, b]: number[]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** WCAG contrast ratio of two sRGB colours, from 1 to 21. */
export function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export type Painted = { css: string; rgb: number[] };

/**
 * The page background as painted (first non-transparent background of body or html) and the text colour of
 * the first element matching each selector, converted to sRGB by painting them on a canvas. Works with
 * JavaScript disabled too: Playwright evaluates in an isolated world.
 */
export async function paintedColors(page: Page, selectors: string[] = []) {
  return page.evaluate((sels) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const paint = (css: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return { css, rgb: [r!, g!, b!], alpha: a! };
    };
    let background = { css: 'transparent', rgb: [255, 255, 255] };
    for (const el of [document.body, document.documentElement]) {
      const p = paint(getComputedStyle(el).backgroundColor);
      if (p.alpha > 0) {
        background = { css: p.css, rgb: p.rgb };
        break;
      }
    }
    const text: Record<string, { css: string; rgb: number[] } | null> = {};
    for (const sel of sels) {
      const el = document.querySelector(sel);
      text[sel] = el ? (({ css, rgb }) => ({ css, rgb }))(paint(getComputedStyle(el).color)) : null;
    }
    return { background, text };
  }, selectors);
}
