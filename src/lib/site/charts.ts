/**
 * Charts of the field at a glance, drawn at build time by Observable Plot into a server-side DOM (linkedom) and
 * returned as SVG markup. The SVG carries no script and no style of its own: Plot's <style> element and any style
 * attribute are removed (the Content-Security-Policy and the HTML validation forbid them) and the look comes from
 * the site's classes (.chart in src/styles/global.css). Every mark is a link to the papers it counts, named by its
 * own label for screen readers; colours are the Okabe-Ito palette, distinguishable with colour-blindness, and text
 * uses currentColor so both themes read.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Cell } from './insights.ts';

/** Okabe & Ito's colour-blind-safe palette, black left out (it is the text colour of the light theme). */
export const CATEGORY_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];
/** Light to dark blue for counts; labels switch to white past the middle. */
const SEQUENTIAL = ['#deebf7', '#08519c'];

type Linked = { label: string; href: string };

function documentForPlot() {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}

/**
 * The chart's SVG with what the site does not allow taken out, and each link named by the label of its mark.
 * Exported for the tests.
 */
export function cleanSvg(svg: Element): string {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const el of [svg, ...svg.querySelectorAll('[style]')]) el.removeAttribute('style');
  // The chart is named by its figure's caption (src/components/Chart.astro).
  svg.removeAttribute('aria-description');
  svg.removeAttribute('aria-label');
  // Plot names its groups ("bar", "y-axis tick"): ARIA allows no name on a <g> without a role, and the links
  // below carry the names that matter.
  for (const g of [...svg.querySelectorAll('g[aria-label]')]) g.removeAttribute('aria-label');
  for (const a of [...svg.querySelectorAll('a')]) {
    const labelled = a.querySelector('[aria-label]');
    if (labelled) {
      a.setAttribute('aria-label', labelled.getAttribute('aria-label')!);
      labelled.removeAttribute('aria-label');
    }
  }
  return svg.outerHTML;
}

function plot(options: Plot.PlotOptions & { ariaLabel: string }): string {
  const svg = Plot.plot({
    document: documentForPlot(),
    className: 'chart',
    style: { background: 'none' },
    ...options,
  }) as unknown as Element;
  return cleanSvg(svg);
}

/**
 * Papers per year, one stacked bar per year with a segment per category (a paper in two categories is counted in
 * both). `cells`: x = year, y = category title.
 */
export function stackedYearsChart(cells: (Cell & Linked)[], categories: readonly string[], ariaLabel: string): string {
  return plot({
    ariaLabel,
    width: 880,
    height: 340,
    marginLeft: 44,
    x: { type: 'band', label: 'Year', tickFormat: String },
    y: { label: 'Papers', grid: true },
    color: { domain: categories, range: CATEGORY_COLOURS },
    marks: [
      Plot.barY(cells, {
        x: 'x',
        y: 'n',
        fill: 'y',
        order: [...categories],
        href: 'href',
        ariaLabel: 'label',
        title: 'label',
        stroke: 'currentColor',
        strokeWidth: 0.5,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/**
 * A matrix of counts: a cell for every pair of values with at least one paper, so the empty cells show as gaps;
 * the count written in each cell. `cells`: x and y the two facets' values.
 */
export function matrixChart(
  cells: (Cell & Linked)[],
  xs: readonly string[],
  ys: readonly string[],
  ariaLabel: string,
  labels: { x: string; y: string },
): string {
  const max = Math.max(1, ...cells.map((c) => c.n));
  const longestY = Math.max(...ys.map((y) => y.length));
  // The column labels are turned 45°: each character reaches about 4.5 px down and to the left of its tick, so
  // the bottom margin grows with the longest label, and the left margin holds the first one.
  const longestX = Math.max(0, ...xs.map((x) => x.length));
  const marginBottom = Math.max(120, Math.ceil(4.5 * longestX) + 36);
  const marginLeft = Math.max(7 * longestY + 12, Math.ceil(4.5 * (xs[0]?.length ?? 0)));
  return plot({
    ariaLabel,
    width: Math.max(560, marginLeft + 34 * xs.length + 28),
    height: 32 * ys.length + marginBottom + 10,
    marginLeft,
    marginBottom,
    padding: 0.06,
    x: { domain: xs, label: labels.x, tickRotate: -45 },
    y: { domain: ys, label: labels.y },
    color: { type: 'linear', domain: [1, max], range: SEQUENTIAL },
    marks: [
      // No tooltip (<title>) per cell: the count is written in it and the link is named, and a matrix has hundreds
      // of cells, each element of which counts against the page's DOM budget.
      Plot.cell(cells, { x: 'x', y: 'y', fill: 'n', href: 'href', ariaLabel: 'label' }),
      Plot.text(cells, {
        x: 'x',
        y: 'y',
        text: 'n',
        fill: (d: Cell) => (d.n / max > 0.5 ? 'white' : 'black'),
        className: 'chart-label',
        ariaHidden: 'true',
      }),
    ],
  });
}

/** Horizontal bars, one per value, longest first. */
export function barsChart(rows: ({ value: string; n: number } & Linked)[], ariaLabel: string, xLabel: string): string {
  const longest = Math.max(...rows.map((r) => r.value.length));
  return plot({
    ariaLabel,
    width: 640,
    height: 26 * rows.length + 50,
    marginLeft: 7 * longest + 12,
    marginRight: 36,
    x: { label: xLabel, grid: true },
    y: { domain: rows.map((r) => r.value), label: null },
    marks: [
      Plot.barX(rows, {
        x: 'n',
        y: 'value',
        fill: CATEGORY_COLOURS[4],
        href: 'href',
        ariaLabel: 'label',
        title: 'label',
      }),
      Plot.text(rows, {
        x: 'n',
        y: 'value',
        text: 'n',
        dx: 4,
        textAnchor: 'start',
        className: 'chart-label',
        ariaHidden: 'true',
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Per year, the share of papers that link their code, as bars of 0-100 %. */
export function shareChart(
  rows: ({ year: string; withCode: number; total: number } & Linked)[],
  ariaLabel: string,
): string {
  const data = rows.map((r) => ({ ...r, share: (100 * r.withCode) / r.total }));
  return plot({
    ariaLabel,
    width: 560,
    height: 280,
    marginTop: 30,
    marginLeft: 44,
    x: { type: 'band', label: 'Year', tickFormat: String },
    y: { domain: [0, 100], label: 'Papers with code (%)', grid: true },
    marks: [
      Plot.barY(data, {
        x: 'year',
        y: 'share',
        fill: CATEGORY_COLOURS[2],
        href: 'href',
        ariaLabel: 'label',
        title: 'label',
      }),
      Plot.text(data, {
        x: 'year',
        y: 'share',
        text: (d: { withCode: number; total: number }) => `${d.withCode}/${d.total}`,
        dy: -8,
        className: 'chart-label',
        ariaHidden: 'true',
      }),
      Plot.ruleY([0]),
    ],
  });
}
