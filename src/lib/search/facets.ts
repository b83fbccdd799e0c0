/**
 * The values each search facet can take, with how many papers carry each, computed from the same
 * attributes the paper pages give Pagefind (search-attributes.ts), so the facet panel lists exactly
 * the values the index holds.
 */
import type { Paper } from '../../schemas/paper.ts';
import { searchFilters } from './attributes.ts';
import { leaves, subgroups, taxonomy } from '../../schemas/vocabularies.ts';
import { FACETS, type Facet } from './state.ts';

export type FacetValue = { value: string; count: number };

type Pairs = ReturnType<typeof searchFilters>;
const distinct = new WeakMap<Pairs, Pairs>();

/** A paper's facet pairs, each once (a paper counts once per value); kept with its pairs, which are cached. */
function distinctPairs(pairs: Pairs): Pairs {
  let found = distinct.get(pairs);
  if (!found) {
    const seen = new Set<string>();
    found = pairs.filter(([name, value]) => {
      const key = `${name}\u0000${value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    distinct.set(pairs, found);
  }
  return found;
}

/**
 * Facet values and paper counts for a list of papers, in display order: categories and branches in
 * taxonomy order, years newest first, everything else by count then name.
 * @param datasetsOf dataset names associated with a paper id
 */
export function facetValues(
  papers: readonly { id: string; data: Paper }[],
  datasetsOf: (id: string) => string[],
): Record<Facet, FacetValue[]> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  for (const paper of papers) {
    for (const [name, value] of distinctPairs(searchFilters(paper.data, datasetsOf(paper.id)))) {
      const map = counts[name];
      map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  const out = {} as Record<Facet, FacetValue[]>;
  for (const facet of FACETS) {
    const list = [...counts[facet]].map(([value, count]) => ({ value, count }));
    const order = (names: string[]) => (v: FacetValue) => names.indexOf(v.value);
    const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value);
    const rank =
      facet === 'category'
        ? order(leaves.map((l) => l.title))
        : facet === 'group'
          ? order(subgroups.map((g) => g.title))
          : facet === 'branch'
            ? order(taxonomy.branches.map((b) => b.title))
            : facet === 'year'
              ? (v: FacetValue) => -Number(v.value)
              : undefined;
    list.sort(rank ? (a, b) => rank(a) - rank(b) || byCount(a, b) : byCount);
    out[facet] = list;
  }
  return out;
}
