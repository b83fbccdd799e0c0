/**
 * The field at a glance (/insights/ and the home page): counts over the catalogue, each cell tied to the search
 * URL that lists exactly its papers. Counts are made from the same [facet, value] pairs the paper pages give
 * Pagefind (src/lib/search/attributes.ts), so a chart's number is the number of results its link finds.
 */
import { searchFilters } from '../search/attributes.ts';
import { EMPTY_STATE, toSearchParams, type Facet } from '../search/state.ts';
import type { Paper } from '../../schemas/paper.ts';

/** A paper as the insights need it: its facet values, by facet. */
export type Faceted = Map<Facet, Set<string>>;

/** One counted cell: its values along each axis, its count and the search path listing its papers. */
export type Cell = { x: string; y: string; n: number; href: string };

/** The facet values of each paper, from its search attributes. */
export function facetedPapers(
  papers: readonly { id: string; data: Paper }[],
  datasetsOf: (id: string) => string[] = () => [],
): Faceted[] {
  return papers.map((p) => {
    const out: Faceted = new Map();
    for (const [facet, value] of searchFilters(p.data, datasetsOf(p.id))) {
      let set = out.get(facet);
      if (!set) out.set(facet, (set = new Set()));
      set.add(value);
    }
    return out;
  });
}

/** The search path (relative to the site root) of papers with all these facet values, e.g. "search/?year=2023". */
export function searchPath(filters: Partial<Record<Facet, string>>): string {
  const state = {
    ...EMPTY_STATE,
    filters: Object.fromEntries(Object.entries(filters).map(([f, v]) => [f, [v]])),
  };
  return `search/?${toSearchParams(state).toString()}`;
}

/**
 * Papers counted by two facets at once: one cell per pair of values that some paper has (a paper with two
 * modalities counts in both rows). Cells with no paper are left out; `xs` and `ys` give the full axes.
 */
export function crossCounts(papers: readonly Faceted[], x: Facet, y: Facet): Cell[] {
  const counts = new Map<string, Cell>();
  for (const p of papers)
    for (const xv of p.get(x) ?? [])
      for (const yv of p.get(y) ?? []) {
        const key = `${xv}\u0000${yv}`;
        const cell = counts.get(key);
        if (cell) cell.n++;
        else counts.set(key, { x: xv, y: yv, n: 1, href: searchPath({ [x]: xv, [y]: yv }) });
      }
  return [...counts.values()];
}

/** Papers counted by one facet's values, most first (ties by name). */
export function singleCounts(papers: readonly Faceted[], facet: Facet): { value: string; n: number; href: string }[] {
  const counts = new Map<string, number>();
  for (const p of papers) for (const v of p.get(facet) ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, n]) => ({ value, n, href: searchPath({ [facet]: value }) }))
    .sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
}

/** Per year, how many papers link their code: { year, withCode, total, href } oldest year first. */
export function codeShare(papers: readonly Faceted[], codeValue: string) {
  const byYear = new Map<string, { total: number; withCode: number }>();
  for (const p of papers)
    for (const year of p.get('year') ?? []) {
      const row = byYear.get(year) ?? { total: 0, withCode: 0 };
      row.total++;
      if (p.get('code')?.has(codeValue)) row.withCode++;
      byYear.set(year, row);
    }
  return [...byYear]
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([year, r]) => ({ year, ...r, href: searchPath({ year, code: codeValue }) }));
}
