import { describe, expect, it } from 'vitest';
import {
  buildSortOrders,
  orderResults,
  placeOf,
  sortKey,
  type OrderedPaper,
  type Ranking,
  type SortKey,
} from '@/lib/search/orders';
import { byAddedDesc, newestFirst } from '@/lib/site/group';
import { sortOption } from '@/lib/search/state';
import { EMPTY_STATE } from '@/lib/search/state';
import { loadCatalogue } from '../helpers/catalogue';

const { papers } = loadCatalogue();
// Pagefind's page ids are hashes; any distinct strings do here.
const indexed: OrderedPaper[] = papers.map((p, i) => ({ pageId: `en_${i.toString(16)}`, id: p.id, data: p.data }));
const orders = buildSortOrders(indexed);
const byPageId = new Map(indexed.map((p) => [p.pageId, p]));
const results = [...indexed].reverse().map((p) => ({ id: p.pageId }));
/** What the engine hands orderResults for a key (src/scripts/search/engine.ts). */
const ranking = (key: SortKey): Ranking => ({
  place: placeOf(orders.date),
  places: key === 'date' ? undefined : orders[key],
});
const ordered = (sort: 'newest' | 'oldest' | 'added' | 'title') => {
  const key = sortKey(sortOption({ ...EMPTY_STATE, sort }))!;
  return orderResults(results, ranking(key[0]), key).map((r) => byPageId.get(r.id)!.id);
};

describe('search sort orders (src/lib/search/orders.ts)', () => {
  it('order the real catalogue as the static lists do', () => {
    expect(orders.date).toHaveLength(papers.length);
    expect(ordered('newest')).toEqual([...papers].sort(newestFirst).map((p) => p.id));
    expect(ordered('oldest')).toEqual(
      [...papers]
        .sort(newestFirst)
        .map((p) => p.id)
        .reverse(),
    );
    expect(ordered('added')).toEqual(byAddedDesc(papers).map((p) => p.id));
  });

  it('order titles A to Z whatever their case', () => {
    const titles = ordered('title').map((id) => papers.find((p) => p.id === id)!.data.title.toLowerCase());
    for (let i = 1; i < titles.length; i++)
      expect(titles[i - 1]!.localeCompare(titles[i]!, 'en', { sensitivity: 'base' })).toBeLessThanOrEqual(0);
  });

  it('keep only the results given, and put a page missing from the orders last', () => {
    const some = [{ id: 'en_missing' }, ...results.slice(0, 3)];
    const sorted = orderResults(some, ranking('date'), ['date', 'desc']);
    expect(sorted).toHaveLength(4);
    expect(sorted.at(-1)).toEqual({ id: 'en_missing' });
    expect(orderResults(some, ranking('date'), ['date', 'asc']).at(-1)).toEqual({ id: 'en_missing' });
    expect(orderResults(some, ranking('title'), ['title', 'desc']).at(-1)).toEqual({ id: 'en_missing' });
  });

  it('leave a search ranked by relevance without a key', () => {
    expect(sortKey(sortOption({ ...EMPTY_STATE, q: 'clip' }))).toBeUndefined();
    expect(sortKey(undefined)).toBeUndefined();
  });
});
