import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { codeShare, crossCounts, facetedPapers, searchPath, singleCounts } from '../../src/lib/site/insights.ts';
import { barsChart, matrixChart, shareChart, stackedYearsChart } from '../../src/lib/site/charts.ts';
import { startHereProblems } from '../../src/lib/site/start-here.ts';
import { CODE_AVAILABLE, leafTitle } from '../../src/lib/search/attributes.ts';
import { modalityOf, venueOf } from '../../src/schemas/vocabularies.ts';
import { parseSearchParams } from '../../src/lib/search/state.ts';
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../helpers/catalogue.ts';

const { papers, leaves } = loadCatalogue();
const faceted = facetedPapers(papers);
const label = (c: { x: string; y: string; n: number }) => `${c.x}|${c.y}: ${c.n}`;

describe('the insights counts', () => {
  it('count papers per year and category as the entries say', () => {
    const expected = new Map<string, number>();
    for (const p of papers)
      for (const c of new Set(p.data.categories)) {
        const key = `${p.data.year}|${leafTitle(c)}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    const cells = crossCounts(faceted, 'year', 'category');
    expect(new Map(cells.map((c) => [`${c.x}|${c.y}`, c.n]))).toEqual(expected);
  });

  it('count modality by category with a paper in every row and column it names, and no empty cell', () => {
    const cells = crossCounts(faceted, 'modality', 'category');
    for (const c of cells) {
      const n = papers.filter(
        (p) =>
          (p.data.modalities ?? []).some((m) => modalityOf(m).label === c.x) &&
          p.data.categories.some((cat) => leafTitle(cat) === c.y),
      ).length;
      expect(label(c)).toBe(label({ ...c, n }));
      expect(c.n).toBeGreaterThan(0);
    }
  });

  it('count venues and the share with code from the entries', () => {
    const venues = singleCounts(faceted, 'venue');
    const top = venues[0]!;
    expect(top.n).toBe(papers.filter((p) => venueOf(p.data.venue).short === top.value).length);
    expect(venues.reduce((s, v) => s + v.n, 0)).toBe(papers.length);
    for (const row of codeShare(faceted, CODE_AVAILABLE)) {
      const inYear = papers.filter((p) => String(p.data.year) === row.year);
      expect(row.total).toBe(inYear.length);
      expect(row.withCode).toBe(inYear.filter((p) => p.data.links.code).length);
    }
  });

  it('link every count to the search that lists exactly those papers', () => {
    const path = searchPath({ category: leaves[0]!.title, year: '2023' });
    expect(path.startsWith('search/?')).toBe(true);
    expect(parseSearchParams(new URLSearchParams(path.split('?')[1])).filters).toEqual({
      category: [leaves[0]!.title],
      year: ['2023'],
    });
  });
});

describe('the charts', () => {
  const cells = crossCounts(faceted, 'year', 'category').map((c) => ({ ...c, label: `${c.x} ${c.y}: ${c.n}` }));
  const categories = leaves.map((l) => l.title);
  const svgs = [
    stackedYearsChart(cells, categories, 'Years'),
    matrixChart(
      crossCounts(faceted, 'modality', 'category').map((c) => ({ ...c, label: `${c.x} ${c.y}: ${c.n}` })),
      singleCounts(faceted, 'modality').map((r) => r.value),
      categories,
      'Matrix',
      { x: 'Modality', y: 'Category' },
    ),
    barsChart(
      singleCounts(faceted, 'venue').map((r) => ({ ...r, label: `${r.value}: ${r.n}` })),
      'Venues',
      'Papers',
    ),
    shareChart(
      codeShare(faceted, CODE_AVAILABLE).map((r) => ({ ...r, label: `${r.year}: ${r.withCode}` })),
      'Code',
    ),
  ];

  it('carry no script, no style element and no style attribute', () => {
    for (const svg of svgs) {
      expect(svg).toMatch(/^<svg /);
      expect(svg).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
      // ARIA names only on links: a <g> without a role may not carry one (axe aria-prohibited-attr).
      expect(svg).not.toMatch(/<g[^>]*\saria-label=/);
    }
  });

  it('name every link by the count it opens', () => {
    const { document } = parseHTML(`<html><body>${svgs[0]}</body></html>`);
    const links = [...document.querySelectorAll('a')];
    expect(links).toHaveLength(cells.length);
    expect(links.map((a) => a.getAttribute('aria-label')).sort()).toEqual(cells.map((c) => c.label).sort());
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^search\/\?/);
  });
});

describe('the start-here list', () => {
  const ids = new Set(papers.map((p) => p.id));
  const text = readFileSync('content/start-here.json', 'utf8');

  it('names only papers of the catalogue', () => {
    expect(startHereProblems(text, ids)).toEqual([]);
  });

  it('reports an unknown id with its line and field, and bad JSON', () => {
    const first = [...text.matchAll(/"paper": "([^"]+)"/g)][0]!;
    const broken = text.replace(first[0], '"paper": "nobody2099nothing"');
    const line = broken.split('\n').findIndex((l) => l.includes('nobody2099nothing')) + 1;
    expect(startHereProblems(broken, ids)).toEqual([
      expect.objectContaining({
        line,
        field: 'branches.0.papers.0.paper',
        message: expect.stringContaining('nobody2099nothing'),
      }),
    ]);
    expect(startHereProblems('{ "branches": [', ids)[0]).toMatchObject({ field: '(json)' });
  });
});
