/**
 * The part of Pagefind's browser API (pagefind.js, written by the build into <site>/pagefind/) that the
 * search page uses, and its lazy loader. Nothing is fetched until loadPagefind() is first called.
 */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values, by filter name */
  filters: Record<string, string[] | undefined>;
};

export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };

export type PagefindResponse = {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
};

export type PagefindSearchOptions = {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
};

export type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  /** Loads the filter index (which searches then use for their counts) and returns the total counts. */
  filters: () => Promise<PagefindFilterCounts>;
};

let loading: Promise<Pagefind> | undefined;

/**
 * Imports pagefind.js from the site's bundle folder once, and points it at the bundle and the site root,
 * which under a base path are e.g. /Awesome-CLIP-in-Medical-Imaging/pagefind/ and /Awesome-CLIP-in-Medical-Imaging/.
 */
export function loadPagefind(bundlePath: string, baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    // The bundle is written after Vite has run, so it is a runtime URL, not a module Vite can resolve.
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    // Searches run in Pagefind's web worker (pagefind-worker.js, allowed by the CSP's worker-src 'self'), so
    // ranking a broad query at 10,000 papers never stalls typing; Pagefind falls back to the main thread by
    // itself where a worker cannot start. The filter index is not loaded here: a plain query does not need it
    // (see PaperSearch's facet counts).
    await pagefind.options({ basePath: bundlePath, baseUrl, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
