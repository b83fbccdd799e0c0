import { describe, expect, it } from 'vitest';
import { createEngine, KEPT_PARTS, KEPT_SEARCHES, KEPT_UNREAD } from '@/scripts/search/engine';
import type { Pagefind, PagefindResponse, PagefindSearchOptions } from '@/scripts/search/pagefind-api';
import type { SortKey, SortOrders } from '@/lib/search/orders';

/**
 * A Pagefind stand-in with Pagefind's search response shape: every search for a term returns three results whose
 * data names the term, so a test can tell which search a data() call read.
 */
function fakePagefind(asked: PagefindSearchOptions[] = []): Pagefind {
  // Pagefind's anchors also carry the element and the word location, which a card does not use.
  const anchor = { element: 'span', id: 'card-authors', text: 'A. Author', location: 3 };
  return {
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (term, options = {}): Promise<PagefindResponse> => {
      asked.push(options);
      return {
        results: [0, 1, 2].map((i) => ({
          id: `${term}-${i}`,
          score: 1,
          data: async () => ({
            url: `/papers/${term}-${i}/`,
            meta: { title: `${term} ${i}` },
            filters: {},
            anchors: [anchor],
            content: `${term} paper ${i}. About ${term}, by A. Author.`,
            locations: [0, 4],
          }),
        })),
        unfilteredResultCount: 3,
        filters: { facet: { 'year:2024': 3 } },
        totalFilters: {},
      };
    },
  };
}

/** A result of page `id` whose data is the page's URL, its one word its own id. */
const resultOf = (id: string, score = 1) => ({
  id,
  score,
  data: async () => ({ url: `/papers/${id}/`, meta: {}, filters: {}, anchors: [], content: id, locations: [0] }),
});

/**
 * A Pagefind stand-in that finds, for each term, the pages `pages` lists (none for any other term), each page's text
 * being `content` with every word a match, and records every term searched in `asked`.
 */
function tablePagefind(pages: Record<string, string[]>, asked: string[], content?: string): Pagefind {
  return {
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (term) => {
      asked.push(term ?? '');
      const results = (pages[term ?? ''] ?? []).map((id) => {
        const result = resultOf(id);
        if (content === undefined) return result;
        const locations = content.split(' ').map((_, i) => i);
        return { ...result, data: async () => ({ ...(await result.data()), content, locations }) };
      });
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
}

/**
 * A Pagefind stand-in over a small index: each page has a year and its words; a search finds the pages holding every
 * word of the term (an exact search, quoted, holds only the words given in `exact`), ranked by their order here, and
 * counts them by year, narrowed by a year filter ({ facet: ["year:2024"] }, as pagefindFilters writes one).
 */
function indexPagefind(pages: Record<string, { year: number; words: string[] }>, asked: string[]): Pagefind {
  const found = (term: string | null, options: PagefindSearchOptions = {}) => {
    const years = (options.filters?.['facet'] as string[] | undefined) ?? [];
    // no words: every page, as Pagefind's search of null (with or without filters)
    const words = (term ?? '').toLowerCase().split(' ').filter(Boolean);
    return Object.entries(pages).filter(
      ([, page]) =>
        words.every((w) => page.words.includes(w.replaceAll('"', ''))) &&
        (!years.length || years.includes(`year:${page.year}`)),
    );
  };
  return {
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (term, options) => {
      asked.push(term ?? '');
      const hits = found(term, options);
      const years: Record<string, number> = {};
      for (const [, { year }] of hits) years[`year:${year}`] = (years[`year:${year}`] ?? 0) + 1;
      return {
        results: hits.map(([id]) => resultOf(id)),
        unfilteredResultCount: found(term).length,
        filters: { facet: years },
        totalFilters: {},
      };
    },
  };
}

/** a and b hold "ct", "mri" and "brain", c only "ct", d "mri brain", e "mri" without "brain". */
const FIVE_PAGES = {
  a: { year: 2023, words: ['ct', 'mri', 'brain'] },
  b: { year: 2024, words: ['ct', 'mri', 'brain'] },
  c: { year: 2024, words: ['ct'] },
  d: { year: 2024, words: ['mri', 'brain'] },
  e: { year: 2023, words: ['mri'] },
};

/** No search in these tests asks for an order unless it says so. */
const noOrders = () => Promise.reject(new Error('no sort orders in this test'));

describe('search engine (src/scripts/search/engine.ts)', () => {
  it('returns counts without the result list, and reads a slice of a search with only the card fields', async () => {
    const engine = createEngine(fakePagefind(), noOrders);
    const summary = await engine.search('clip', {});
    expect(summary).toMatchObject({ length: 3, unfilteredResultCount: 3, filters: { facet: { 'year:2024': 3 } } });
    expect(summary).not.toHaveProperty('results');
    const data = await engine.data(summary.id, 1, 3);
    expect(data.map((d) => d.url)).toEqual(['/papers/clip-1/', '/papers/clip-2/']);
    expect(data[0]!.anchors).toEqual([{ id: 'card-authors', text: 'A. Author' }]);
    // The words at the matches' positions, each once, for the spelling check; not the page's whole text.
    expect(data[0]!.matched).toEqual(['clip', 'clip,']);
    expect(data[0]).not.toHaveProperty('content');
  });

  it('does not keep a search run only for its counts', async () => {
    const engine = createEngine(fakePagefind(), noOrders);
    const counted = await engine.search('counts', {}, false);
    expect(counted.length).toBe(3);
    await expect(engine.data(counted.id, 0, 1)).rejects.toThrow(/no longer kept/);
  });

  it('puts a sorted search in the sort orders, fetched once and only when results need them', async () => {
    const asked: PagefindSearchOptions[] = [];
    const fetched: SortKey[] = [];
    // Newest first: clip-2, clip-0, clip-1; by title: clip-1, clip-2, clip-0 (places of date[i]).
    const orders: SortOrders = { date: ['clip-2', 'clip-0', 'clip-1'], added: [0, 1, 2], title: [1, 2, 0] };
    const engine = createEngine(fakePagefind(asked), async (key) => (fetched.push(key), orders[key]));
    const urls = async (sort: PagefindSearchOptions['sort'], keep = true) => {
      const { id } = await engine.search('clip', { filters: { facet: ['year:2024'] }, sort }, keep);
      return keep ? (await engine.data(id, 0, 3)).map((d) => d.url.split('/')[2]) : [];
    };
    expect(await urls(undefined)).toEqual(['clip-0', 'clip-1', 'clip-2']); // relevance: Pagefind's order
    await urls({ date: 'desc' }, false); // counts only: nothing to order
    expect(fetched).toEqual([]);
    expect(await urls({ date: 'desc' })).toEqual(['clip-2', 'clip-0', 'clip-1']);
    expect(await urls({ date: 'asc' })).toEqual(['clip-1', 'clip-0', 'clip-2']);
    expect(fetched).toEqual(['date']); // newest first needs only the ids
    expect(await urls({ title: 'asc' })).toEqual(['clip-1', 'clip-2', 'clip-0']);
    expect(await urls({ title: 'desc' })).toEqual(['clip-0', 'clip-2', 'clip-1']);
    expect(fetched).toEqual(['date', 'title']);
    // Pagefind is never asked to sort (its page metadata carries no sort keys), and gets the filters as they were.
    expect(asked.every((options) => !('sort' in options))).toBe(true);
    expect(asked.every((options) => JSON.stringify(options.filters) === '{"facet":["year:2024"]}')).toBe(true);
  });

  it('fails a sorted search whose orders cannot be fetched, and fetches them again for the next one', async () => {
    let attempts = 0;
    const engine = createEngine(fakePagefind(), async () => {
      if (++attempts === 1) throw new Error('offline');
      return ['x-1', 'x-0', 'x-2'];
    });
    await expect(engine.search('x', { sort: { date: 'desc' } })).rejects.toThrow('offline');
    const { id } = await engine.search('x', { sort: { date: 'desc' } });
    expect((await engine.data(id, 0, 3)).map((d) => d.url)).toEqual(['/papers/x-1/', '/papers/x-0/', '/papers/x-2/']);
    expect(attempts).toBe(2);
  });

  it(`keeps the ${KEPT_SEARCHES} searches read last, whatever unread and count-only searches ran since`, async () => {
    const engine = createEngine(fakePagefind(), noOrders);
    const screen = await engine.search('screen', {});
    await engine.data(screen.id, 0, 1); // its first page shown
    // A burst of typing: many searches made stale before anything read them, and searches for facet counts.
    for (let i = 0; i < 20; i++) {
      await engine.search(`stale${i}`, {});
      await engine.search(`facet${i}`, {}, false);
    }
    // "Show more" still reads the results on screen.
    expect((await engine.data(screen.id, 1, 2))[0]!.url).toBe('/papers/screen-1/');
    // Only the latest unread searches are still there to be read.
    const unread = await engine.search('latest', {});
    await expect(engine.data(unread.id - 2 * KEPT_UNREAD, 0, 1)).rejects.toThrow(/no longer kept/);
    expect((await engine.data(unread.id, 0, 1))[0]!.url).toBe('/papers/latest-0/');
    // Read searches push each other out, least recently read first.
    const others = [];
    for (let i = 0; i < KEPT_SEARCHES - 1; i++) {
      const other = await engine.search(`shown${i}`, {});
      await engine.data(other.id, 0, 1);
      others.push(other);
    }
    await expect(engine.data(screen.id, 0, 1)).rejects.toThrow(/no longer kept/);
    expect((await engine.data(unread.id, 0, 1))[0]!.url).toBe('/papers/latest-0/');
    expect((await engine.data(others[0]!.id, 0, 1))[0]!.url).toBe('/papers/shown0-0/');
  });
  it('merges several searches into one kept list: each page once, ranked by reciprocal rank fusion, and each count', async () => {
    // Pages a-e; "x y" finds a (0.9), b (0.5) and d (0.4), "x z" finds b (0.7), c (0.2) and e (0.1), "y z" nothing.
    const found: Record<string, [string, number][]> = {
      'x y': [
        ['a', 0.9],
        ['b', 0.5],
        ['d', 0.4],
      ],
      'x z': [
        ['b', 0.7],
        ['c', 0.2],
        ['e', 0.1],
      ],
      'y z': [],
    };
    const asked: PagefindSearchOptions[] = [];
    const pagefind: Pagefind = {
      ...fakePagefind(),
      search: async (term, options = {}) => {
        asked.push(options);
        return {
          results: (found[term ?? ''] ?? []).map(([id, score]) => resultOf(id, score)),
          unfilteredResultCount: 0,
          // Each page counts once, under its own year (a in 2023, b and c in 2024).
          filters: {
            facet: Object.fromEntries(
              Object.entries(
                Object.groupBy(found[term ?? ''] ?? [], ([id]) => (id === 'a' ? 'year:2023' : 'year:2024')),
              ).map(([year, pages]) => [year, pages!.length]),
            ),
          },
          totalFilters: {},
        };
      },
    };
    const engine = createEngine(pagefind, noOrders);
    const filters = { facet: { any: ['year:2024'] } };
    const merged = await engine.searchAny(['x y', 'x z', 'y z'], { filters });
    expect(merged).toMatchObject({ length: 5, counts: [3, 3, 0] });
    // The filter counts added up ("x y": 2023 a, 2024 b d; "x z": 2024 b c e): b counts twice here, but the searches
    // of a query that finds nothing share no page, so there the sum is the merged list's count.
    expect(merged.filters).toEqual({ facet: { 'year:2023': 1, 'year:2024': 5 } });
    const data = await engine.data(merged.id, 0, 5);
    // b, found by both, first; then each search's next best taken in turn, the higher score first at the same rank
    // (c, second of "x z", before d, third of "x y", although d's score is higher): the scores of different searches
    // do not decide between their ranks.
    expect(data.map((d) => d.url)).toEqual(['/papers/b/', '/papers/a/', '/papers/c/', '/papers/d/', '/papers/e/']);
    // Each page says which search ranked it highest (b: first in "x z", second in "x y").
    expect(data.map((d) => d.of)).toEqual([1, 0, 1, 0, 1]);
    // Every search had the same filters.
    expect(asked).toEqual([{ filters }, { filters }, { filters }]);
    const single = await engine.search('x y', {});
    expect((await engine.data(single.id, 0, 1))[0]).not.toHaveProperty('of');
    // Merged searches run for their counts only are not kept.
    const counted = await engine.searchAny(['x y'], {}, false);
    await expect(engine.data(counted.id, 0, 1)).rejects.toThrow(/no longer kept/);
    // With a sort, the merged list is in its order instead.
    const orders: SortOrders = { date: ['c', 'b', 'a'], added: [0, 1, 2], title: [0, 1, 2] };
    const sorted = createEngine(pagefind, async (key) => orders[key]);
    const newest = await sorted.searchAny(['x y', 'x z'], { sort: { date: 'desc' } });
    expect((await sorted.data(newest.id, 0, 3)).map((d) => d.url)).toEqual(['/papers/c/', '/papers/b/', '/papers/a/']);
  });

  it('searches a word typed in capitals as that word only where a page holds it so, and every other query as typed', async () => {
    const asked: string[] = [];
    // Pagefind's exact search ("SAM") finds fewer pages than its prefix search (SAM: same, sample ...); none for PET.
    const pages: Record<string, string[]> = {
      '"SAM"': ['a'],
      SAM: ['a', 'b', 'c'],
      '"PET"': [],
      PET: ['d'],
      sam: ['a', 'b', 'c'],
    };
    const engine = createEngine(tablePagefind(pages, asked), noOrders);
    expect((await engine.search('SAM', {})).length).toBe(1);
    expect((await engine.search('SAM', { filters: { facet: ['year:2024'] } }, false)).length).toBe(1);
    // whether the word is held exactly is asked once, then every search of it (results, counts) is exact
    expect(asked).toEqual(['"SAM"', '"SAM"', '"SAM"']);
    expect((await engine.search('PET', {})).length).toBe(1);
    expect(asked.slice(3)).toEqual(['"PET"', 'PET']);
    expect((await engine.search('sam', {})).length).toBe(3);
    expect((await engine.searchAny(['SAM', 'sam'], {})).counts).toEqual([1, 3]);
  });

  it('searches a word in capitals among other words as its index token where a page holds that, else as typed', async () => {
    const asked: string[] = [];
    // "zz2us0" (US) is held: the pages that write "US"; no page writes "PET", so no page holds its token. Pagefind
    // searches a bare word that no page holds as its longest prefix some page holds: the bare "zz3pet0" finds the
    // pages of other three-letter acronyms ("zz3"), and with another word it finds that word's pages; only the
    // exact search ("zz3pet0" quoted) says that no page holds it.
    const pages: Record<string, string[]> = {
      '"zz2us0"': ['a', 'b'],
      zz2us0: ['a', 'b'],
      'zz2us0 segmentation': ['a'],
      'US segmentation': ['a', 'c', 'd'],
      '"zz3pet0"': [],
      zz3pet0: ['a', 'b', 'c', 'd', 'e', 'f'],
      'zz3pet0 segmentation': ['a', 'c', 'd', 'e', 'f'],
      'PET segmentation': ['e'],
    };
    // the page's text holds the token where it writes the acronym
    const engine = createEngine(tablePagefind(pages, asked, 'zz2us0 segmentation'), noOrders);
    const found = await engine.search('US segmentation', {});
    expect(found.length).toBe(1);
    await engine.search('US segmentation', { filters: { facet: ['year:2024'] } }, false);
    // whether the token is held is asked once, exactly; every search of the query (results, counts) uses it
    expect(asked).toEqual(['"zz2us0"', 'zz2us0 segmentation', 'zz2us0 segmentation']);
    // the words a result matched read as typed, for the spelling check
    expect((await engine.data(found.id, 0, 1))[0]!.matched).toEqual(['us', 'segmentation']);
    expect((await engine.search('PET segmentation', {})).length).toBe(1);
    expect(asked.slice(3)).toEqual(['"zz3pet0"', 'PET segmentation']);
    // lowercase words are never tokens
    await engine.search('us segmentation', {});
    expect(asked.at(-1)).toBe('us segmentation');
  });

  it('finds the papers of any alternative of a query joined by OR, each once, counted exactly by inclusion-exclusion', async () => {
    const asked: string[] = [];
    const engine = createEngine(indexPagefind(FIVE_PAGES, asked), noOrders);
    // until Pagefind has its filter index, only the searches the results need run, and the count is the results'
    const uncounted = await engine.search('ct OR brain OR mri', {}, false);
    expect(uncounted).toMatchObject({ length: 5, unfilteredResultCount: 5, filters: {} });
    expect(asked).toEqual(['ct', 'brain', 'mri']);
    asked.length = 0;
    await engine.filters();
    const either = await engine.search('ct OR mri brain', {});
    expect(either.length).toBe(4);
    // each page once, whichever alternatives match it: added up, a and b would count twice
    expect(either.filters).toEqual({ facet: { 'year:2023': 1, 'year:2024': 3 } });
    expect(either.unfilteredResultCount).toBe(4);
    expect(asked).toEqual(['ct', 'mri brain', 'ct mri brain']);
    const data = await engine.data(either.id, 0, 4);
    expect(data.map((d) => d.url).sort()).toEqual(['/papers/a/', '/papers/b/', '/papers/c/', '/papers/d/']);
    // which alternative found a page is not a merged search's "of"
    expect(data.every((d) => !('of' in d))).toBe(true);
    // filtered, the same: only 2024's b, c and d
    const filtered = await engine.search('ct OR mri brain', { filters: { facet: ['year:2024'] } }, false);
    expect(filtered).toMatchObject({ length: 3, unfilteredResultCount: 4, filters: { facet: { 'year:2024': 3 } } });
    // three alternatives: seven searches, every non-empty set; each page once, counted once
    asked.length = 0;
    const three = await engine.search('ct OR brain OR mri', {}, false);
    expect(three.length).toBe(5);
    expect(three.filters).toEqual({ facet: { 'year:2023': 2, 'year:2024': 3 } });
    expect(asked).toEqual(['ct', 'brain', 'mri', 'ct brain', 'ct mri', 'brain mri', 'ct brain mri']);
    // one alternative left (the other still being typed) is searched alone; searchAny takes alternatives too
    asked.length = 0;
    expect((await engine.search('brain OR', {})).length).toBe(3);
    expect(asked).toEqual(['brain']);
    expect((await engine.searchAny(['ct OR brain', 'mri'], {})).counts).toEqual([4, 4]);
  });

  it(`searches a part of a query of operators once while among the ${KEPT_PARTS} latest, per filters`, async () => {
    const asked: string[] = [];
    const engine = createEngine(indexPagefind(FIVE_PAGES, asked), noOrders);
    // the last alternative being typed: the first is searched once
    for (const q of ['ct OR b', 'ct OR br', 'ct OR brain']) await engine.search(q, {});
    expect(asked).toEqual(['ct', 'br', 'brain']);
    // a plain query is searched each time it is asked
    asked.length = 0;
    await engine.search('ct', {});
    await engine.search('ct', {});
    expect(asked).toEqual(['ct', 'ct']);
    // with a filter, or once counting, a part is another search
    asked.length = 0;
    expect((await engine.search('ct OR brain', { filters: { facet: ['year:2024'] } })).length).toBe(3);
    expect(asked).toEqual(['ct', 'brain', 'ct brain']);
    asked.length = 0;
    expect((await engine.search('ct OR brain', {})).filters).toEqual({ facet: { 'year:2023': 1, 'year:2024': 3 } });
    expect(asked).toEqual(['ct', 'brain', 'ct brain']);
    // only the latest are kept: after more parts than that, the first is searched again
    for (const w of ['x1', 'x2', 'x3', 'x4']) await engine.search(`${w} OR y`, {});
    asked.length = 0;
    await engine.search('ct OR brain', {});
    expect(asked).toEqual(['ct', 'brain', 'ct brain']);
  });

  it('counts a query of operators exactly from its first filtered search on, the filter index being loaded then', async () => {
    const asked: string[] = [];
    const engine = createEngine(indexPagefind(FIVE_PAGES, asked), noOrders);
    const filtered = await engine.search('ct OR mri brain', { filters: { facet: ['year:2024'] } }, false);
    expect(filtered).toMatchObject({ length: 3, unfilteredResultCount: 4, filters: { facet: { 'year:2024': 3 } } });
    asked.length = 0;
    // a plain query with a filter loads the index too: the next query of operators, unfiltered, is counted whole
    const engine2 = createEngine(indexPagefind(FIVE_PAGES, asked), noOrders);
    await engine2.search('ct', { filters: { facet: ['year:2024'] } }, false);
    asked.length = 0;
    const either = await engine2.search('ct OR mri brain', {});
    expect(either.filters).toEqual({ facet: { 'year:2023': 1, 'year:2024': 3 } });
    expect(asked).toEqual(['ct', 'mri brain', 'ct mri brain']);
  });

  it('searches the acronyms of alternatives as their index tokens, never quoted, so that every set is searched alike', async () => {
    const asked: string[] = [];
    const pages = {
      a: { year: 2023, words: ['zz2ct0', 'ct'] },
      b: { year: 2024, words: ['zz3mri0', 'mri', 'zz2ct0', 'ct'] },
      c: { year: 2024, words: ['zz3mri0', 'mri'] },
    };
    const engine = createEngine(indexPagefind(pages, asked), noOrders);
    await engine.filters();
    const either = await engine.search('CT OR MRI', {});
    expect(either.length).toBe(3);
    expect(either.filters).toEqual({ facet: { 'year:2023': 1, 'year:2024': 2 } });
    expect(asked.filter((t) => !t.startsWith('"'))).toEqual(['zz2ct0', 'zz3mri0', 'zz2ct0 zz3mri0']);
  });

  it('excludes a word in lower case as its acronym whole where the catalogue writes it only so, else as typed', async () => {
    const asked: string[] = [];
    // Pagefind excludes "sam" as the start of longer words too: "segmentation sam" also finds b, which has "sample".
    // Only a writes SAM, and the word "sam" is held by a only; "ct" is held by d in lower case too.
    const pages: Record<string, string[]> = {
      segmentation: ['a', 'b', 'c', 'd'],
      'segmentation sam': ['a', 'b'],
      'segmentation zz3sam0': ['a'],
      '"sam"': ['a'],
      '"zz3sam0"': ['a'],
      'segmentation ct': ['c', 'd'],
      'segmentation zz2ct0': ['c'],
      '"ct"': ['c', 'd'],
      '"zz2ct0"': ['c'],
      'segmentation sample': ['b'],
      '"sample"': ['b'],
    };
    const engine = createEngine(tablePagefind(pages, asked), noOrders);
    const sam = await engine.search('segmentation -sam', {});
    expect((await engine.data(sam.id, 0, 5)).map((d) => d.url)).toEqual(['/papers/b/', '/papers/c/', '/papers/d/']);
    expect(asked.filter((t) => !t.startsWith('"'))).toEqual(['segmentation', 'segmentation zz3sam0']);
    // d writes "ct" in lower case: the token would miss it, so the word is excluded as typed
    asked.length = 0;
    const ct = await engine.search('segmentation NOT ct', {});
    expect((await engine.data(ct.id, 0, 5)).map((d) => d.url)).toEqual(['/papers/a/', '/papers/b/']);
    expect(asked.filter((t) => !t.startsWith('"'))).toEqual(['segmentation ct']);
    // a word that no page writes in capitals ("zz6sample0" held by none) is excluded as typed
    asked.length = 0;
    expect((await engine.search('segmentation -sample', {})).length).toBe(3);
    expect(asked).toEqual(['"sample"', '"zz6sample0"', 'segmentation sample']);
    // a longer word is never an acronym: no exact search
    asked.length = 0;
    await engine.search('segmentation -segmentations', {});
    expect(asked).toEqual(['segmentation segmentations']);
  });

  it('leaves out the pages with an excluded word, counted exactly, and excludes from every paper without other words', async () => {
    const asked: string[] = [];
    const engine = createEngine(indexPagefind(FIVE_PAGES, asked), noOrders);
    // the searches, less the exact ones asking whether an excluded word is only ever written as an acronym (never here)
    const searches = () => asked.filter((t) => !t.startsWith('"'));
    // before the filter index: each alternative alone and with each excluded word, never the sets for counts only
    const uncounted = await engine.search('ct OR mri -brain -zz', {});
    expect(uncounted).toMatchObject({ length: 2, unfilteredResultCount: 2, filters: {} });
    expect((await engine.data(uncounted.id, 0, 5)).map((d) => d.url).sort()).toEqual(['/papers/c/', '/papers/e/']);
    // the alternatives' own searches first: they do not wait for the excluded words' exact searches
    expect(searches().slice(0, 2)).toEqual(['ct', 'mri']);
    expect(searches().slice(2).sort()).toEqual(['ct brain', 'ct zz', 'mri brain', 'mri zz']);
    asked.length = 0;
    await engine.filters();
    const without = await engine.search('ct NOT brain', {});
    expect(without).toMatchObject({ length: 1, unfilteredResultCount: 1, filters: { facet: { 'year:2024': 1 } } });
    expect((await engine.data(without.id, 0, 5)).map((d) => d.url)).toEqual(['/papers/c/']);
    expect(searches()).toEqual(['ct', 'ct brain']);
    // alternatives and excluded words: (ct or mri) without brain is c and e; each year counted once
    asked.length = 0;
    const either = await engine.search('ct OR mri -brain', {});
    expect(either.length).toBe(2);
    expect(either.filters).toEqual({ facet: { 'year:2023': 1, 'year:2024': 1 } });
    // "ct" and "ct brain" were just searched, so only the other sets are
    expect(searches().sort()).toEqual(['ct mri', 'ct mri brain', 'mri', 'mri brain']);
    // two excluded words: ct without mri or brain is c (a year whose pages all went counts 0, as Pagefind counts it)
    expect((await engine.search('ct NOT mri NOT brain', {}, false)).filters).toEqual({
      facet: { 'year:2023': 0, 'year:2024': 1 },
    });
    // every paper but those with brain: c and e, under a filter too
    const all = await engine.search('NOT brain', {});
    expect(all.length).toBe(2);
    expect(all.filters).toEqual({ facet: { 'year:2023': 1, 'year:2024': 1 } });
    const filtered = await engine.search('NOT brain', { filters: { facet: ['year:2023'] } }, false);
    expect(filtered).toMatchObject({ length: 1, filters: { facet: { 'year:2023': 1 } } });
  });
});
