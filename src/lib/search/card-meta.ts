/**
 * A paper's search-result card as Pagefind carries it, and back. Pagefind indexes every word of every metadata
 * field as a search word (its "searchable metadata"), so the card travels as little text as possible:
 * - the page's own facet filters already hold the venue, year, categories, modalities, tasks, anatomy, groups,
 *   datasets and uses of CLIP (src/lib/search/attributes.ts), and the result URL holds the id;
 * - the summary's first sentence and the authors come from the page's own text, through Pagefind's anchors
 *   (CARD_ANCHORS);
 * - the `card` metadata holds only what nothing else does, as a JSON array without keys or paths: method names,
 *   and the code, weights, arXiv and DOI links (the weights slot holds "-" when the repository releases none).
 * Sent whole as JSON, the card's keys and link paths ("label", "path", "taxonomy", "papers") were words of every
 * page, so searching them listed the whole catalogue, and they were a third of the index at 10,000 papers.
 * Pure, and free of the vocabularies, so the search page can bundle it.
 */
import type { CardData } from '../site/card.ts';
import { parseFacetFilterValue, type Facet } from './state.ts';

/**
 * Ids of the paper page's elements whose text a result's card takes from its Pagefind fragment (Pagefind
 * records the text of every element with an id in the indexed body as an "anchor"): the summary's first
 * paragraph, and the author list ("A, B, C"), so the summary and authors are indexed once, as the page's text,
 * instead of once more as metadata words. One anchor for the list, not one per author: each anchor repeats its
 * text beside the page's and adds its element, id and location, which made a fragment a tenth larger.
 */
export const CARD_ANCHORS = { summary: 'card-summary', authors: 'card-authors', unchecked: 'card-unchecked' } as const;

/**
 * What the card of a flagged entry says, and the heading of the notice on its page, whose id is
 * CARD_ANCHORS.unchecked: a search result knows the entry is unchecked from that anchor.
 */
export const UNCHECKED_LINE = 'Not yet checked against the paper';

/**
 * The names of an author list as the page prints it, "A, B, C". A stored name has at most two commas and its
 * display form none (src/lib/catalogue/person.ts), so a comma only ever separates two authors.
 */
export function authorsOfList(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** An anchor of a Pagefind fragment: an element's id and its text. */
export type Anchor = { id: string; text: string };

/** Abbreviations that end in a full stop without ending a sentence. */
const ABBREVIATION = /\b(?:e\.g|i\.e|et al|vs|Figs?|cf|approx|No)\.$/;

/**
 * The first sentence of a plain text, whitespace collapsed. A sentence ends at ".", "!" or "?" followed by
 * a space and a capital or digit, except after an abbreviation ("e.g. CT", "Fig. 2").
 * Example: leadSentence("It aligns CT, e.g. liver. Then ...") -> "It aligns CT, e.g. liver."
 */
export function leadSentence(plain: string): string {
  const text = plain.replace(/\s+/g, ' ').trim();
  for (const m of text.matchAll(/[.!?](?=\s+[A-Z0-9])/g)) {
    const candidate = text.slice(0, m.index + 1);
    if (!ABBREVIATION.test(candidate)) return candidate;
  }
  return text;
}

/** Root-relative link of every value a card links to, by facet and label (built by cardPathsJson in attributes.ts). */
export type CardPaths = Record<'category' | 'modality' | 'task', Record<string, string>>;

/** Chips are a glance, not a list: a card shows at most this many tasks (after every modality). */
export const CARD_MAX_TASKS = 2;

/** Long author lists are cut so a card stays a card. */
export const CARD_MAX_AUTHORS = 8;

/** "A, B, C" or "A, B, ..., G, et al." for more than CARD_MAX_AUTHORS names (display names). */
export function cutAuthors(names: readonly string[]): string {
  return (names.length > CARD_MAX_AUTHORS ? [...names.slice(0, CARD_MAX_AUTHORS - 1), 'et al.'] : names).join(', ');
}

type Packed = [names?: string, code?: string, weights?: string, arxiv?: string, doi?: string];

/** The weights slot of a paper whose official repository releases none: no URL, and no search word. */
const NO_WEIGHTS = '-';

/** The `card` metadata of a paper: what its filters, URL and anchors do not already say. */
export function packCard(card: CardData): string {
  const f = card.facts;
  const weights = f.weights ?? (f.weightsNotReleased ? NO_WEIGHTS : '');
  const packed: Packed = [card.names ?? '', card.code ?? '', weights, f.arxiv ?? '', f.doi ?? ''];
  while (packed.at(-1) === '') packed.pop();
  return JSON.stringify(packed);
}

/**
 * A result's card from its `card` metadata, title, URL, facet filter values ("year:2023", ...) and the
 * anchors of CARD_ANCHORS (summary paragraph, author names).
 * @param url the result's URL, base included (e.g. "/base/papers/zhang2023/")
 * @param base the site's base path ("/" or "/base/")
 */
export function unpackCard(
  packed: string,
  title: string,
  url: string,
  base: string,
  facetValues: readonly string[],
  paths: CardPaths,
  anchors: readonly Anchor[],
): CardData {
  const [names, code, weights, arxiv, doi] = JSON.parse(packed || '[]') as Packed;
  const lead = anchors.find((a) => a.id === CARD_ANCHORS.summary)?.text;
  const summary = lead ? leadSentence(lead) : '';
  const authors = authorsOfList(anchors.find((a) => a.id === CARD_ANCHORS.authors)?.text ?? '');
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const values: Partial<Record<Facet, string[]>> = {};
  for (const v of facetValues) {
    const parsed = parseFacetFilterValue(v);
    if (parsed) (values[parsed[0]] ??= []).push(parsed[1]);
  }
  const of = (facet: Facet) => values[facet] ?? [];
  const linked = (facet: keyof CardPaths, labels: readonly string[]) =>
    labels.map((label) => ({ label, path: paths[facet][label] ?? '' }));
  return {
    id: path.split('/').filter(Boolean).at(-1) ?? '',
    path,
    title,
    ...(names ? { names } : {}),
    ...(summary ? { summary } : {}),
    ...(anchors.some((a) => a.id === CARD_ANCHORS.unchecked) ? { unchecked: true as const } : {}),
    chips: [...linked('modality', of('modality')), ...linked('task', of('task').slice(0, CARD_MAX_TASKS))],
    authors: cutAuthors(authors),
    venue: of('venue')[0] ?? '',
    year: Number(of('year')[0]),
    categories: linked('category', of('category')),
    ...(code ? { code } : {}),
    facts: {
      authors,
      groups: of('group'),
      modalities: of('modality'),
      anatomy: of('anatomy'),
      tasks: of('task'),
      datasets: of('dataset'),
      clipUsage: of('clip'),
      ...(weights === NO_WEIGHTS ? { weightsNotReleased: true as const } : weights ? { weights } : {}),
      ...(arxiv ? { arxiv } : {}),
      ...(doi ? { doi } : {}),
    },
  };
}
