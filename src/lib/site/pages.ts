/**
 * Long lists as pages with stable URLs: page 1 at the list's own path, page n at `<path><n>/`. Every page of
 * every list stays small whatever the catalogue's size, and without JavaScript every paper is reached by
 * following the page links.
 */

/** Papers per page: enough to scan, few enough that a page stays light (see docs/benchmarks.md). */
export const PAGE_SIZE = 30;
/** Names per page of the authors index: a name is one short line, so a page holds many. */
export const NAMES_PER_PAGE = 300;

export type ListPage<T> = { page: number; last: number; total: number; items: T[] };

/** Split a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    page: i + 1,
    last,
    total: items.length,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** The rest parameter of a page route: undefined for page 1, "2" for page 2. */
export const pageParam = (page: number): string | undefined => (page === 1 ? undefined : String(page));

/** Path of page n of a list whose first page is at `base` (a path ending in "/"). */
export const pagePath = (base: string, page: number): string => (page === 1 ? base : `${base}${page}/`);

/**
 * The page numbers to link from page `current` of `last`: the first, the last and two either side of the
 * current one, with null where numbers are skipped. pageWindow(7, 20) -> [1, null, 5, 6, 7, 8, 9, null, 20]
 */
export function pageWindow(current: number, last: number): (number | null)[] {
  const wanted = new Set([1, last, ...[-2, -1, 0, 1, 2].map((d) => current + d)]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
  return numbers.flatMap((n, i) => (i > 0 && n - numbers[i - 1]! > 1 ? [null, n] : [n]));
}
