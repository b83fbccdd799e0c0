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
 * narrows almost nothing. AND in capitals is left out too (every word is required anyway; searched, "and" would
 * only leave out the pages that happen not to write it), and so is a last NOT, whose word is still to come. Quotes
 * are dropped unless they make the whole query one phrase (isPhrase).
 * Example: searchTerm("zero-shot s") === "zero-shot"; searchTerm("x ray") === "x ray";
 * searchTerm("CT AND MRI") === "CT MRI"; searchTerm("ct NOT s") === "ct"; searchTerm("AND") === "AND".
 */
export function searchTerm(q: string): string | null {
  let words = q.trim().split(/\s+/);
  if (words.length > 1 && [...words.at(-1)!].length === 1) words.pop();
  if (words.some((w) => w !== AND)) words = words.filter((w) => w !== AND);
  if (words.length > 1 && words.at(-1) === NOT) words.pop();
  const term = words.join(' ');
  // Quotes that do not make the whole query one phrase: Pagefind would read '"a b" "c d"' as one odd phrase.
  if (term.includes(QUOTE) && !isPhrase(term)) return searchTerm(unquoted(term));
  return term || null;
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
 * capitals only, as PubMed and Google Scholar read it (and AND, NOT); "or" in lower case is a word like any other.
 */
const OR = 'OR';
/** Before a word, in capitals, excludes the papers with it ("segmentation NOT SAM"), as does a leading "-" ("-SAM"). */
const NOT = 'NOT';
/** In capitals, between words that must all be there, as they must anyway: left out (searchTerm). */
const AND = 'AND';
/**
 * A query of operators takes one Pagefind search per non-empty set of its alternatives and set of its excluded
 * words, for exact counts (inclusion-exclusion, `run` in src/scripts/search/engine.ts): 3 for two alternatives,
 * 15 for four, 2 for one excluded word, 12 for two alternatives and two excluded words. At most this many; a query
 * that needs more is searched as its words, and says so (operatorNotes).
 */
export const MAX_SEARCHES = 16;

/** How many searches a query of `sides` alternatives and `excluded` words takes (see MAX_SEARCHES). */
export const searchesFor = (sides: number, excluded: number): number => ((1 << sides) - 1) * (1 << excluded);

/**
 * A query's operators: its alternatives, each the words of one ("" for every paper, as in "NOT segmentation"), and
 * the words it excludes; the papers to find match one alternative at least and no excluded word.
 */
export type Operators = { sides: string[]; not: string[] };

/** A query's words as typed, split at white space. */
export const typedWords = (term: string | null): string[] => (term ?? '').trim().split(/\s+/).filter(Boolean);

/** Words of one character are a prefix of most words: never an alternative or a word to exclude on their own. */
const isLetter = (word: string) => [...word].length < 2;

/** The quote that makes a phrase (isPhrase). */
const QUOTE = '"';
/** A query without its quotes. */
const unquoted = (term: string): string => term.replaceAll(QUOTE, ' ');

/**
 * Whether a query is one phrase in quotes, which Pagefind matches as those words in that order (operators in it are
 * words too). It does so only for a whole query in quotes: quotes around part of one are ignored, its words searched
 * apart, and searchTerm drops them. Example: isPhrase('"report generation"') === true;
 * isPhrase('"report generation" chest') === false; isPhrase('"report generation" OR "vqa"') === false.
 */
export function isPhrase(term: string | null): boolean {
  const t = term?.trim() ?? '';
  return t.length > 2 && t.startsWith(QUOTE) && t.endsWith(QUOTE) && !t.slice(1, -1).includes(QUOTE);
}

/**
 * A query's operators as typed, however many searches they take; null for a query without operators. Quotes are
 * dropped: a phrase is matched only as a whole query (isPhrase), and the searches of a query of operators must
 * combine their parts' words (operatorNotes says so).
 */
function readOperators(term: string | null): Operators | null {
  if (isPhrase(term)) return null;
  const words = typedWords(term && unquoted(term));
  const sides: string[][] = [[]];
  const not = new Map<string, string>();
  let operators = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const excluded =
      word === NOT && i + 1 < words.length
        ? words[++i]!
        : /^-+[\p{L}\p{N}]/u.test(word)
          ? word.replace(/^-+/, '')
          : undefined;
    if (excluded !== undefined) {
      operators = true;
      if (!isLetter(excluded) && !not.has(excluded.toLowerCase())) not.set(excluded.toLowerCase(), excluded);
    } else if (word === OR && words.length > 1) {
      operators = true;
      sides.push([]);
    } else sides.at(-1)!.push(word);
  }
  if (!operators) return null;
  const kept = new Map<string, string>();
  for (const alternative of sides.map((side) => side.join(' ')))
    if (!isLetter(alternative) && !kept.has(alternative.toLowerCase()))
      kept.set(alternative.toLowerCase(), alternative);
  if (!kept.size && !not.size) return null;
  return { sides: kept.size ? [...kept.values()] : [''], not: [...not.values()] };
}

/**
 * The operators of a query: OR in capitals joins alternatives, NOT before a word or "-" at its start excludes it.
 * Empty and one-letter alternatives and excluded words (a prefix of most words, as while "ct OR m" is being typed)
 * are dropped, and repeats kept once, so "ct OR" has the one alternative "ct". Null for a query without operators,
 * and for one that would take more than MAX_SEARCHES searches, which is searched as its words (tooComplex).
 * Example: operators("ultrasound OR echo cardiac NOT SAM") -> { sides: ["ultrasound", "echo cardiac"],
 * not: ["SAM"] }; operators("NOT SAM") -> { sides: [""], not: ["SAM"] }; operators("OR") -> null.
 */
export function operators(term: string | null): Operators | null {
  const read = readOperators(term);
  return read && searchesFor(read.sides.length, read.not.length) <= MAX_SEARCHES ? read : null;
}

/** Whether a query's operators would take more searches than MAX_SEARCHES, so that it is searched as its words. */
export function tooComplex(term: string | null): boolean {
  const read = readOperators(term);
  return !!read && searchesFor(read.sides.length, read.not.length) > MAX_SEARCHES;
}

/**
 * A query's words that are searched, without its operators (excluded words included): what the spelling check reads.
 * Example: searchedWords("CT OR MRI NOT brain") === "CT MRI brain"; searchedWords("OR") === "OR".
 */
export function searchedWords(term: string | null): string {
  const ops = operators(term);
  return ops ? [...ops.sides, ...ops.not].filter(Boolean).join(' ') : (term ?? '');
}

/** A query's words that the papers found hold: those of its alternatives, not the excluded ones (highlighting). */
export function foundWords(term: string | null): string {
  const ops = operators(term);
  return ops ? ops.sides.filter(Boolean).join(' ') : (term ?? '');
}

/** A query written from its operators: "ct OR mri NOT brain". */
function writeQuery({ sides, not }: Operators): string {
  return [sides.filter(Boolean).join(` ${OR} `), ...not.map((w) => `${NOT} ${w}`)].filter(Boolean).join(' ');
}

/**
 * What a query's operators do here where a reader may expect otherwise, each with a query to offer instead:
 * - operators that would take more than MAX_SEARCHES searches: the query is searched as its words;
 * - "or" in lower case between words is a word, so "ct or mri" finds papers with both: OR in capitals is offered.
 * Reads the query as typed. Example: operatorNotes("ct or mri") -> [{ text: "…", q: "ct OR mri" }].
 */
export function operatorNotes(q: string): { text: string; q?: string }[] {
  const words = typedWords(q);
  const notes: { text: string; q?: string }[] = [];
  if (tooComplex(q))
    notes.push({
      text: `Too many alternatives and excluded words to count exactly (at most ${MAX_SEARCHES} searches): every word was searched, none excluded.`,
    });
  if (q.includes(QUOTE) && operators(q))
    notes.push({
      text: 'Quotes match a phrase only around the whole query; with OR or NOT, the words of a phrase were searched apart.',
    });
  const inner = words.slice(1, -1);
  if (!words.includes(OR) && inner.includes('or'))
    notes.push({
      text: '“or” in lower case is searched as a word. To find papers with either, write OR in capitals:',
      q: words.map((w, i) => (w === 'or' && i > 0 && i < words.length - 1 ? OR : w)).join(' '),
    });
  return notes;
}

/** At most this many "leave a word out" searches follow a search that found nothing. */
export const MAX_WORDS_LEFT_OUT = 8;

/** A query to try instead: `left` left out of the query, and whether the papers it finds lack `left` (`lacks`). */
export type LeftOut = { left: string; term: string; lacks: boolean };

/**
 * Pagefind finds the papers holding every word searched, so one word no paper has ("LLM generated descriptions
 * zero-shot diagnosis") leaves a query with nothing. The queries of its words with one of them left out, one per
 * distinct word (case aside), for a search that found nothing to try; none for a single word. The papers such a
 * query finds lack the word left out.
 * Example: leaveOneOut("CT zero-shot atlas") -> [{ left: "CT", term: "zero-shot atlas", lacks: true }, { left:
 * "zero-shot", term: "CT atlas", lacks: true }, { left: "atlas", term: "CT zero-shot", lacks: true }].
 * A query of operators (see operators) leaves out one alternative at a time where it has several, else one word
 * of its alternative, and each excluded word: what an alternative or excluded word that no paper holds leaves.
 * Example: leaveOneOut("CT OR MRI") -> [{ left: "CT", term: "MRI", lacks: false }, { left: "MRI", term: "CT",
 * lacks: false }]. A phrase in quotes (isPhrase) leaves out its quotes: leaveOneOut('"zero-shot segmentation"') ->
 * [{ left: '"', term: "zero-shot segmentation", lacks: false }].
 */
export function leaveOneOut(term: string | null): LeftOut[] {
  if (isPhrase(term)) {
    const words = typedWords(unquoted(term!)).join(' ');
    return isLetter(words) ? [] : [{ left: QUOTE, term: words, lacks: false }];
  }
  const ops = operators(term);
  if (!ops) return leaveOneWordOut(term);
  const { sides, not } = ops;
  const tried: LeftOut[] =
    sides.length > 1
      ? sides.map((left) => ({ left, term: writeQuery({ sides: sides.filter((s) => s !== left), not }), lacks: false }))
      : leaveOneWordOut(sides[0]!).map((v) => ({ ...v, term: writeQuery({ sides: [v.term], not }) }));
  for (const left of not)
    tried.push({ left, term: writeQuery({ sides, not: not.filter((w) => w !== left) }), lacks: false });
  return tried.filter((v) => !isLetter(v.term)).slice(0, MAX_WORDS_LEFT_OUT);
}

/**
 * How the search page words the papers that leaveOneOut's queries find for a query that found none: after the status
 * ("No papers for …; 3 papers with all but one of its words"), above the offers (`partly`, then with filters "or
 * leave out" `leave`, else `tail`), and on each offer (`offer`, for the part left out).
 */
export function fewerWording(term: string | null): {
  status: string;
  partly: string;
  leave: string;
  tail: string;
  offer: (left: string) => string;
} {
  const offer = (left: string) => (left === QUOTE ? 'Without quotes' : `Without “${left}”`);
  if (isPhrase(term))
    return {
      status: 'with its words, not as a phrase',
      partly: 'no paper has this exact phrase; those below have its words.',
      leave: 'the quotes',
      tail: 'Search without them:',
      offer,
    };
  const ops = operators(term);
  const [status, partly, leave] = !ops
    ? ['with all but one of its words', 'no paper has all of these words; those below have all but one.', 'a word']
    : ops.not.length
      ? [
          'with one part of it left out',
          'a word or alternative of it matches no paper; those below are found without it.',
          'that word',
        ]
      : [
          'for its other alternatives',
          'one of the alternatives matches no paper; those below match the others.',
          'an alternative',
        ];
  return { status, partly, leave, tail: 'Leave one out:', offer };
}

/** leaveOneOut for a query of words without operators. */
function leaveOneWordOut(term: string | null): LeftOut[] {
  const words = typedWords(term);
  if (words.length < 2) return [];
  const distinct = [...new Map(words.map((w) => [w.toLowerCase(), w])).values()].slice(0, MAX_WORDS_LEFT_OUT);
  // Each query as searchTerm would search it, and never a lone letter (a prefix of most words).
  return distinct
    .map((left) => ({
      left,
      term: searchTerm(words.filter((w) => w.toLowerCase() !== left.toLowerCase()).join(' ')),
      lacks: true,
    }))
    .filter((v): v is LeftOut => !!v.term && !isLetter(v.term));
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
  const typed = foundWords(searchTerm(query)).split(/\s+/);
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
