/**
 * The part of Pagefind's browser API (pagefind.js, written by the build into <site>/pagefind/) that the
 * search page uses, and the page's lazy loader of it. Nothing is fetched until loadSearch() is first called.
 */
import type { Anchor } from '@/lib/search/card-meta';
import type { SortOption } from '@/lib/search/orders';
import { createEngine, fetchSortOrder, importPagefind, type Engine } from './engine';

export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** What a result's card is built from (the part of Pagefind's fragment the engine passes on). */
export type PagefindResultData = {
  url: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values, by filter name */
  filters: Record<string, string[] | undefined>;
  /** Elements of the page with an id, and their text (a card reads CARD_ANCHORS, src/lib/search/card-meta.ts) */
  anchors: Anchor[];
  /** The page's words that matched the query, as written (the spelling check reads them: src/lib/search/spelling.ts) */
  matched: string[];
  /** In merged results (Search.searchAny): the index of the search that found the page, with its best score. */
  of?: number;
};

/** A result's fragment as Pagefind gives it: the page's whole text, and where the query's words are in it. */
export type PagefindFragment = Omit<PagefindResultData, 'matched' | 'of'> & {
  content: string;
  /** Positions of the matching words among the content's words (split at white space) */
  locations: number[];
};

export type PagefindResult = {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
};

export type PagefindResponse = {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
};

/** Pagefind's search options; `sort` is the engine's (engine.ts), which never hands Pagefind one. */
export type PagefindSearchOptions = {
  filters?: Record<string, unknown>;
  sort?: SortOption;
};

export type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  /** Loads the filter index (which searches then use for their counts) and returns the total counts. */
  filters: () => Promise<PagefindFilterCounts>;
};

/** A search's results, in order: how many, and the data of a slice of them. */
export type ResultList = { length: number; data: (from: number, to: number) => Promise<PagefindResultData[]> };

export const NO_RESULTS: ResultList = { length: 0, data: () => Promise.resolve([]) };

export type SearchResponse = Omit<PagefindResponse, 'results'> & { results: ResultList };

export type Search = {
  /** A search; with `keep` false (counts only) its results' data cannot be read. */
  search: (term: string | null, options: PagefindSearchOptions, keep?: boolean) => Promise<SearchResponse>;
  /**
   * Several searches' results merged, each page once, best first; how many each search found; their filter counts
   * added up. With `keep` false (counts only) the results' data cannot be read.
   */
  searchAny: (
    terms: string[],
    options: PagefindSearchOptions,
    keep?: boolean,
  ) => Promise<{ counts: number[]; filters: PagefindFilterCounts; results: ResultList }>;
  filters: () => Promise<PagefindFilterCounts>;
};

let loading: Promise<Search> | undefined;

/**
 * Starts the search (once): in the page's own worker (search-worker.ts, allowed by the CSP's worker-src
 * 'self'), or on the main thread where that worker cannot start. bundlePath and baseUrl are the Pagefind
 * bundle and the site root, e.g. /Awesome-CLIP-in-Medical-Imaging/pagefind/ and /Awesome-CLIP-in-Medical-Imaging/
 * under a base path. The filter index is not loaded here: a plain query does not need it (see PaperSearch's
 * facet counts).
 */
export function loadSearch(bundlePath: string, baseUrl: string): Promise<Search> {
  loading ??= (async () => {
    let engine: Engine;
    try {
      engine = await inWorker(bundlePath, baseUrl, () => (loading = undefined));
    } catch {
      engine = createEngine(await importPagefind(bundlePath, baseUrl, false), fetchSortOrder(bundlePath));
    }
    return {
      search: async (term, options, keep = true) => {
        const { id, length, ...counts } = await engine.search(term, options, keep);
        return { ...counts, results: { length, data: (from, to) => engine.data(id, from, to) } };
      },
      searchAny: async (terms, options, keep = true) => {
        const { id, length, counts, filters } = await engine.searchAny(terms, options, keep);
        return { counts, filters, results: { length, data: (from, to) => engine.data(id, from, to) } };
      },
      filters: () => engine.filters(),
    };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

/** The engine behind the search worker's messages; rejects if the worker cannot start or load Pagefind. */
async function inWorker(bundlePath: string, baseUrl: string, onDeath: () => void): Promise<Engine> {
  if (typeof Worker === 'undefined') throw new Error('No web workers here');
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const pending = new Map<number, Pending>();
  let last = 0;
  let dead: Error | undefined;
  let started = false;
  worker.addEventListener('message', (event: MessageEvent<{ id: number; result?: never; error?: string }>) => {
    const { id, result, error } = event.data;
    const waiting = pending.get(id);
    pending.delete(id);
    if (error === undefined) waiting?.resolve(result!);
    else waiting?.reject(new Error(error));
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    dead = new Error(event.message || 'The search worker stopped');
    worker.terminate();
    for (const waiting of pending.values()) waiting.reject(dead);
    pending.clear();
    // A worker that stops after starting: the next search starts afresh (one that cannot start falls back).
    if (started) onDeath();
  });
  const call = <T>(method: string, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      if (dead) return reject(dead);
      const id = ++last;
      pending.set(id, { resolve: resolve as Pending['resolve'], reject });
      worker.postMessage({ id, method, args });
    });
  try {
    await call('init', bundlePath, baseUrl);
    started = true;
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    search: (term, options, keep) => call('search', term, options, keep),
    searchAny: (terms, options, keep) => call('searchAny', terms, options, keep),
    data: (id, from, to) => call('data', id, from, to),
    filters: () => call('filters'),
  };
}
