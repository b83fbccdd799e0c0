/**
 * What Pagefind indexes about a paper besides its text: filters (facets) and metadata shown in results (the sort
 * orders are a file of their own: src/lib/search/orders.ts).
 * Filters are facet values (rendered into Pagefind's single `facet` filter by PagefindMeta).
 * Filter values are display labels (leaf titles, venue short names, modality labels), so the search page
 * shows them as they are and a shared URL reads naturally (`?category=Dense+prediction`).
 */
import type { CardData } from '../site/card.ts';
import type { Paper } from '../../schemas/paper.ts';
import {
  anatomyOf,
  branchOf,
  clipUsageOf,
  leafOf,
  leaves,
  modalities,
  modalityOf,
  subgroupOf,
  taskOf,
  tasks,
  venueOf,
  type Term,
} from '../../schemas/vocabularies.ts';
import { type Facet, indexedWords } from './state.ts';
import { type CardPaths, packCard, UNCHECKED_LINE } from './card-meta.ts';
import { displayName } from '../catalogue/person.ts';
import { leafPath } from '../site/routes.ts';
import { factPath } from '../site/facts.ts';

type Pairs = [string, string][];
type FacetPairs = readonly (readonly [Facet, string])[];

/**
 * The one value of the `code` facet ("has code"). Papers without code carry no value: a "No code" value
 * would add a filter entry for most papers (bytes on every first search) for a filter nobody asks for.
 */
export const CODE_AVAILABLE = 'Code available';

/** Display title of a taxonomy leaf id, e.g. "multi-scale" -> "Multi-scale alignment". */
export function leafTitle(id: string): string {
  return leafOf(id).title;
}

/**
 * Filters and metadata of one paper, as [name, value] pairs.
 * @param paper validated front matter
 * @param datasetNames names of the catalogue's datasets this paper uses (src/lib/site/dataset-uses.ts)
 * @param card the paper's list card (src/lib/site/card.ts; built once per paper by getCards in src/data/indexes.ts),
 *   which search results show
 */
export function searchAttributes(
  paper: Paper,
  datasetNames: readonly string[],
  card: CardData,
): { filters: FacetPairs; meta: Pairs } {
  // The result card is the list card, rebuilt from the page's filters, URL and title plus what only `card` holds
  // (src/lib/search/card-meta.ts); Pagefind keeps `title` for its own use.
  const meta: Pairs = [
    ['title', paper.title],
    ['card', packCard(card)],
  ];
  // No sort keys: the search's orders are a file of their own (src/lib/search/orders.ts).
  return { filters: searchFilters(paper, datasetNames), meta };
}

let paths: string | undefined;

/**
 * The links of the card values a search result rebuilds from its filters (see unpackCard), by label, as the JSON
 * every paper browser carries; built once per build from the vocabularies.
 */
export function cardPathsJson(): string {
  paths ??= JSON.stringify({
    category: Object.fromEntries(leaves.map((l) => [l.title, leafPath(l.id)])),
    modality: Object.fromEntries(modalities.map((m) => [m.label, factPath('modalities', m.id)])),
    task: Object.fromEntries(tasks.map((t) => [t.label, factPath('tasks', t.id)])),
  } satisfies CardPaths);
  return paths;
}

/**
 * The facet values of one paper, as [facet, value] pairs: what its page gives Pagefind, and what the filter panels
 * (src/lib/search/facets.ts) and the insights page count.
 */
export function searchFilters(paper: Paper, datasetNames: readonly string[]): FacetPairs {
  // A paper's pairs are asked for by its page and by every list it is on (its year, venue, categories, facts...),
  // about ten times per paper in a build, so they are kept with the front matter object they were made from.
  const names = datasetNames.join('\u0000');
  const cached = filtersCache.get(paper);
  if (cached?.names === names) return cached.filters;
  const filters = filtersOf(paper, datasetNames);
  filtersCache.set(paper, { names, filters });
  return filters;
}

const filtersCache = new WeakMap<Paper, { names: string; filters: FacetPairs }>();

function filtersOf(paper: Paper, datasetNames: readonly string[]): FacetPairs {
  const venue = venueOf(paper.venue);
  const branches = [...new Set(paper.categories.map((c) => branchOf(c).title))];
  return [
    ...paper.categories.map((c): [Facet, string] => ['category', leafTitle(c)]),
    ...branches.map((b): [Facet, string] => ['branch', b]),
    ['year', String(paper.year)],
    ['venue', venue.short],
    ...(paper.subgroups ?? []).map((g): [Facet, string] => ['group', subgroupOf(g).title]),
    ...(paper.modalities ?? []).map((m): [Facet, string] => ['modality', modalityOf(m).label]),
    ...(paper.anatomy ?? []).map((m): [Facet, string] => ['anatomy', anatomyOf(m).label]),
    ...(paper.tasks ?? []).map((m): [Facet, string] => ['task', taskOf(m).label]),
    ...(paper.clipUsage ?? []).map((m): [Facet, string] => ['clip', clipUsageOf(m).label]),
    ...[...new Set(datasetNames)].map((d): [Facet, string] => ['dataset', d]),
    ...(paper.links.code ? [['code', CODE_AVAILABLE] as [Facet, string]] : []),
  ];
}

/**
 * The texts a paper page shows and gives the search index, its hidden words (indexTerms) aside: title, method
 * names, authors, venue, year, categories, summary (plain text), the unchecked notice of a flagged entry, its data
 * notes. The vocabulary of the spelling check (src/pages/search/words.json.ts) and the page's acronym tokens
 * (acronymTokens) are read from these and the hidden words, so both follow what Pagefind holds. Identifiers (arXiv
 * id, DOI) are indexed too but left out: no one searches by their pieces.
 */
export function shownTexts(paper: Paper, summary: string): string[] {
  const venue = venueOf(paper.venue);
  return [
    paper.title,
    ...(paper.names ?? []),
    ...paper.authors.map(displayName),
    venue.name,
    venue.short,
    String(paper.year),
    ...paper.categories.map((c) => `${branchOf(c).title}: ${leafTitle(c)}`),
    summary,
    ...(paper.flagged ? [UNCHECKED_LINE] : []),
    ...(paper.notes ?? []),
  ];
}

/**
 * Words that find a paper besides its own text: the labels and aliases of its vocabulary values (so "CXR",
 * "chest radiograph" and "chest X-ray" find the same papers, "tumour" and "tumor" too), its groups' words,
 * and its dataset names and aliases. Indexed from a hidden element of the paper page, never shown.
 * `shown`: the page's own indexed text (title, names, summary); a vocabulary word it already holds is not repeated,
 * since every repeat lengthens the word's location list, which a search for it downloads.
 */
export function indexTerms(paper: Paper, datasetTerms: readonly string[] = [], shown = ''): string {
  const terms = (list: readonly Term[]) => list.flatMap((t) => [t.label, ...t.aliases]);
  const words = [
    ...terms((paper.modalities ?? []).map(modalityOf)),
    ...terms((paper.anatomy ?? []).map(anatomyOf)),
    ...terms((paper.tasks ?? []).map(taskOf)),
    ...terms((paper.clipUsage ?? []).map(clipUsageOf)),
    ...(paper.subgroups ?? []).map(subgroupOf).flatMap((g) => [g.title, ...g.aliases]),
  ];
  // Each word once: a page is found by every word it holds, and the repeats ("Chest X-ray · chest radiograph ·
  // chest X-ray · Chest") only made the index larger, and broad queries slower, at 10,000 papers.
  // A vocabulary word the page's text holds is left out; dataset names are kept even when the summary names them:
  // without this weighted copy a query of dataset names ranked the papers that use them lower (bench:relevance:
  // "VQA-RAD SLAKE" and "CheXpert RSNA pneumonia" fell from first to third).
  const inText = new Set(indexedWords(shown));
  const seen = new Set<string>();
  const kept: string[] = [];
  const keep = (list: readonly string[], unlessShown: boolean) => {
    for (const { word, key } of list.flatMap(wordsOfTerm)) {
      if (!key || seen.has(key) || (unlessShown && inText.has(key))) continue;
      seen.add(key);
      kept.push(word);
    }
  };
  keep(words, true);
  keep(datasetTerms, false);
  return kept.join(' ');
}

/** A term's words in each of its spellings, with the key the index files each under; the same few hundred terms
 * recur on every paper, so each is split once per build. */
const termWords = new Map<string, readonly { word: string; key: string }[]>();
function wordsOfTerm(term: string): readonly { word: string; key: string }[] {
  let found = termWords.get(term);
  if (!found) {
    found = spellings(term)
      .flatMap((t) => t.split(/\s+/))
      .map((word) => ({ word, key: indexedWords(word).join(' ') }));
    termWords.set(term, found);
  }
  return found;
}

/** British and American spellings index alike: tumour/tumor, localisation/localization, oesophagus/esophagus. */
function spellings(word: string): string[] {
  const us = word
    .replace(/our\b/g, 'or')
    .replace(/isation/g, 'ization')
    .replace(/oe(?=soph)/g, 'e');
  const uk = word.replace(/(?<=tum|col|behavi)or\b/g, 'our').replace(/ization/g, 'isation');
  return [...new Set([word, us, uk])];
}
