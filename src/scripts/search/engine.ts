/**
 * Searches over Pagefind's JS API, wherever they run: in the search worker (search-worker.ts) or, where no
 * worker can start, on the main thread. A search returns only its size and counts; the result list stays
 * here, and the data of the results to show is fetched by slice. So a broad query at 10,000 papers sends one
 * small message instead of thousands of result objects, and no per-result handle is left to be released
 * (Pagefind's own worker answers with every result and later gets one release message per result, which
 * measured up to 1.4 s pauses between searches at 10,000 papers).
 */
import { orderResults, placeOf, SORT_FILES, sortKey, type Ranking, type SortKey } from '@/lib/search/orders';
import { exactWord, operators } from '@/lib/search/state';
import { acronymOfToken, acronymToken, isAcronym } from '@/lib/search/acronyms';
import type {
  Pagefind,
  PagefindFilterCounts,
  PagefindResponse,
  PagefindResult,
  PagefindResultData,
  PagefindSearchOptions,
} from './pagefind-api';

/** A search as it crosses to the page: an id to fetch its results' data by, and its counts. */
export type SearchSummary = {
  id: number;
  length: number;
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
};

/** A result as the engine keeps it; one of a merged list (Engine.searchAny) says which search found it. */
type Kept = PagefindResult & { of?: number };

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009) merges the searches of Engine.searchAny: a page
 * scores 1 / (FUSION_K + its rank) in each search that finds it, summed. Pagefind's scores of different queries
 * cannot be compared: for "pathology foundation model", which no paper matches whole, the papers with "foundation
 * model" outscored every paper with "pathology model", so the word that made the query specific was the one lost.
 * Fused, each search's best papers come first, the best of them by Pagefind's own score. 60 is the paper's constant.
 */
export const FUSION_K = 60;

/**
 * Several searches merged (Engine.searchAny): an id to fetch the merged results' data by, how many each search
 * found, and their filter counts added up (the merged list's own counts when the searches find no page in common).
 */
export type MergedSummary = { id: number; length: number; counts: number[]; filters: PagefindFilterCounts };

export type Engine = {
  /**
   * Runs a search. With `keep` false (a search run only for its facet counts) its results are not kept, and its
   * summary's id reads no data.
   */
  search: (term: string | null, options: PagefindSearchOptions, keep?: boolean) => Promise<SearchSummary>;
  /**
   * Runs several searches with the same options and keeps their results merged into one list: each page once, best
   * first by reciprocal rank fusion (FUSION_K), or in the order the options ask for. Its summary says how many each
   * search found. With `keep` false (counts only) the merged list is not kept.
   */
  searchAny: (terms: string[], options: PagefindSearchOptions, keep?: boolean) => Promise<MergedSummary>;
  /** The data of results [from, to) of a search, in its order. */
  data: (id: number, from: number, to: number) => Promise<PagefindResultData[]>;
  /** Loads the filter index (which searches then use for their counts) and returns the total counts. */
  filters: () => Promise<PagefindFilterCounts>;
};

/**
 * How many result lists the engine keeps. They are Pagefind's result objects, one per match with its word
 * locations: at 10,000 papers a broad query has several thousand, and keeping the last 32 searches (as before) made
 * the worker's garbage collection delay searches by tens of milliseconds. So it keeps:
 * - the KEPT_SEARCHES searches whose results were read last (the one on screen, an export's while it runs);
 * - the KEPT_UNREAD latest searches not read yet: typing runs a search per pause, and one that a newer keystroke
 *   has made stale is never read, so a burst of typing pushes out only these, never the results on screen.
 * Searches run only for facet counts are not kept at all.
 */
export const KEPT_SEARCHES = 4;
export const KEPT_UNREAD = 2;

/**
 * How many of the latest Pagefind searches of queries of operators the engine keeps, by their words and filters (each
 * alternative, alone or with an excluded word, and each set of them). While the last alternative of "chest x-ray OR
 * pathology" is typed, each pause would otherwise search "chest x-ray" again; kept, it is searched once. A plain
 * query's search is not kept: it is never asked again while its words stay the same (the page keeps what it shows),
 * and each result list kept costs the worker's garbage collection time at 10,000 papers.
 */
export const KEPT_PARTS = 4;

/** Adds an entry at the newest end of a map (in insertion order), dropping the oldest beyond `max`. */
function keepNewest<K, V>(map: Map<K, V>, id: K, value: V, max: number) {
  map.delete(id);
  map.set(id, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

/**
 * `make` memoised by key, for the `max` keys used last (all by default); a promise that fails is dropped, so the next
 * call for its key tries again.
 */
function retrying<K, V>(make: (key: K) => Promise<V>, max = Infinity): (key: K) => Promise<V> {
  const made = new Map<K, Promise<V>>();
  return (key) => {
    let value = made.get(key);
    if (!value) {
      value = make(key).catch((error: unknown) => {
        made.delete(key);
        throw error;
      });
    }
    keepNewest(made, key, value, max);
    return value;
  };
}

/** Reads one of the sort orders (SortOrders in src/lib/search/orders.ts): the page ids for `date`, else places. */
export type LoadOrder = (key: SortKey) => Promise<unknown>;

/**
 * A LoadOrder fetching the files the index step wrote beside the bundle (SORT_FILES). Revalidated like Pagefind's
 * own entry file, since their names do not change when the index does.
 */
export function fetchSortOrder(bundlePath: string): LoadOrder {
  return async (key) => {
    const response = await fetch(`${bundlePath}${SORT_FILES[key]}`, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`The sort order could not be loaded (HTTP ${response.status}).`);
    return response.json();
  };
}

/** Imports pagefind.js from the site's bundle folder and points it at the bundle and the site root. */
export async function importPagefind(bundlePath: string, baseUrl: string, noWorker: boolean): Promise<Pagefind> {
  // The bundle is written after Vite has run, so it is a runtime URL, not a module Vite can resolve.
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.options({ basePath: bundlePath, baseUrl, excerptLength: 24, noWorker });
  await pagefind.init();
  return pagefind;
}

/** The distinct words of a text at the given positions (Pagefind counts a text's words between white space). */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  if (!locations.length) return [];
  const words = content.trim().split(/\s+/);
  return [...new Set(locations.map((at) => words[at]).filter((w): w is string => w !== undefined))];
}

/**
 * Every set of `n` things, as their indexes, smallest first: nonEmpty false includes the empty set.
 * Example: setsOf(2) -> [[0], [1], [0, 1]]; setsOf(1, false) -> [[], [0]].
 */
export function setsOf(n: number, nonEmpty = true): number[][] {
  const sets: number[][] = [];
  for (let mask = nonEmpty ? 1 : 0; mask < 1 << n; mask++)
    sets.push([...Array(n).keys()].filter((i) => mask & (1 << i)));
  return sets.sort((a, b) => a.length - b.length);
}

/**
 * The pages of several result lists, each once, best first by reciprocal rank fusion (FUSION_K; ties: the better
 * Pagefind score), each with its result in the list that ranked it highest and that list's index (`of`). Unordered
 * when `ordered` is false (a merge for counts only is never read).
 */
function fuse(lists: readonly PagefindResult[][], ordered: boolean): Kept[] {
  const fused = new Map<string, { kept: Kept; rank: number; fusion: number }>();
  lists.forEach((results, of) => {
    results.forEach(({ id, score, data }, rank) => {
      const seen = fused.get(id);
      const fusion = (seen?.fusion ?? 0) + 1 / (FUSION_K + rank + 1);
      if (!seen || rank < seen.rank || (rank === seen.rank && score > seen.kept.score))
        fused.set(id, { kept: { id, score, data, of }, rank, fusion });
      else seen.fusion = fusion;
    });
  });
  const entries = [...fused.values()];
  if (ordered) entries.sort((a, b) => b.fusion - a.fusion || b.kept.score - a.kept.score);
  return entries.map((e) => e.kept);
}

/** Filter counts added up, each multiplied by its sign (1 or -1). */
function addCounts(counts: readonly { filters: PagefindFilterCounts; sign: number }[]): PagefindFilterCounts {
  const sum: PagefindFilterCounts = {};
  for (const { filters, sign } of counts)
    for (const [name, values] of Object.entries(filters))
      for (const [value, n] of Object.entries(values)) (sum[name] ??= {})[value] = (sum[name][value] ?? 0) + sign * n;
  return sum;
}

/**
 * An engine over Pagefind. A search is ranked by Pagefind (relevance, or its page order when there are no words) and
 * then, if its options ask for a sort, put in that order here: each order comes from `loadOrder`, called the first
 * time a kept search asks for it (a search for counts only is never sorted).
 */
export function createEngine(pagefind: Pagefind, loadOrder: LoadOrder): Engine {
  // Least recently read (or run) first.
  const read = new Map<number, Kept[]>();
  const unread = new Map<number, Kept[]>();
  let last = 0;
  // A failed fetch fails its search, and the next sorted search tries again. The newest-first order is read as
  // each page's place; the others are places already.
  const order = retrying((key: SortKey) =>
    loadOrder(key).then((loaded) => (key === 'date' ? placeOf(loaded as string[]) : loaded)),
  );
  const ranked = async (key: SortKey): Promise<Ranking> => {
    const [place, places] = await Promise.all([order('date'), key === 'date' ? undefined : order(key)]);
    return { place: place as Ranking['place'], places: places as Ranking['places'] };
  };
  /**
   * Runs a search and, for a kept search that asks for a sort, fetches that sort's order alongside it; `inOrder`
   * then puts a result list in that order (a search for counts only is never sorted).
   */
  const sorting = async <Found>(sort: PagefindSearchOptions['sort'], keep: boolean, searching: Promise<Found>) => {
    const key = keep ? sortKey(sort) : undefined;
    const [found, order] = await Promise.all([searching, key && ranked(key[0])]);
    const inOrder = <T extends { id: string }>(results: T[]) =>
      key && order ? orderResults(results, order, key) : results;
    return { found, inOrder };
  };
  // An acronym query (exactWord) is searched as that word only when some page holds it so; otherwise (PET, a word
  // only ever written in longer forms) as typed. In a query of several words, each acronym is searched as its index
  // token (acronymToken) when some page holds that, else as typed. Decided once per word, whatever the filters, so
  // that a search and the searches for its filter counts always match the same way. "Holds" is asked with Pagefind's
  // exact search (the word quoted): Pagefind searches a bare word that no page holds as its longest prefix that some
  // page holds, so the bare token "zz3pet0" (PET) matched every page with a three-letter acronym ("zz3..."), and
  // "PET segmentation" then found every segmentation paper.
  const holding = retrying((quoted: string) => pagefind.search(quoted).then((r) => r.results.length));
  const held = async (quoted: string) => (await holding(quoted)) > 0;
  // A query's words, its acronyms as their index tokens where some page holds them (see above).
  const tokenised = async (term: string | null): Promise<string | null> => {
    const words = term?.split(' ') ?? [];
    if (!words.some(isAcronym)) return term;
    const tokens = await Promise.all(
      words.map(async (w) => {
        if (!isAcronym(w)) return w;
        const token = acronymToken(w);
        return (await held(`"${token}"`)) ? token : w;
      }),
    );
    return tokens.join(' ');
  };
  /**
   * An excluded word as its searches take it. Pagefind excludes a word in lower case as the start of longer ones too
   * ("-sam" also dropped the papers with "sample", "-ct" a paper with "ctr"). A word that the catalogue writes only in
   * capitals (as many pages hold its acronym's token as hold the word, by the exact search) is that acronym
   * whole, so it is searched as that ("-sam" drops the papers "NOT SAM" drops); any other word as typed.
   */
  const excludedAs = async (word: string): Promise<string> => {
    const acronym = word.toUpperCase();
    if (word === acronym || !isAcronym(acronym)) return word;
    const [pages, written] = await Promise.all([
      holding(`"${word.toLowerCase()}"`),
      holding(`"${acronymToken(acronym)}"`),
    ]);
    return written > 0 && written === pages ? acronym : word;
  };
  const asked = async (term: string | null): Promise<string | null> => {
    const exact = exactWord(term);
    if (exact) return (await held(exact)) ? exact : term;
    return tokenised(term);
  };
  // Whether Pagefind has its filter index, and so counts: once asked for it (filters()) or given a filter. Until
  // then a search's filter counts are empty, so a query of operators runs only the searches its results need.
  let counting = false;
  // The latest searches of operators' parts (KEPT_PARTS), by words, filters and whether Pagefind counted them.
  const parts = retrying((key: string) => {
    const [words, options] = JSON.parse(key) as [string | null, PagefindSearchOptions];
    return pagefind.search(words, options);
  }, KEPT_PARTS);
  const part = (words: string | null, options: PagefindSearchOptions, counted: boolean) =>
    parts(JSON.stringify([words, options, counted]));
  const store = (results: Kept[]) => {
    const id = ++last;
    keepNewest(unread, id, results, KEPT_UNREAD);
    return id;
  };
  /**
   * Runs a query: as Pagefind's search of its words (`asked`), or for a query of operators (src/lib/search/state.ts)
   * the papers matching one of its alternatives at least and none of its excluded words. Those are the alternatives'
   * searches merged as searchAny merges them (`ordered` false for counts only), less every page that a search of one
   * alternative and one excluded word finds; they are counted exactly by inclusion-exclusion: each non-empty set of
   * alternatives, with each set of excluded words, is searched as the words of all of them (the papers matching
   * every one), and its counts added or taken away by the parity of the two sets' sizes. Those searches tokenise
   * acronyms one way (never exactWord's quoted form), so that a set's papers are exactly the papers its parts'
   * searches have in common. An alternative of no words ("NOT SAM") is every paper: Pagefind's search of none.
   * Until Pagefind counts (`counting`), only the searches the results need run (each alternative, alone and with
   * each excluded word), and the count is the results': "A OR B OR C" takes 3 searches instead of 7.
   */
  const run = async (
    query: string | null,
    options: PagefindSearchOptions,
    ordered: boolean,
  ): Promise<PagefindResponse> => {
    if (Object.keys(options.filters ?? {}).length) counting = true;
    const ops = operators(query);
    // Read once: the filter index may arrive while this query's searches run.
    const counted = counting;
    if (!ops) return pagefind.search(await asked(query), options);
    if (ops.sides.length === 1 && !ops.not.length) return part(await asked(ops.sides[0]!), options, counted);
    const { sides } = ops;
    // Started at once, and awaited only by the searches with excluded words: the alternatives' own do not wait.
    const not = ops.not.map(excludedAs);
    const sets = setsOf(sides.length)
      .flatMap((a) => setsOf(not.length, false).map((b) => ({ a, b })))
      .filter(({ a, b }) => counted || (a.length === 1 && b.length <= 1));
    const responses = await Promise.all(
      sets.map(async ({ a, b }) => {
        const excludedWords = await Promise.all(b.map((i) => not[i]!));
        const words = [...a.map((i) => sides[i]), ...excludedWords].filter(Boolean).join(' ');
        return part(await tokenised(words || null), options, counted);
      }),
    );
    const sign = (i: number) => ((sets[i]!.a.length + 1 + sets[i]!.b.length) % 2 ? -1 : 1);
    const kind = (i: number, excluded: number) => sets[i]!.a.length === 1 && sets[i]!.b.length === excluded;
    const excluded = new Set(responses.flatMap((r, i) => (kind(i, 1) ? r.results.map((x) => x.id) : [])));
    const found = fuse(
      responses.filter((_, i) => kind(i, 0)).map((r) => r.results),
      ordered,
    ).filter((r) => !excluded.has(r.id));
    return {
      // Which alternative found a page is not the page's to say: `of` names a search of searchAny only.
      results: found.map(({ of: _, ...r }) => r),
      // Not counting, the search has no filters: its results are all its papers.
      unfilteredResultCount: counted
        ? responses.reduce((sum, r, i) => sum + sign(i) * r.unfilteredResultCount, 0)
        : found.length,
      filters: counted ? addCounts(responses.map((r, i) => ({ filters: r.filters, sign: sign(i) }))) : {},
      totalFilters: responses[0]!.totalFilters,
    };
  };
  return {
    async search(query, { sort, ...options }, keep = true) {
      const { found: response, inOrder } = await sorting(sort, keep, run(query, options, keep));
      const results = inOrder(response.results);
      const id = keep ? store(results) : ++last;
      return {
        id,
        length: results.length,
        unfilteredResultCount: response.unfilteredResultCount,
        filters: response.filters,
        totalFilters: response.totalFilters,
      };
    },
    async searchAny(terms, { sort, ...options }, keep = true) {
      const { found: responses, inOrder } = await sorting(
        sort,
        keep,
        Promise.all(terms.map((term) => run(term, options, keep))),
      );
      const results = inOrder(
        fuse(
          responses.map((r) => r.results),
          keep,
        ),
      );
      const filters = addCounts(responses.map((r) => ({ filters: r.filters, sign: 1 })));
      return {
        id: keep ? store(results) : ++last,
        length: results.length,
        counts: responses.map((r) => r.results.length),
        filters,
      };
    },
    async data(id, from, to) {
      const results = read.get(id) ?? unread.get(id);
      if (!results) throw new Error(`Search ${id} is no longer kept; search again.`);
      unread.delete(id);
      keepNewest(read, id, results, KEPT_SEARCHES);
      const slice = results.slice(from, to);
      const data = await Promise.all(slice.map((r) => r.data()));
      // Only what a card and the spelling check need: the fragment also holds the page's whole text.
      return data.map(({ url, meta, filters, anchors, content, locations }, i) => ({
        url,
        meta,
        filters,
        anchors: anchors.map(({ id, text }) => ({ id, text })),
        matched: wordsAt(content, locations).map((w) => acronymOfToken(w) ?? w),
        ...(slice[i]!.of !== undefined && { of: slice[i]!.of }),
      }));
    },
    filters: () => {
      counting = true;
      return pagefind.filters();
    },
  };
}
