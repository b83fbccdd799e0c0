/**
 * The search's sort orders (newest, oldest, recently added, title), kept out of Pagefind's page metadata.
 * Pagefind stores one order per sort key in the metadata every search loads first: at 10,000 papers that is 65 KB of
 * its 134 KB, fetched even by a plain query ranked by relevance. So paper pages give Pagefind no sort keys; the
 * index step (scripts/index-search.ts) writes the orders beside the index, a file per order (SORT_FILES), and the
 * search engine (src/scripts/search/engine.ts) fetches an order the first time a search asks for it.
 * Built from the site's own list orders (src/lib/site/group.ts), so a list reads the same with or without JavaScript.
 */
import { byAddedDesc, newestFirst } from '../site/group.ts';

export const SORT_KEYS = ['date', 'added', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A sort as the search state asks for it (src/lib/search/state.ts sortOption), e.g. { date: 'desc' }. */
export type SortOption = Partial<Record<SortKey, 'asc' | 'desc'>>;

/**
 * The orders of every indexed page. `date` lists Pagefind's page ids (a search result's `id`), newest first;
 * `added[i]` and `title[i]` are the places of `date[i]` in the other two orders. Every sorted search needs `date` (the
 * ids); browsing by facets, newest first, needs nothing else.
 */
export type SortOrders = { date: string[]; added: number[]; title: number[] };

/** The file of each order, in the Pagefind bundle folder. */
export const SORT_FILES: Record<SortKey, string> = {
  date: 'sort-newest.json',
  added: 'sort-added.json',
  title: 'sort-title.json',
};

/** The way each order runs in SortOrders; the other way is the same order reversed. */
const STORED: Record<SortKey, 'asc' | 'desc'> = { date: 'desc', added: 'desc', title: 'asc' };

/** One indexed paper: its Pagefind page id and the fields its orders are made from. */
export type OrderedPaper = {
  pageId: string;
  id: string;
  data: { year: number; added: string; title: string; arxiv?: string | undefined };
};

/**
 * Titles compared in English, ignoring case and accents. One collator for every comparison: `localeCompare` with
 * a locale or options builds a new one each time, which made sorting 10,000 titles take about a second.
 */
const TITLES = new Intl.Collator('en', { sensitivity: 'base' });

/** A–Z by title, ignoring case and accents, ties by id. */
function byTitle(a: OrderedPaper, b: OrderedPaper): number {
  return TITLES.compare(a.data.title, b.data.title) || a.id.localeCompare(b.id);
}

/** The sort orders of the indexed papers (see SortOrders). */
export function buildSortOrders(papers: readonly OrderedPaper[]): SortOrders {
  const newest = [...papers].sort(newestFirst);
  const placeIn = (order: OrderedPaper[]) => {
    const place = new Map(order.map((p, i) => [p.pageId, i]));
    return newest.map((p) => place.get(p.pageId)!);
  };
  return {
    date: newest.map((p) => p.pageId),
    added: placeIn(byAddedDesc(papers)),
    title: placeIn([...papers].sort(byTitle)),
  };
}

/**
 * What sorting by one key needs: each page id's place in the `date` order and, for another key, that key's
 * places (SortOrders).
 */
export type Ranking = { place: ReadonlyMap<string, number>; places?: readonly number[] | undefined };

/** Each page id's place in the `date` order (SortOrders). */
export function placeOf(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** The key a sort option orders by, if any (a search ranked by relevance has none). */
export function sortKey(sort: SortOption | undefined): [SortKey, 'asc' | 'desc'] | undefined {
  const entry = Object.entries(sort ?? {})[0];
  return entry as [SortKey, 'asc' | 'desc'] | undefined;
}

/**
 * Results (anything with Pagefind's page `id`) in the order a sort asks for; `ranking` holds that key's places. A
 * result missing from the orders (an index newer than its orders files) goes last, in the order it came.
 */
export function orderResults<T extends { id: string }>(
  results: readonly T[],
  { place, places }: Ranking,
  [key, direction]: [SortKey, 'asc' | 'desc'],
): T[] {
  const sign = direction === STORED[key] ? 1 : -1;
  const rank = (r: T) => {
    const i = place.get(r.id);
    return i === undefined ? Infinity : sign * (places ? places[i]! : i);
  };
  const keyed = results.map((r, i) => ({ r, i, rank: rank(r) }));
  keyed.sort((a, b) => (a.rank === b.rank ? a.i - b.i : a.rank < b.rank ? -1 : 1));
  return keyed.map((k) => k.r);
}
