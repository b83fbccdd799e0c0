/** Grouping and ordering of paper lists for display. Entries are passed in; nothing is fetched here. */

/** The minimum a paper needs for grouping: its year and the date it was added. */
type Dated = { id: string; data: { year: number; added: string; title: string; arxiv?: string | undefined } };

/**
 * The key of "newest first": the year, then the arXiv id (yymm.number, so within a year the month the preprint
 * appeared, then its order that month), then the date added. Fixed-width text, so text order is date order; the
 * search page sorts by the same order (src/lib/search/orders.ts), so a list reads the same with or without it.
 * Example: newestKey({ year: 2023, arxiv: '2303.11755', added: '2024-07-26' }) -> '2023|2303.11755|2024-07-26'
 */
export function newestKey(data: Dated['data']): string {
  const [month = '', number = ''] = (data.arxiv ?? '').split('.');
  return `${data.year}|${month.padStart(4, '0')}.${number.padStart(5, '0')}|${data.added}`;
}

/** Compare for sort(): newest first by newestKey, ties by title. */
export function newestFirst(a: Dated, b: Dated): number {
  const x = newestKey(a.data);
  const y = newestKey(b.data);
  return x < y ? 1 : x > y ? -1 : a.data.title.localeCompare(b.data.title);
}

/**
 * Papers grouped by publication year, newest year first. Within a year the input order is kept,
 * so pass papers already sorted (e.g. newest first from getPapers()).
 * Example: groupByYear(papers) -> [{ year: 2024, papers: [...] }, { year: 2023, papers: [...] }]
 */
export function groupByYear<T extends Dated>(papers: readonly T[]): { year: number; papers: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const p of papers) {
    const list = groups.get(p.data.year);
    if (list) list.push(p);
    else groups.set(p.data.year, [p]);
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, papers: list }));
}

/**
 * Papers ordered by the date they were added to the catalogue, most recent first; papers added the same day
 * (an import adds many) newest first. Does not modify the input.
 */
export function byAddedDesc<T extends Dated>(papers: readonly T[]): T[] {
  return [...papers].sort((a, b) => b.data.added.localeCompare(a.data.added) || newestFirst(a, b));
}

/**
 * Count items by one or more keys each; an item with two keys counts once under each.
 * Example: countBy(papers, (p) => p.data.categories) -> Map { 'multi-scale' => 30, ... }
 */
export function countBy<T>(
  items: readonly T[],
  keys: (item: T) => readonly (string | number)[] | string | number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = keys(item);
    for (const key of new Set(Array.isArray(k) ? k : [k])) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
  }
  return counts;
}

/**
 * Index items by each of their keys: an item with two keys appears in both lists, in input order.
 * Example: indexBy(papers, (p) => p.data.categories).get('multi-scale') -> papers in that category
 */
export function indexBy<T>(
  items: readonly T[],
  keys: (item: T) => readonly (string | number)[] | string | number,
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const k = keys(item);
    for (const key of new Set(Array.isArray(k) ? k : [k])) {
      const list = index.get(String(key));
      if (list) list.push(item);
      else index.set(String(key), [item]);
    }
  }
  return index;
}
