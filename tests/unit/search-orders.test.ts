import { describe, expect, it } from 'vitest';
import { buildSortOrders, orderResults, ranking, sortKey, type OrderedPaper } from '@/lib/search/orders';
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
const ordered = (sort: 'newest' | 'oldest' | 'added' | 'title') =>
  orderResults(results, ranking(orders), sortKey(sortOption({ ...EMPTY_STATE, sort }))!).map(
    (r) => byPageId.get(r.id)!.id,
  );

describe('search sort orders (src/lib/search/orders.ts)', () => {
  it('order the real catalogue as the static lists do', () => {
    expect(orders.ids).toHaveLength(papers.length);
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
    const sorted = orderResults(some, ranking(orders), ['date', 'desc']);
    expect(sorted).toHaveLength(4);
    expect(sorted.at(-1)).toEqual({ id: 'en_missing' });
    expect(orderResults(some, ranking(orders), ['date', 'asc']).at(-1)).toEqual({ id: 'en_missing' });
  });

  it('leave a search ranked by relevance without a key', () => {
    expect(sortKey(sortOption({ ...EMPTY_STATE, q: 'clip' }))).toBeUndefined();
    expect(sortKey(undefined)).toBeUndefined();
  });
});
