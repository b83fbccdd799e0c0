/**
 * The state of a search (query, facet selections, sort) and its two encodings: the page URL's query
 * string (`?q=clip&category=Dense+prediction&year=2023&year=2024&sort=newest`) and Pagefind's search options.
 * Pure functions, shared by the search page's client code and the unit tests.
 */
import type { SortOption } from './orders.ts';
import { isAcronym } from './acronyms.ts';

/** Facets in the order the search page shows them; each is a Pagefind filter of the same name. */
export const FACETS = [
  'category',
  'group',
  'branch',
  'year',
  'venue',
  'modality',
  'anatomy',
  'task',
  'clip',
  'dataset',
  'code',
] as const;
export type Facet = (typeof FACETS)[number];

/** Human names of the facets, for the facet panel and the "remove filter" suggestions. */
export const FACET_LABELS: Record<Facet, string> = {
  category: 'Category',
  group: 'Group',
  branch: 'Branch',
  year: 'Year',
  venue: 'Venue',
  modality: 'Modality',
  anatomy: 'Anatomy',
  task: 'Task',
  clip: 'Use of CLIP',
  dataset: 'Dataset',
  code: 'Code',
};

/**
 * Results shown at first, and added by each click on "Show 10 more". Each result shown costs one fragment request:
 * five (as Pagefind's own interface shows) fill a laptop's first screen of results and keep a first search within
 * twelve requests (issue 4's target: the worker, pagefind.js, its WebAssembly, its entry file, the page metadata,
 * the words' index chunks and the five fragments); ten took seventeen.
 */
export const FIRST_PAGE = 5;
export const NEXT_PAGE = 10;

export const SORTS = ['relevance', 'newest', 'oldest', 'title', 'added'] as const;
export type Sort = (typeof SORTS)[number];

export const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Relevance',
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title, A to Z',
  added: 'Recently added',
};

/** How results are shown: cards, or the compare table. */
export const VIEWS = ['cards', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** A list page's own subset of the catalogue: one facet value always applied, e.g. category "Classification". */
export type Scope = { facet: Facet; value: string };

export type SearchState = {
  /** The words typed, trimmed; '' when browsing by facets only. */
  q: string;
  /** Selected values per facet (OR within a facet, AND across facets); facets with nothing selected are absent. */
  filters: Partial<Record<Facet, string[]>>;
  sort: Sort;
  view: View;
};

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance', view: 'cards' };

const isFacet = (k: string): k is Facet => (FACETS as readonly string[]).includes(k);
const isSort = (k: string): k is Sort => (SORTS as readonly string[]).includes(k);

/**
 * Reads a search state from a query string. Unknown keys and sorts are ignored, repeated and empty values
 * dropped, so a hand-edited or truncated link still opens a sensible search.
 * @example parseSearchParams(new URLSearchParams('q=ct&year=2024&year=2023')) -> { q: 'ct', filters: { year: ['2024', '2023'] }, sort: 'relevance' }
 */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = [
      ...new Set(
        params
          .getAll(facet)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[facet] = values;
  }
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: isSort(sort) ? sort : 'relevance',
    view: params.get('view') === 'table' ? 'table' : 'cards',
  };
}

/**
 * Writes a search state as a query string, in a stable order (q, facets in FACETS order, sort), leaving out
 * defaults, so the same search always gives the same link.
 */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) for (const v of state.filters[facet] ?? []) params.append(facet, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.view !== 'cards') params.set('view', state.view);
  return params;
}

/** True when the state asks for nothing: no words, no filters (the sort alone does not make a search). */
export function isEmptyState(state: SearchState): boolean {
  return !state.q.trim() && !FACETS.some((f) => state.filters[f]?.length);
}

/**
 * On a list page (a scope), true when the page's own static list already shows what the state asks for:
 * no words, no filters, newest first, as cards. Anything else runs a search within the scope.
 */
export function showsStaticList(state: SearchState): boolean {
  return isEmptyState(state) && (state.sort === 'relevance' || state.sort === 'newest') && state.view === 'cards';
}

/** A single letter matches nearly every word as a prefix, so the search waits for a second one. */
export function isTooShort(state: SearchState): boolean {
  return [...state.q.trim()].length === 1;
}

/**
 * The words handed to Pagefind, or null for none: the query trimmed, without a last word of one letter. Like a
 * one-letter query, "zero-shot s" would search every word starting with "s" (at 10,000 papers about a second
 * of loading index chunks, during which the next keystroke's search waits), and as a prefix that letter
 * narrows almost nothing. AND and NOT in capitals are left out too (IGNORED): every word is required anyway, and
 * nothing can be excluded (operatorNotes says so); searched, "and" or "not" would only leave out the pages that
 * happen not to write it. Example: searchTerm("zero-shot s") === "zero-shot"; searchTerm("x ray") === "x ray";
 * searchTerm("CT AND MRI") === "CT MRI"; searchTerm("AND") === "AND".
 */
export function searchTerm(q: string): string | null {
  let words = q.trim().split(/\s+/);
  if (words.length > 1 && [...words.at(-1)!].length === 1) words.pop();
  if (words.some((w) => !IGNORED.has(w))) words = words.filter((w) => !IGNORED.has(w));
  return words.join(' ') || null;
}

/**
 * A query of one word typed in capitals ("SAM", "US", "CT", "3D"): an acronym, which Pagefind would otherwise match
 * as the start of longer words too ("same" and "sample" for SAM, "use" and "using" for US). Returns it quoted,
 * Pagefind's exact search (that word, or its plural, only), else undefined. A lowercase word is left to prefix
 * matching, which finds "segmentation" from "segm" while it is being typed. A query of several words is not quoted,
 * since Pagefind's exact search would look for them as one phrase: its acronyms are searched as their index tokens
 * (acronymToken in acronyms.ts).
 * Example: exactWord("SAM") === '"SAM"'; exactWord("sam") === undefined; exactWord("SAM segmentation") === undefined.
 */
export function exactWord(term: string | null): string | undefined {
  const word = term?.trim() ?? '';
  return isAcronym(word) ? `"${word}"` : undefined;
}

/**
 * The word that joins alternatives in a query: "ultrasound OR echocardiography" finds the papers with either. In
 * capitals only, as PubMed and Google Scholar read it; "or" in lower case is a word like any other.
 */
export const OR = 'OR';
/**
 * Operators searchTerm leaves out of a query, in capitals: AND (every word must be there anyway) and NOT (Pagefind
 * cannot exclude a word; operatorNotes says so).
 */
const IGNORED = new Set(['AND', 'NOT']);
/**
 * A query joins at most this many alternatives: its facet counts take one search per non-empty set of them
 * (inclusion-exclusion, Engine.search), 15 for four. A query with more is searched as its words, and says so.
 */
export const MAX_ALTERNATIVES = 4;

/** A query's words as typed, split at white space. */
const typedWords = (term: string | null): string[] => (term ?? '').trim().split(/\s+/).filter(Boolean);

/** The distinct alternatives of at least two characters that OR joins in a query, or null when none joins any. */
function sidesOf(term: string | null): string[] | null {
  const words = typedWords(term);
  if (words.length < 2 || !words.includes(OR)) return null;
  const sides: string[][] = [[]];
  for (const word of words) {
    if (word === OR) sides.push([]);
    else sides.at(-1)!.push(word);
  }
  const kept = new Map<string, string>();
  for (const alternative of sides.map((side) => side.join(' ')))
    if ([...alternative].length > 1 && !kept.has(alternative.toLowerCase()))
      kept.set(alternative.toLowerCase(), alternative);
  return [...kept.values()];
}

/**
 * The alternatives of a query that joins words with OR: the papers to find are those matching any of them. Empty
 * and one-letter alternatives (a prefix of most words, as while "ct OR m" is being typed) are dropped, and repeats
 * kept once, so "ct OR" gives ["ct"]. Null for a query without the operator between words (or with nothing else of
 * two characters), and for one with more than MAX_ALTERNATIVES, which is searched as its words (tooManyAlternatives).
 * Example: alternatives("ultrasound OR echo cardiac") -> ["ultrasound", "echo cardiac"]; alternatives("OR") -> null.
 */
export function alternatives(term: string | null): string[] | null {
  const sides = sidesOf(term);
  return sides?.length && sides.length <= MAX_ALTERNATIVES ? sides : null;
}

/** Whether a query joins more alternatives with OR than are searched as such (MAX_ALTERNATIVES). */
export function tooManyAlternatives(term: string | null): boolean {
  return (sidesOf(term)?.length ?? 0) > MAX_ALTERNATIVES;
}

/**
 * A query's words that are searched, without the OR that joins its alternatives: what the spelling check and the
 * highlighting read. Example: searchedWords("CT OR MRI") === "CT MRI"; searchedWords("OR") === "OR".
 */
export function searchedWords(term: string | null): string {
  return alternatives(term)?.join(' ') ?? term ?? '';
}

/**
 * What a query's operators do here, where a reader may expect otherwise, each with a query to offer instead:
 * - more than MAX_ALTERNATIVES alternatives: their words are all searched together;
 * - "or" in lower case between words is a word, so "ct or mri" finds papers with both: OR in capitals is offered;
 * - NOT, or a word written "-word", excludes nothing (Pagefind has no exclusion): the word is searched like the others.
 * Reads the query as typed (searchTerm leaves NOT out). Example: operatorNotes("ct or mri") -> [{ text: "…",
 * q: "ct OR mri" }].
 */
export function operatorNotes(q: string): { text: string; q?: string }[] {
  const words = typedWords(q);
  const notes: { text: string; q?: string }[] = [];
  if (tooManyAlternatives(q))
    notes.push({
      text: `A search joins at most ${MAX_ALTERNATIVES} alternatives with OR; these words were all searched together.`,
    });
  const inner = words.slice(1, -1);
  if (!words.includes(OR) && inner.includes('or'))
    notes.push({
      text: '“or” in lower case is searched as a word. To find papers with either, write OR in capitals:',
      q: words.map((w, i) => (w === 'or' && i > 0 && i < words.length - 1 ? OR : w)).join(' '),
    });
  if (words.some((w, i) => (w === 'NOT' && i < words.length - 1) || /^-[\p{L}\p{N}]/u.test(w)))
    notes.push({
      text: 'Words cannot be excluded here: NOT and a leading “-” are ignored, and the word after them is searched like the others.',
    });
  return notes;
}

/** At most this many "leave a word out" searches follow a search that found nothing. */
export const MAX_WORDS_LEFT_OUT = 8;

/**
 * Pagefind finds the papers holding every word searched, so one word no paper has ("LLM generated descriptions
 * zero-shot diagnosis") leaves a query with nothing. The queries of its words with one of them left out, one per
 * distinct word (case aside), for a search that found nothing to try; none for a single word.
 * Example: leaveOneOut("CT zero-shot atlas") -> [{ left: "CT", term: "zero-shot atlas" }, { left: "zero-shot",
 * term: "CT atlas" }, { left: "atlas", term: "CT zero-shot" }].
 * A query of alternatives (see alternatives) leaves out one alternative at a time instead: what an alternative that
 * no paper matches leaves. Example: leaveOneOut("CT OR MRI") -> [{ left: "CT", term: "MRI" }, { left: "MRI",
 * term: "CT" }].
 */
export function leaveOneOut(term: string | null): { left: string; term: string }[] {
  const sides = alternatives(term);
  if (sides?.length === 1) return leaveOneOut(sides[0]!);
  if (sides) return sides.map((left) => ({ left, term: sides.filter((s) => s !== left).join(` ${OR} `) }));
  const words = typedWords(term);
  if (words.length < 2) return [];
  const distinct = [...new Map(words.map((w) => [w.toLowerCase(), w])).values()].slice(0, MAX_WORDS_LEFT_OUT);
  // Each query as searchTerm would search it, and never a lone letter (a prefix of most words).
  return distinct
    .map((left) => ({ left, term: searchTerm(words.filter((w) => w.toLowerCase() !== left.toLowerCase()).join(' ')) }))
    .filter((v): v is { left: string; term: string } => !!v.term && [...v.term].length > 1);
}

/**
 * All facets live in ONE Pagefind filter, named `facet`, whose values are `<facet>:<value>`
 * (e.g. `year:2023`). Pagefind writes one filter file per filter name and needs them all for live counts,
 * so seven named filters would cost seven requests on the first search; one filter costs one.
 */
export const FACET_FILTER = 'facet';

/** The value of the `facet` filter for one facet value, e.g. facetFilterValue('year', '2023') -> 'year:2023'. */
export function facetFilterValue(facet: Facet, value: string): string {
  return `${facet}:${value}`;
}

/** A `facet` filter value read back: "year:2023" -> ['year', '2023']; undefined for an unknown facet. */
export function parseFacetFilterValue(key: string): [Facet, string] | undefined {
  const i = key.indexOf(':');
  const facet = key.slice(0, i);
  return i > 0 && isFacet(facet) ? [facet, key.slice(i + 1)] : undefined;
}

/** Pagefind filter counts for the `facet` filter, regrouped by facet: { year: { '2023': 12 }, ... }. */
export function countsByFacet(
  counts: Record<string, number> | undefined,
): Partial<Record<Facet, Record<string, number>>> {
  const out: Partial<Record<Facet, Record<string, number>>> = {};
  for (const [key, n] of Object.entries(counts ?? {})) {
    const parsed = parseFacetFilterValue(key);
    if (parsed) (out[parsed[0]] ??= {})[parsed[1]] = n;
  }
  return out;
}

/** Pagefind's compound filter: `all` of one `any` per facet in use (OR within a facet, AND across). */
export type PagefindFilters = { all?: { [FACET_FILTER]: { any: string[] } }[] };

/**
 * Pagefind filters for a state, optionally without one facet (to count that facet's values as if it were
 * not applied, so that ticking a second value of the same facet shows what OR would add).
 */
export function pagefindFilters(state: SearchState, without?: Facet, scope?: Scope): PagefindFilters {
  const all = activeFacets(state)
    .filter((f) => f !== without)
    .map((f) => ({ [FACET_FILTER]: { any: state.filters[f]!.map((v) => facetFilterValue(f, v)) } }));
  if (scope) all.unshift({ [FACET_FILTER]: { any: [facetFilterValue(scope.facet, scope.value)] } });
  return all.length ? { all } : {};
}

/** The order results are in: relevance needs words, so without them it is newest first (and the form says so). */
export function effectiveSort(state: SearchState): Sort {
  return state.sort === 'relevance' && !state.q.trim() ? 'newest' : state.sort;
}

/**
 * The order a state's results are sorted in (src/lib/search/orders.ts), or undefined for relevance. With no words
 * there is no relevance to rank by, so browsing by facets lists newest first.
 */
export function sortOption(state: SearchState): SortOption | undefined {
  switch (effectiveSort(state)) {
    case 'newest':
      return { date: 'desc' };
    case 'oldest':
      return { date: 'asc' };
    case 'added':
      return { added: 'desc' };
    case 'title':
      return { title: 'asc' };
    default:
      return undefined;
  }
}

/** The state with one facet value added or removed. */
export function toggleFilter(state: SearchState, facet: Facet, value: string, on: boolean): SearchState {
  const current = state.filters[facet] ?? [];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length) filters[facet] = next;
  else delete filters[facet];
  return { ...state, filters };
}

/** Facets that have at least one value selected, in FACETS order. */
export function activeFacets(state: SearchState): Facet[] {
  return FACETS.filter((f) => state.filters[f]?.length);
}

/**
 * A word as Pagefind indexes it: letters and digits, with hyphens or apostrophes inside it ("X-ray", "VerSe'19"),
 * which Pagefind drops to index the joined word ("xray"). joinedWord gives that word.
 */
export const INDEXED_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
export const joinedWord = (word: string): string => word.replace(/['’-]/g, '');
/** A text's words as Pagefind indexes them: lower case, joined across hyphens and apostrophes ("X-ray" -> "xray"). */
export const indexedWords = (text: string): string[] => (text.toLowerCase().match(INDEXED_WORD) ?? []).map(joinedWord);
/** Splits a text into its words (INDEXED_WORD) and what is between them, keeping both. */
const AROUND_WORDS = new RegExp(`(${INDEXED_WORD.source})`, 'u');

/**
 * Splits a title into plain and highlighted parts: a word is highlighted when it starts with a query term (of two
 * letters or more). A query word joined by hyphens or apostrophes ("x-ray") matches a title word the same way as
 * a whole ("X-Ray", "X-rays"), as Pagefind joins them, though its parts alone may be too short ("x").
 */
export function highlightTerms(text: string, query: string): { text: string; match: boolean }[] {
  // A word typed in capitals was searched as that word only (exactWord, acronymToken), so only that word (or its
  // plural) is marked, not "Same" for "SAM"; the other words are marked where a word starts with them.
  const typed = searchedWords(searchTerm(query)).split(/\s+/);
  const wholes = new Set(typed.filter(isAcronym).map((w) => w.toLowerCase()));
  const words =
    typed
      .filter((w) => !isAcronym(w))
      .join(' ')
      .toLowerCase()
      .match(INDEXED_WORD) ?? [];
  const compounds = words.filter((w) => /['’-]/.test(w)).map(joinedWord);
  const terms = [...new Set(words.flatMap((w) => w.split(/['’-]/)))].filter((t) => t.length > 1);
  if (!terms.length && !compounds.length && !wholes.size) return [{ text, match: false }];
  const isWhole = (word: string) => wholes.has(word) || (word.endsWith('s') && wholes.has(word.slice(0, -1)));
  const parts: { text: string; match: boolean }[] = [];
  const push = (piece: string, match: boolean) => {
    const last = parts.at(-1);
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  };
  // Words are runs of letters and digits (joined by hyphens or apostrophes); what is between them is kept verbatim.
  for (const piece of text.split(AROUND_WORDS)) {
    if (!piece) continue;
    if (!/^[\p{L}\p{N}]/u.test(piece)) push(piece, false);
    else if (compounds.some((c) => joinedWord(piece.toLowerCase()).startsWith(c))) push(piece, true);
    else
      for (const part of piece.split(/(['’-])/))
        if (part)
          push(
            part,
            /^[\p{L}\p{N}]/u.test(part) &&
              (isWhole(part.toLowerCase()) || terms.some((t) => part.toLowerCase().startsWith(t))),
          );
  }
  return parts;
}
