/**
 * What Pagefind indexes about a paper besides its text: filters (facets), metadata shown in results,
 * and sort keys. Every paper carries every sort key, since Pagefind drops pages lacking one from sorted results.
 * Filters are facet values (rendered into Pagefind's single `facet` filter by PagefindMeta).
 * Filter values are display labels (leaf titles, venue short names, modality labels), so the search page
 * shows them as they are and a shared URL reads naturally (`?category=Dense+prediction`).
 */
import type { Paper } from '../schemas/paper.ts';
import { branchOf, leaves, modalities, venues } from '../schemas/vocabularies.ts';
import type { Facet } from './search-state.ts';

type Pairs = [string, string][];
type FacetPairs = [Facet, string][];

/**
 * The one value of the `code` facet ("has code"). Papers without code carry no value: a "No code" value
 * would add a filter entry for most papers (bytes on every first search) for a filter nobody asks for.
 */
export const CODE_AVAILABLE = 'Code available';

/** Display title of a taxonomy leaf id, e.g. "multi-scale" -> "Multi-scale alignment". */
export function leafTitle(id: string): string {
  return leaves.find((l) => l.id === id)?.title ?? id;
}

/**
 * Filters, metadata and sort keys of one paper, as [name, value] pairs.
 * @param paper validated front matter
 * @param datasetNames names of the catalogue's datasets associated with this paper (see datasetNamesByPaper)
 */
export function searchAttributes(
  paper: Paper,
  datasetNames: string[],
): { filters: FacetPairs; meta: Pairs; sort: Pairs } {
  const venue = venues.find((v) => v.id === paper.venue);
  const branches = [...new Set(paper.categories.map((c) => branchOf(c)?.title).filter((b): b is string => !!b))];
  const filters: FacetPairs = [
    ...paper.categories.map((c): [Facet, string] => ['category', leafTitle(c)]),
    ...branches.map((b): [Facet, string] => ['branch', b]),
    ['year', String(paper.year)],
    ['venue', venue?.short ?? paper.venue],
    ...(paper.modalities ?? []).map((m): [Facet, string] => [
      'modality',
      modalities.find((x) => x.id === m)?.label ?? m,
    ]),
    ...(paper.links.code ? [['code', CODE_AVAILABLE] as [Facet, string]] : []),
    ...[...new Set(datasetNames)].map((d): [Facet, string] => ['dataset', d]),
  ];
  const meta: Pairs = [
    ['title', paper.title],
    ['authors', paper.authors.join(', ')],
    ['venue', venue?.short ?? paper.venue],
    ['year', String(paper.year)],
    ['categories', paper.categories.map(leafTitle).join(' · ')],
    ['code', paper.links.code ? 'yes' : 'no'],
  ];
  // `added` is YYYY-MM-DD, so string order is date order.
  const sort: Pairs = [
    ['year', String(paper.year)],
    ['added', paper.added],
  ];
  return { filters, meta, sort };
}

/**
 * Dataset names per paper id: a dataset is associated with the papers whose models were trained on it
 * (`models[].paper` in content/datasets/*.yaml). Pages pass `map.get(paperId) ?? []` to PagefindMeta.
 */
export function datasetNamesByPaper(
  datasets: { data: { name: string; models: { paper?: string | undefined }[] } }[],
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const d of datasets) {
    for (const m of d.data.models) {
      if (!m.paper) continue;
      const list = map.get(m.paper) ?? [];
      if (!list.includes(d.data.name)) list.push(d.data.name);
      map.set(m.paper, list);
    }
  }
  return map;
}
