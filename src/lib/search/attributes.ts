/**
 * What Pagefind indexes about a paper besides its text: filters (facets), metadata shown in results,
 * and sort keys. Every paper carries every sort key, since Pagefind drops pages lacking one from sorted results.
 * Filters are facet values (rendered into Pagefind's single `facet` filter by PagefindMeta).
 * Filter values are display labels (leaf titles, venue short names, modality labels), so the search page
 * shows them as they are and a shared URL reads naturally (`?category=Dense+prediction`).
 */
import { cardData } from '../site/card.ts';
import type { Paper } from '../../schemas/paper.ts';
import { branchOf, leafOf, modalityOf, venueOf } from '../../schemas/vocabularies.ts';
import type { Facet } from './state.ts';

type Pairs = [string, string][];
type FacetPairs = [Facet, string][];

/**
 * The one value of the `code` facet ("has code"). Papers without code carry no value: a "No code" value
 * would add a filter entry for most papers (bytes on every first search) for a filter nobody asks for.
 */
export const CODE_AVAILABLE = 'Code available';

/** Display title of a taxonomy leaf id, e.g. "multi-scale" -> "Multi-scale alignment". */
export function leafTitle(id: string): string {
  return leafOf(id).title;
}

/**
 * Filters, metadata and sort keys of one paper, as [name, value] pairs.
 * @param paper validated front matter
 * @param datasetNames names of the catalogue's datasets associated with this paper (see datasetPaperIds)
 */
export function searchAttributes(
  paper: Paper,
  datasetNames: string[],
): { filters: FacetPairs; meta: Pairs; sort: Pairs } {
  const venue = venueOf(paper.venue);
  const branches = [...new Set(paper.categories.map((c) => branchOf(c).title))];
  const filters: FacetPairs = [
    ...paper.categories.map((c): [Facet, string] => ['category', leafTitle(c)]),
    ...branches.map((b): [Facet, string] => ['branch', b]),
    ['year', String(paper.year)],
    ['venue', venue.short],
    ...(paper.modalities ?? []).map((m): [Facet, string] => ['modality', modalityOf(m).label]),
    ...(paper.links.code ? [['code', CODE_AVAILABLE] as [Facet, string]] : []),
    ...[...new Set(datasetNames)].map((d): [Facet, string] => ['dataset', d]),
  ];
  // The result card is the list card (src/lib/site/card.ts), as JSON; Pagefind keeps `title` for its own use.
  const meta: Pairs = [
    ['title', paper.title],
    ['card', JSON.stringify(cardData(paper))],
  ];
  // `added` is YYYY-MM-DD, so string order is date order.
  const sort: Pairs = [
    ['year', String(paper.year)],
    ['added', paper.added],
  ];
  return { filters, meta, sort };
}

/**
 * The papers a dataset is associated with: those whose models were trained on it (`models[].paper` in
 * content/datasets/*.yaml). The one definition of that relation, for paper pages, facets and the index.
 */
export function datasetPaperIds(dataset: { data: { models: { paper?: string | undefined }[] } }): string[] {
  return dataset.data.models.flatMap((m) => (m.paper ? [m.paper] : []));
}
