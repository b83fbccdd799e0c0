/**
 * <paper-search>: the search page's behaviour on Pagefind's JS API. Reads the search state from the
 * URL, runs it (words or none, facets with OR inside and AND across, sort), renders results and live facet
 * counts, and keeps the URL in step (typing replaces the history entry, other changes push one, so back
 * and forward step through searches). Pagefind is loaded on the first interaction, or at once when the
 * URL already carries a search.
 */
import {
  FACET_FILTER,
  FACET_LABELS,
  countsByFacet,
  activeFacets,
  FIRST_PAGE,
  foundWords,
  NEXT_PAGE,
  effectiveSort,
  highlightTerms,
  indexedWords,
  isEmptyState,
  isTooShort,
  leaveOneOut,
  fewerWording,
  operatorNotes,
  searchedWords,
  searchTerm,
  pagefindFilters,
  sortOption,
  parseSearchParams,
  showsStaticList,
  toSearchParams,
  toggleFilter,
  type Facet,
  type PagefindFilters,
  type Scope,
  type SearchState,
} from '@/lib/search/state';
import type { CardData } from '@/lib/site/card';
import { type CardPaths, unpackCard } from '@/lib/search/card-meta';
import { el } from '@/scripts/dom';
import { topicsFor, unpackTopics, type Topic } from '@/lib/search/topics';
import { fillCard } from './card';
import { CompareTable } from './table';
import { paperCount } from '@/lib/site/count';
import { cleanIds, EXPORTS, MAX_SELECTION, type ExportFormat } from '@/lib/site/selection';
import { toCsv } from '@/lib/site/table';
import { downloadExport, downloadText } from '@/scripts/selection/export';
import { readSelection, writeSelection } from '@/scripts/selection/store';
import {
  loadSearch,
  NO_RESULTS,
  type PagefindFilterCounts,
  type PagefindResultData,
  type ResultList,
  type Search,
} from './pagefind-api';
import {
  acronymsOf,
  replaceWord,
  SEARCH_WORDS,
  spellingCandidates,
  typedWord,
  unknownWords,
  unmatchedWords,
  type Vocabulary,
} from '@/lib/search/spelling';

type Counts = Partial<Record<Facet, Record<string, number>>>;

/** A result set's facet counts, with those of the facets in use counted without them (PaperSearch.#perFacet). */
const facetCounts = (own: PagefindFilterCounts, perFacet: [Facet, Record<string, number>][]): Counts => ({
  ...countsByFacet(own[FACET_FILTER]),
  ...Object.fromEntries(perFacet),
});

/** The table shows more rows at once than the cards. */
const TABLE_PAGE = 50;
/** An export of a result set loads at most this many papers. */
const EXPORT_LIMIT = MAX_SELECTION;
/** A search that found nothing offers at most this many queries with a word left out. */
const FEWER_WORDS_SHOWN = 4;

/** A query with one word left out that finds papers: the word, the query, and how many it finds. */
type FewerWords = { left: string; term: string; count: number };
/**
 * Papers with all but one of the words: the searches to offer, the word each merged search left out, the papers,
 * and their facet counts (null when the page does not count yet).
 */
type Fewer = { offers: FewerWords[]; left: string[]; results: ResultList; counts: Counts | null };
const NO_FEWER: Fewer = { offers: [], left: [], results: NO_RESULTS, counts: null };

/**
 * For the results on screen: the query's words that no paper holds (src/lib/search/spelling.ts), and queries with
 * one of them corrected that find papers, with how many.
 */
type Spelling = { unknown: string[]; offers: { term: string; count: number }[] };
const NO_SPELLING: Spelling = { unknown: [], offers: [] };

/** What the query's operators do here (operatorNotes), each with the query to offer instead and what it finds. */
type Notes = { text: string; offer?: { term: string; count: number } }[];

type HistoryMode = 'push' | 'replace' | 'none';

class PaperSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #query!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #none!: HTMLElement;
  #active!: HTMLElement;
  #card!: HTMLTemplateElement;
  #view!: HTMLSelectElement;
  #tableHost!: HTMLElement;
  #table!: CompareTable;
  #exports!: HTMLDetailsElement;
  /** On a list page: the list's own facet value, always applied, and its static first page. */
  #scope: Scope | undefined;
  #static: HTMLElement | null = null;
  #state: SearchState = parseSearchParams(new URLSearchParams());
  #run = 0;
  /** The results on screen: the search's own, or when it found none, those of its words with one left out. */
  #results: ResultList = NO_RESULTS;
  /** How many papers the search itself found (0 when #results holds papers with all but one of its words). */
  #found = 0;
  /** For the results on screen, when there are none: the same words with one left out that find papers. */
  #fewer: FewerWords[] = [];
  /** When #results holds papers with all but one of the words: the word each of its searches left out. */
  #left: string[] = [];
  /** For the results on screen: words no paper holds, and corrections of them. */
  #spelling: Spelling = NO_SPELLING;
  #notes: Notes = [];
  /** The catalogue's words (/search/words.json), fetched the first time a query word matches nothing. */
  #vocabulary: Promise<Vocabulary> | undefined;
  /**
   * What the results on screen were searched with (see #searchKey), so a change that searches the same again
   * (typing "prompt " or "prompt l" after "prompt", see searchTerm) keeps them instead of searching again.
   */
  #shownKey: string | undefined;
  #shown = 0;
  #busy = false;
  /**
   * Whether searches report facet counts. Counts need Pagefind's filter index, which grows with the catalogue
   * (about 95 KB at 10,000 papers), so it is fetched only once the filters are used: the panel pointed at,
   * touched or focused, or a filter applied (a list page always applies its own).
   */
  #counting = false;
  /** Links of card values by label, from the page (data-card-paths), read once */
  #paths: CardPaths | undefined;
  /** On the search page: the catalogue's pages a query can name (data-topics), read once */
  #topics: Topic[] | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#query = this.querySelector('[data-query]')!;
    this.#sort = this.querySelector('[data-sort]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#list = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#empty = this.querySelector('[data-empty]')!;
    this.#none = this.querySelector('[data-none]')!;
    this.#active = this.querySelector('[data-active]')!;
    this.#card = this.querySelector('template[data-card]')!;
    this.#view = this.querySelector('[data-view]')!;
    this.#tableHost = this.querySelector('[data-table]')!;
    this.#exports = this.querySelector('[data-exports]')!;
    this.#table = new CompareTable(this.#tableHost, this.querySelector('[data-announce]')!, this.dataset.base!);
    this.#scope = this.dataset.scope ? (JSON.parse(this.dataset.scope) as Scope) : undefined;
    this.#static = this.querySelector('[data-static]');
    this.#view.addEventListener('change', () =>
      this.#update({ ...this.#state, view: this.#view.value === 'table' ? 'table' : 'cards' }, 'push'),
    );
    this.#exports.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      if (!button) return;
      if (button.dataset.export) void this.#export(button, button.dataset.export as ExportFormat);
      else if (button.hasAttribute('data-select-all')) void this.#selectAll(button);
    });

    // On a phone the open panel would push the results a screen down.
    const panel = this.querySelector<HTMLDetailsElement>('[data-filters]');
    if (panel && !matchMedia('(min-width: 48rem)').matches) panel.open = false;
    panel?.setAttribute('data-ready', '');

    this.#state = parseSearchParams(new URLSearchParams(location.search));
    this.#applyToForm();
    // A list page can export its whole list while it shows its static page.
    this.#exports.hidden = !(this.#scope && this.#idle(this.#state));
    if (!this.#idle(this.#state)) void this.#search('none');

    // Start fetching Pagefind as soon as the user shows intent, so the first results come sooner.
    const warm = () => void this.#pagefind().catch(() => {});
    this.#query.addEventListener('focus', warm, { once: true });
    this.addEventListener('pointerdown', warm, { once: true });
    // (Not 'toggle': it also fires for the panels the page opens or closes by itself.)
    const filters = this.querySelector<HTMLElement>('[data-filters]');
    const count = () => void this.#startCounting();
    for (const type of ['pointerenter', 'focusin']) filters?.addEventListener(type, count, { once: true });

    this.#query.addEventListener('input', () => this.#update({ ...this.#state, q: this.#query.value }, 'replace'));
    this.#sort.addEventListener('change', () =>
      this.#update(
        { ...this.#state, sort: parseSearchParams(new URLSearchParams({ sort: this.#sort.value })).sort },
        'push',
      ),
    );
    this.addEventListener('change', (e) => {
      const box = e.target;
      // Selection boxes on cards and rows belong to the selection (src/scripts/selection/), not the filters.
      if (!(box instanceof HTMLInputElement) || !box.closest('[data-facet]') || box.type !== 'checkbox') return;
      this.#update(toggleFilter(this.#state, box.name as Facet, box.value, box.checked), 'push');
    });
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#update({ ...this.#state, q: this.#query.value }, 'push', true);
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    this.#list.addEventListener('keydown', (e) => this.#navigate(e));
    this.#query.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && this.#links()[0]) {
        e.preventDefault();
        this.#links()[0]!.focus();
      }
    });
    window.addEventListener('popstate', () => {
      this.#state = parseSearchParams(new URLSearchParams(location.search));
      this.#applyToForm();
      void this.#search('none');
    });
  }

  #pagefind() {
    return loadSearch(this.dataset.bundle!, this.dataset.base!);
  }

  /** Loads the filter index once the filters are used, then shows counts for what is on screen. */
  async #startCounting() {
    if (this.#counting) return;
    try {
      await (await this.#pagefind()).filters();
    } catch {
      return; // the next search reports the failure
    }
    this.#counting = true;
    if (!this.#idle(this.#state)) void this.#search('none');
  }

  #update(next: SearchState, mode: HistoryMode, force = false) {
    const same = toSearchParams(next).toString() === toSearchParams(this.#state).toString();
    this.#state = next;
    this.#sort.value = effectiveSort(next);
    if (same && !force) return;
    void this.#search(mode);
  }

  /**
   * Nothing to search: on the search page, no words and no filters; on a list page, whatever its static first
   * page already shows.
   */
  #idle(state: SearchState): boolean {
    return this.#scope ? showsStaticList(state) : isEmptyState(state);
  }

  #applyToForm() {
    this.#query.value = this.#state.q;
    this.#sort.value = effectiveSort(this.#state);
    this.#view.value = this.#state.view;
    for (const box of this.#facetBoxes()) {
      box.checked = this.#state.filters[box.name as Facet]?.includes(box.value) ?? false;
    }
  }

  #writeUrl(mode: HistoryMode) {
    if (mode === 'none') return;
    const query = toSearchParams(this.#state).toString();
    const href = `${location.pathname}${query ? `?${query}` : ''}`;
    if (href === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }

  /** Shows the state at once when there is nothing to search, else schedules a Pagefind search for it. */
  async #search(mode: HistoryMode) {
    ++this.#run;
    const state = this.#state;
    this.#writeUrl(mode);
    this.#renderActive(state);
    const idle = this.#idle(state);
    if (this.#static) this.#static.hidden = !idle;
    if (idle || isTooShort(state)) {
      this.#results = NO_RESULTS;
      this.#found = 0;
      this.#shownKey = undefined;
      this.#list.replaceChildren();
      this.#table.set([]);
      this.#tableHost.hidden = true;
      // A list page can export its whole list while it shows its static page.
      this.#exports.hidden = !(idle && this.#scope);
      this.#more.hidden = true;
      this.#none.hidden = true;
      this.#empty.hidden = !idle;
      this.#status.textContent = idle ? '' : 'Type at least two letters.';
      this.#spelling = NO_SPELLING;
      this.#notes = [];
      this.#renderSpelling();
      this.#renderNotes();
      this.#renderTopics('');
      this.#renderCounts(undefined);
      this.removeAttribute('aria-busy');
      this.#done(state);
      return;
    }
    this.setAttribute('aria-busy', 'true');
    this.#empty.hidden = true;
    if (!this.#list.children.length) this.#status.textContent = 'Searching…';
    // One search at a time, always for the latest state: keystrokes that arrive while a search runs are
    // folded into the next one instead of queueing a search each (a one-letter prefix search is the
    // slowest kind, and its results would be thrown away anyway).
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let done = -1; done !== this.#run;) {
        done = this.#run;
        await this.#execute(done, this.#state);
      }
    } finally {
      this.#busy = false;
    }
  }

  async #execute(run: number, state: SearchState) {
    if (this.#idle(state) || isTooShort(state)) return;
    let pagefind;
    try {
      pagefind = await this.#pagefind();
    } catch {
      if (run === this.#run)
        this.#status.textContent = 'The search index could not be loaded. Check your connection and try again.';
      this.removeAttribute('aria-busy');
      return;
    }
    const term = searchTerm(state.q);
    if (this.#searchKey(state) === this.#shownKey) {
      this.#renderStatus(state);
      this.removeAttribute('aria-busy');
      this.#done(state);
      return;
    }
    // Counts for a facet in use come from a search without that facet (#perFacet).
    const scope = this.#scope;
    const [response, ...perFacet] = await Promise.all([
      pagefind.search(term, { filters: pagefindFilters(state, undefined, scope), sort: sortOption(state) }),
      ...this.#perFacet(state, async (filters) => (await pagefind.search(term, { filters }, false)).filters),
    ]);
    if (run !== this.#run) return;
    // A filtered search loads the filter index itself, so from then on every search can count.
    if (scope || perFacet.length) this.#counting = true;
    const counts = this.#counting ? facetCounts(response.filters, perFacet) : null;
    const size = state.view === 'table' ? TABLE_PAGE : FIRST_PAGE;
    let first = await response.results.data(0, size);
    if (run !== this.#run) return;
    const [spelling, notes] = await Promise.all([
      this.#spellingOf(pagefind, term, state, first),
      this.#notesOf(pagefind, state),
    ]);
    if (run !== this.#run) return;
    // A word no paper holds is matched by Pagefind to a piece of another word ("segmantation" to the "SEG" of
    // "Kvasir-SEG"): such results are not the query's, so the search counts as finding nothing, and shows instead
    // the papers with all of its other words, where it has others.
    const found = spelling.unknown.length ? 0 : response.results.length;
    const fewer = found ? NO_FEWER : await this.#fewerWords(pagefind, term, state, spelling);
    if (run !== this.#run) return;
    if (!found) first = await fewer.results.data(0, size);
    if (run !== this.#run) return;
    // Only now, with its first page in hand, does this search replace what is on screen (and what "Show more"
    // and the exports read): a newer state may since have been given the same key as the screen's (#shownKey).
    this.#found = found;
    this.#results = this.#found ? response.results : fewer.results;
    this.#fewer = fewer.offers;
    this.#left = fewer.left;
    this.#spelling = spelling;
    this.#notes = notes;
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#table.set([]);
    this.#list.hidden = state.view === 'table';
    this.#tableHost.hidden = state.view !== 'table';
    // Papers with all but one of the words are shown, not exported: the export menu offers the search's own papers.
    this.#exports.hidden = this.#found === 0;
    this.#append(first, state);
    // Nothing found counts nothing: not the pieces of words a search for an unknown word matched.
    const none = counts && ({} as NonNullable<typeof counts>);
    this.#renderCounts(this.#found ? counts : fewer.results.length ? fewer.counts : none);
    this.#renderStatus(state);
    this.#shownKey = this.#searchKey(state);
    this.removeAttribute('aria-busy');
    this.#done(state);
  }

  /** Everything a search's results on screen depend on: the words searched, filters, sort, view, and counting. */
  #searchKey(state: SearchState): string {
    const filters = activeFacets(state).map((facet) => [facet, state.filters[facet]]);
    return JSON.stringify([searchTerm(state.q), filters, sortOption(state) ?? null, state.view, this.#counting]);
  }

  /**
   * For a search that found nothing: its words with one left out, searched with the same filters and order, and
   * their papers merged (each once, best first): the papers with all but one of the words. Offered as searches of
   * their own: those that find papers, most first. A query that keeps a word no paper holds would find only
   * Pagefind's partial matches of it, so it is left out. Their index chunks are the ones the search just loaded.
   */
  async #fewerWords(pagefind: Search, term: string | null, state: SearchState, spelling: Spelling): Promise<Fewer> {
    const tried = leaveOneOut(term).filter((v) => !indexedWords(v.term).some((w) => spelling.unknown.includes(w)));
    if (!tried.length) return NO_FEWER;
    const terms = tried.map((v) => v.term);
    const options = { filters: pagefindFilters(state, undefined, this.#scope), sort: sortOption(state) };
    // The searches share no paper (one that held the words of two of them would hold every word; of a query of
    // operators, only the search without the one alternative or excluded word that no paper holds is left), so their
    // facet counts add up to the merged list's; a facet in use is counted without it, as for a search's own results.
    const [{ counts, filters, results }, ...perFacet] = await Promise.all([
      pagefind.searchAny(terms, options),
      ...(this.#counting
        ? this.#perFacet(
            state,
            async (without) => (await pagefind.searchAny(terms, { filters: without }, false)).filters,
          )
        : []),
    ]);
    const offers = tried
      .map((v, i) => ({ ...v, count: counts[i] ?? 0 }))
      .filter((v) => v.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, FEWER_WORDS_SHOWN);
    return {
      offers,
      // A paper found without an alternative or an excluded word lacks nothing the query asked of it: its card
      // names no missing word.
      left: tried.map((v) => (v.lacks ? v.left : '')),
      results,
      counts: this.#counting ? facetCounts(filters, perFacet) : null,
    };
  }

  /**
   * For each facet in use, its values counted by `count` run with every filter but that facet's: what ticking one
   * more value would add (OR), not what is left inside the current selection.
   */
  #perFacet(
    state: SearchState,
    count: (filters: PagefindFilters) => Promise<PagefindFilterCounts>,
  ): Promise<[Facet, Record<string, number>]>[] {
    return activeFacets(state).map(async (facet): Promise<[Facet, Record<string, number>]> => {
      const counts = await count(pagefindFilters(state, facet, this.#scope));
      return [facet, countsByFacet(counts[FACET_FILTER])[facet] ?? {}];
    });
  }

  /**
   * The query's words that no paper holds, and corrections that find papers (same filters, counted only). Nothing
   * is fetched while every word matched a word of the results shown; the vocabulary is fetched once, when one did
   * not (Pagefind then matched a shorter word, or nothing).
   */
  async #spellingOf(
    pagefind: Search,
    term: string | null,
    state: SearchState,
    first: PagefindResultData[],
  ): Promise<Spelling> {
    const searched = term && searchedWords(term);
    const unmatched = unmatchedWords(
      searched,
      first.flatMap((r) => r.matched),
    );
    if (!term || !unmatched.length) return NO_SPELLING;
    let vocabulary: Vocabulary;
    try {
      vocabulary = await (this.#vocabulary ??= fetch(`${this.dataset.base!}${SEARCH_WORDS}`).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<Vocabulary>;
      }));
    } catch {
      this.#vocabulary = undefined;
      return NO_SPELLING;
    }
    const unknown = unknownWords(unmatched, vocabulary, acronymsOf(searched));
    const filters = pagefindFilters(state, undefined, this.#scope);
    const offers = await Promise.all(
      unknown.flatMap((word) =>
        spellingCandidates(word, vocabulary).map(async (replacement) => {
          const corrected = replaceWord(term, word, replacement);
          return {
            term: corrected,
            count: (await pagefind.search(corrected, { filters }, false)).results.length,
          };
        }),
      ),
    );
    return { unknown, offers: offers.filter((o) => o.count > 0) };
  }

  /** The query's operator notes (operatorNotes), each offered query counted with the same filters. */
  async #notesOf(pagefind: Search, state: SearchState): Promise<Notes> {
    const filters = pagefindFilters(state, undefined, this.#scope);
    return Promise.all(
      operatorNotes(state.q).map(async ({ text, q }) => {
        const term = q === undefined ? null : searchTerm(q);
        if (!term) return { text };
        return { text, offer: { term, count: (await pagefind.search(term, { filters }, false)).results.length } };
      }),
    );
  }

  /** A result's card, rebuilt from what its page gave Pagefind (src/lib/search/card-meta.ts). */
  #cardOf(item: PagefindResultData): CardData {
    this.#paths ??= JSON.parse(this.dataset.cardPaths ?? '{}') as CardPaths;
    const m = item.meta;
    return unpackCard(
      m['card'] ?? '',
      m['title'] ?? '',
      item.url,
      this.dataset.base!,
      item.filters[FACET_FILTER] ?? [],
      this.#paths,
      item.anchors,
    );
  }

  async #showMore(focus: boolean) {
    const run = this.#run;
    const size = this.#state.view === 'table' ? TABLE_PAGE : NEXT_PAGE;
    const next = await this.#results.data(this.#shown, this.#shown + size);
    if (run !== this.#run) return;
    const firstNew = this.#shown;
    this.#append(next, this.#state);
    if (focus) this.#links()[firstNew]?.focus();
  }

  #append(items: PagefindResultData[], state: SearchState) {
    if (state.view === 'table')
      this.#table.append(items.map((item) => ({ ...this.#cardOf(item), missing: this.#missingOf(item) })));
    else for (const item of items) this.#list.append(this.#renderResult(item, state));
    this.#shown += items.length;
    const left = this.#results.length - this.#shown;
    this.#more.hidden = left <= 0;
    // Says how many a click adds and how far through the list the reader is.
    const next = Math.min(left, state.view === 'table' ? TABLE_PAGE : NEXT_PAGE);
    this.#more.textContent = `Show ${next} more (${this.#shown} of ${this.#results.length} shown)`;
  }

  /** Tells listeners (the benchmark, tests) that results for a state are on screen. */
  #done(state: SearchState) {
    requestAnimationFrame(() =>
      this.dispatchEvent(
        new CustomEvent('search-rendered', { bubbles: true, detail: { query: toSearchParams(state).toString() } }),
      ),
    );
  }

  #renderResult(item: PagefindResultData, state: SearchState): HTMLLIElement {
    // The card's summary sentence stands in for Pagefind's excerpt, which would mostly repeat the title and authors.
    const li = el('li');
    li.append(
      fillCard(this.#card, this.#cardOf(item), item.url, this.dataset.base!, (text) => highlightTerms(text, state.q)),
    );
    const missing = this.#missingOf(item);
    if (missing) li.append(el('p', 'muted mt-1 text-sm', `Missing: “${missing}”`));
    return li;
  }

  /** For a result that has all but one of the query's words, the word it lacks. */
  #missingOf(item: PagefindResultData): string | undefined {
    return item.of === undefined ? undefined : this.#left[item.of] || undefined;
  }

  /**
   * Every paper of the current result set (at most EXPORT_LIMIT), as cards, in the order shown. A list page
   * showing its static page searches its whole list first.
   */
  async #allCards(): Promise<CardData[]> {
    let results = this.#results;
    if (!results.length && this.#scope && this.#idle(this.#state)) {
      const pagefind = await this.#pagefind();
      const filters = pagefindFilters(this.#state, undefined, this.#scope);
      results = (await pagefind.search(null, { filters, sort: sortOption(this.#state) })).results;
    }
    const wanted = Math.min(results.length, EXPORT_LIMIT);
    const rows: CardData[] = [];
    for (let i = 0; i < wanted; i += 50)
      rows.push(...(await results.data(i, Math.min(i + 50, wanted))).map((item) => this.#cardOf(item)));
    return rows;
  }

  /** Runs a slow action from a button of the export menu, saying what happens and what it did. */
  async #busyButton(button: HTMLButtonElement, working: string, action: () => Promise<string>) {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = working;
    try {
      this.#say(await action());
    } catch {
      this.#say('The export failed. Check your connection and try again.');
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }

  /** The result set as a file: CSV from the cards (in the table's order when it is sorted), citations from the build. */
  #export(button: HTMLButtonElement, format: ExportFormat) {
    return this.#busyButton(button, 'Preparing…', async () => {
      const cards = await this.#allCards();
      const name = this.dataset.exportName ?? 'papers';
      if (format === 'csv') {
        const rows = this.#state.view === 'table' ? this.#table.inDisplayOrder(cards) : cards;
        downloadText(toCsv(rows, new URL(this.dataset.base!, location.href).href), `${name}.csv`, EXPORTS.csv.type);
      } else {
        const missing = await downloadExport(
          cards.map((c) => c.id),
          format,
          this.dataset.base!,
          name,
        );
        if (missing.length)
          return `Exported ${paperCount(cards.length - missing.length)}; ${missing.length} could not be loaded.`;
      }
      return `Exported ${paperCount(cards.length)} as ${EXPORTS[format].label}.`;
    });
  }

  #selectAll(button: HTMLButtonElement) {
    return this.#busyButton(button, 'Adding…', async () => {
      const ids = (await this.#allCards()).map((c) => c.id);
      const next = cleanIds([...readSelection(), ...ids]);
      writeSelection(next);
      return `Added ${paperCount(ids.length)} to your selection: ${next.length} selected.`;
    });
  }

  /** A polite announcement (the live region the table also uses). */
  #say(text: string) {
    const region = this.querySelector('[data-announce]')!;
    region.textContent = text;
  }

  #renderStatus(state: SearchState) {
    const n = this.#found;
    // Shown when the search found nothing: the papers with all but one of its words.
    const partial = n === 0 ? this.#results.length : 0;
    // The words actually searched, so a last letter left out (see searchTerm) shows as left out.
    const term = searchTerm(state.q);
    const what = term ? ` for “${term}”` : '';
    const filters = activeFacets(state).length ? ' with the chosen filters' : '';
    const within = this.#scope ? ' in this list' : '';
    this.#empty.hidden = true;
    this.#none.hidden = n > 0;
    const found = `${n === 0 ? 'No papers' : paperCount(n)}${within}${what}${filters}`;
    const others = fewerWording(term).status;
    this.#status.textContent = partial ? `${found}; ${paperCount(partial)} ${others}` : found;
    this.#renderSpelling();
    this.#renderNotes();
    // Pages the query's own words name: not those of an excluded word, nor OR.
    this.#renderTopics(foundWords(searchTerm(state.q)));
    if (n === 0) this.#renderNoResults(state);
  }

  /** "Browse: Dataset: MIMIC-CXR (51 papers)": the catalogue's own pages that the query names, if any. */
  #renderTopics(q: string) {
    const box = this.querySelector<HTMLElement>('[data-topics-box]');
    if (!box) return;
    this.#topics ??= this.dataset.topics ? unpackTopics(this.dataset.topics) : [];
    const found = topicsFor(q, this.#topics);
    box.hidden = found.length === 0;
    box.querySelector('ul')!.replaceChildren(
      ...found.map((t) => {
        const li = el('li');
        const a = el('a', 'link', `${t.kind}: ${t.label}`);
        a.href = `${this.dataset.base!}${t.path}`;
        li.append(a, ' ', el('span', 'muted text-sm', `(${paperCount(t.count)})`));
        return li;
      }),
    );
  }

  /** "No paper has “segmantation”. Did you mean:" with a button per correction that finds papers. */
  #renderSpelling() {
    const box = this.querySelector<HTMLElement>('[data-spelling]')!;
    const { unknown, offers } = this.#spelling;
    box.hidden = unknown.length === 0;
    box.replaceChildren(box.querySelector('[data-spelling-text]')!);
    if (!unknown.length) return;
    const words = unknown.map((w) => `“${typedWord(this.#state.q, w)}”`).join(' or ');
    box.firstElementChild!.textContent = `No paper has ${words}.${offers.length ? ' Did you mean:' : ''}`;
    for (const { term, count } of offers) box.append(this.#offer(`${term} (${paperCount(count)})`, { q: term }));
  }

  /** "“or” in lower case is searched as a word…", with a button for the query meant, when it finds papers. */
  #renderNotes() {
    const box = this.querySelector<HTMLElement>('[data-operators]')!;
    box.hidden = this.#notes.length === 0;
    box.replaceChildren(
      ...this.#notes.map(({ text, offer }) => {
        const p = el('p', '', text);
        if (offer?.count) p.append(' ', this.#offer(`${offer.term} (${paperCount(offer.count)})`, { q: offer.term }));
        else if (offer) p.append(` “${offer.term}” finds no paper.`);
        return p;
      }),
    );
  }

  /** A button that offers another search (a correction, a word or a filter less): it searches, then the words. */
  #offer(label: string, change: Partial<SearchState> | (() => SearchState)): HTMLButtonElement {
    const button = el('button', 'button px-2 py-1', label);
    button.type = 'button';
    button.addEventListener('click', () => {
      this.#update(typeof change === 'function' ? change() : { ...this.#state, ...change }, 'push');
      this.#applyToForm();
      this.#query.focus();
    });
    return button;
  }

  #renderNoResults(state: SearchState) {
    const text = this.#none.querySelector<HTMLElement>('[data-none-text]')!;
    const list = this.#none.querySelector<HTMLElement>('[data-none-suggestions]')!;
    list.replaceChildren();
    const facets = activeFacets(state);
    const fewer = this.#fewer;
    const { partly, leave, tail, offer } = fewerWording(searchTerm(state.q));
    text.textContent =
      facets.length && fewer.length
        ? `With these filters, ${partly} Remove a filter, or leave out ${leave}:`
        : facets.length
          ? 'Try removing a filter:'
          : fewer.length
            ? `${partly[0]!.toUpperCase()}${partly.slice(1)} ${tail}`
            : 'Try fewer or different words, such as a method name, a task (“segmentation”) or a modality (“CT”).';
    const item = (button: HTMLButtonElement) => {
      const li = el('li');
      li.append(button);
      list.append(li);
    };
    for (const facet of facets) {
      for (const value of state.filters[facet] ?? [])
        item(
          this.#offer(`Remove ${FACET_LABELS[facet]}: ${value}`, () => toggleFilter(this.#state, facet, value, false)),
        );
    }
    for (const { left, term, count } of fewer) item(this.#offer(`${offer(left)}: ${paperCount(count)}`, { q: term }));
  }

  #renderActive(state: SearchState) {
    this.#active.replaceChildren();
    for (const facet of activeFacets(state)) {
      for (const value of state.filters[facet] ?? []) {
        const button = el('button', 'button rounded-full py-0.5', `${FACET_LABELS[facet]}: ${value} ×`);
        button.type = 'button';
        button.setAttribute('aria-label', `Remove filter ${FACET_LABELS[facet]}: ${value}`);
        button.addEventListener('click', () => {
          this.#update(toggleFilter(this.#state, facet, value, false), 'push');
          this.#applyToForm();
        });
        this.#active.append(button);
      }
    }
    const selected = activeFacets(state).reduce((n, f) => n + state.filters[f]!.length, 0);
    const summary = this.querySelector('[data-filters-selected]');
    if (summary) summary.textContent = selected ? ` (${selected} selected)` : '';
    for (const group of this.querySelectorAll<HTMLElement>('[data-facet]')) {
      const n = state.filters[group.dataset.facet as Facet]?.length ?? 0;
      group.querySelector('[data-selected-count]')!.textContent = n ? ` (${n} selected)` : '';
    }
  }

  /** Live counts; without counts (nothing searched) the build-time totals stay. */
  /**
   * Counts beside the filter values: for the results on screen (counts), the whole catalogue's (undefined, the
   * static page's own), or none while a query's counts are not loaded (null).
   */
  #renderCounts(counts: Counts | null | undefined) {
    for (const box of this.#facetBoxes()) {
      const label = box.closest('label')!;
      const out = label.querySelector<HTMLElement>('[data-count]')!;
      out.dataset.total ??= out.textContent ?? '';
      out.hidden = counts === null;
      if (counts === null) {
        label.classList.remove('muted');
        continue;
      }
      const n = counts ? (counts[box.name as Facet]?.[box.value] ?? 0) : Number(out.dataset.total);
      out.textContent = String(n);
      label.classList.toggle('muted', n === 0 && !box.checked);
    }
  }

  /** The filters' checkboxes (not the cards' selection boxes). */
  #facetBoxes() {
    return this.querySelectorAll<HTMLInputElement>('[data-facet] input[type=checkbox]');
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('h3 a')];
  }

  /** Up and down arrows move between result titles; up from the first goes back to the words. */
  #navigate(e: KeyboardEvent) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = this.#links();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowUp') (links[i - 1] ?? this.#query).focus();
    else if (links[i + 1]) links[i + 1]!.focus();
    else if (!this.#more.hidden) void this.#showMore(true);
  }
}

customElements.define('paper-search', PaperSearch);
