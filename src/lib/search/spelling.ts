/**
 * "Did you mean": spelling suggestions for a query word that no paper holds.
 *
 * Pagefind matches a query word by the indexed words that start with it; when there are none, it falls back to the
 * longest indexed word that the query word starts with. So a typo finds unrelated papers without a hint:
 * "segmantation" matches "seg" (from "Kvasir-SEG", "TP-DRSeg"), and "zzqxvw" an author's initial "Z.". A word with
 * neither (no indexed word starts it or is started by it) is left out of a query of several words altogether.
 * The search page therefore checks each query word against the words its results matched (`unmatchedWords`, free)
 * and, only when one looks unmatched, against the catalogue's vocabulary (`unknownWords`: the site's
 * /search/words.json, built by src/pages/search/words.json.ts), then offers the vocabulary's nearest words
 * (`spellingCandidates`), each counted by Pagefind before it is shown. Pure, so the search page can bundle it.
 */
import { isAcronym } from './acronyms.ts';
import { INDEXED_WORD, indexedWords, joinedWord, typedWords } from './state.ts';

/** Where the site serves its vocabulary (the route src/pages/search/words.json.ts), from the site's root. */
export const SEARCH_WORDS = 'search/words.json';

/** The catalogue's words as the index holds them, each with how many papers hold it, sorted by word. */
export type Vocabulary = readonly (readonly [word: string, papers: number])[];

/** Shorter query words (abbreviations: CT, MRI, VQA) and words with digits are never corrected. */
export const MIN_CORRECTED = 4;
/** Pagefind's English stemmer strips endings ("-s", "-ing", "-ed"): a word this much longer than a match is it. */
const ENDING = 3;
/** At most this many corrections are offered for a word. */
export const MAX_CANDIDATES = 3;

/** A text's words as Pagefind indexes them (indexedWords), each once. */
const distinctWords = (text: string): string[] => [...new Set(indexedWords(text))];

/**
 * Every word Pagefind holds for a text, each once: a hyphenated word ("CLIP-driven") as the joined word and as each
 * of its parts, since Pagefind finds the page by all three. Without the parts, "driven", which the catalogue only
 * writes in "CLIP-driven" and "Semantic-driven", was taken for a word no paper holds, and its searches found nothing.
 */
export const heldWords = (text: string): string[] => [
  ...new Set(
    (text.toLowerCase().match(INDEXED_WORD) ?? []).flatMap((w) => {
      const parts = w.split(/['’-]/);
      return parts.length > 1 ? [joinedWord(w), ...parts] : [w];
    }),
  ),
];

/**
 * Query words worth checking: every word of two characters or more (a last word of one letter is not searched).
 * Pagefind leaves a word that no indexed word starts with out of a query of several words, or matches the longest
 * indexed word it starts with ("xq" as "x", "1999" as "1"), so without the check "segmentation q9z" showed every
 * segmentation paper as found.
 */
export function checkedWords(term: string | null): string[] {
  return distinctWords(term ?? '').filter((w) => w.length >= 2);
}

/**
 * Whether an indexed word is a match for a query word as Pagefind makes one: it starts with the query word, or the
 * query word is it with an ending added ("segments" -> "segment").
 */
export function matches(query: string, word: string): boolean {
  return word.startsWith(query) || (query.startsWith(word) && isEnding(query, word));
}

/**
 * Whether `query` is `word` with an ending Pagefind's stemmer would remove or its fallback would forgive: up to
 * ENDING letters after a word of three or more ("segments" -> "segment"), or a plural "s" after a shorter one
 * ("CTs" -> "ct").
 */
function isEnding(query: string, word: string): boolean {
  const extra = query.length - word.length;
  return word.length >= 3 ? extra <= ENDING : word.length === 2 && extra === 1 && query.endsWith('s');
}

/**
 * The words of a query typed in capitals (isAcronym), in lower case: each is an acronym, matched whole (matchesWhole).
 * Example: acronymsOf('PET imaging CTs') has 'pet' only.
 */
export function acronymsOf(term: string | null): Set<string> {
  return new Set(
    typedWords(term)
      .filter(isAcronym)
      .map((w) => w.toLowerCase()),
  );
}

/** The forms of an acronym (lower case) that are the acronym whole: itself and its plural ("ct", "cts"). */
const wholeForms = (acronym: string): string[] => [acronym, `${acronym}s`];

/**
 * Whether an indexed word is a match for an acronym typed in capitals: the acronym, or its plural ("CT", "CTs").
 * Pagefind's search matches it as the start of longer words too, which are other words: "PET", which no paper
 * writes, found the papers of authors named Peter, Petra and Petros, and passed for found.
 */
export function matchesWhole(acronym: string, word: string): boolean {
  return wholeForms(acronym).includes(word);
}

/**
 * The checked words of a query that none of its results' matched words (the words at their highlighted locations)
 * matches: the words to look up in the vocabulary. A word Pagefind found through its stemmer ("segmenting" found as
 * "segmentation") is listed too; the vocabulary then settles it.
 */
export function unmatchedWords(term: string | null, matched: readonly string[]): string[] {
  const found = heldWords(matched.join(' '));
  const acronyms = acronymsOf(term);
  return checkedWords(term).filter((w) => !found.some((m) => (acronyms.has(w) ? matchesWhole(w, m) : matches(w, m))));
}

/** The first index of `words` (sorted) at or after `word`. */
function lowerBound(words: Vocabulary, word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]![0] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some word of the vocabulary matches `word` (see matches). */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  if (vocabulary[lowerBound(vocabulary, word)]?.[0].startsWith(word)) return true;
  for (let cut = 1; cut <= ENDING && word.length - cut >= 2; cut++) {
    const stem = word.slice(0, -cut);
    if (isEnding(word, stem) && vocabulary[lowerBound(vocabulary, stem)]?.[0] === stem) return true;
  }
  return false;
}

/** Whether the vocabulary holds an acronym (lower case) or its plural, whole (matchesWhole). */
export function isKnownWhole(acronym: string, vocabulary: Vocabulary): boolean {
  return wholeForms(acronym).some((w) => vocabulary[lowerBound(vocabulary, w)]?.[0] === w);
}

/**
 * The words of `words` that no paper holds, as far as the vocabulary tells; those of `acronyms` (acronymsOf the
 * query) only when held whole.
 */
export function unknownWords(
  words: readonly string[],
  vocabulary: Vocabulary,
  acronyms: ReadonlySet<string> = new Set(),
): string[] {
  return words.filter((w) => !(acronyms.has(w) ? isKnownWhole(w, vocabulary) : isKnown(w, vocabulary)));
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), or `max + 1` as soon as
 * it must exceed `max`. Example: editDistance("segmantation", "segmentation", 2) -> 1; ("zhnag", "zhang", 1) -> 1.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Whether two words differ only in their endings, as Pagefind's stemmer takes them: "segmentation" and
 * "segmentations", "radiography" and "radiographs" find the same papers.
 */
function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(4, Math.min(a.length, b.length) - ENDING);
}

/**
 * The vocabulary's words nearest to an unknown word, best first: one edit away for a word of up to five letters, two
 * for longer ones; nearer first, then the word more papers hold. A candidate that is another with a different ending
 * ("segmentations" after "segmentation", see sameStem) is left out: Pagefind finds the same papers for both.
 */
export function spellingCandidates(word: string, vocabulary: Vocabulary, limit = MAX_CANDIDATES): string[] {
  if (word.length < MIN_CORRECTED || !/^\p{L}+$/u.test(word)) return [];
  const max = word.length <= 5 ? 1 : 2;
  const near: { word: string; distance: number; papers: number }[] = [];
  for (const [candidate, papers] of vocabulary) {
    if (candidate === word || candidate.length < 3 || /^\d+$/.test(candidate)) continue;
    const distance = editDistance(word, candidate, max);
    if (distance <= max) near.push({ word: candidate, distance, papers });
  }
  near.sort((a, b) => a.distance - b.distance || b.papers - a.papers || a.word.localeCompare(b.word));
  const chosen: string[] = [];
  for (const { word: candidate } of near) {
    if (chosen.some((c) => sameStem(c, candidate))) continue;
    chosen.push(candidate);
    if (chosen.length === limit) break;
  }
  return chosen;
}

/**
 * The query with one word replaced, the rest as typed. Example: replaceWord("Segmantation of CT", "segmantation",
 * "segmentation") -> "segmentation of CT".
 */
export function replaceWord(term: string, word: string, replacement: string): string {
  return term.replace(INDEXED_WORD, (w) => (isTyping(w, word) ? replacement : w));
}

/** Whether a word as typed is `word` as the index holds it ("X-Rey" is "xrey"). */
const isTyping = (typed: string, word: string): boolean => joinedWord(typed.toLowerCase()) === word;

/**
 * A word of the query as it was typed, given as the index holds it (`word` when the query has no such word), to
 * name it back to the reader. Example: typedWord("EHR data", "ehr") -> "EHR".
 */
export function typedWord(term: string, word: string): string {
  return (term.match(INDEXED_WORD) ?? []).find((w) => isTyping(w, word)) ?? word;
}

/**
 * The vocabulary of a catalogue: every word of the given texts (one list per paper), with how many papers hold it,
 * sorted by word. Numbers are words too ("2023", "14"): a query's number is checked like any word, though never
 * offered as a correction (spellingCandidates).
 */
export function buildVocabulary(papers: readonly (readonly string[])[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const texts of papers) {
    for (const word of heldWords(texts.join(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
