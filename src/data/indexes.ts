/**
 * Derived indexes of the catalogue (authors, venues, years, datasets per paper, related papers), each computed
 * once per build from the memoised collections and shared by every page.
 */
import aliasesData from '../../content/author-aliases.json' with { type: 'json' };
import { loadList } from '@/lib/catalogue/vocabulary-check';
import { branchOf, leafOf, venueOf } from '@/schemas/vocabularies';
import { buildAuthorIndex, initialOf, type AuthorIndex } from '@/lib/site/authors';
import { byAddedDesc, indexBy } from '@/lib/site/group';
import { relatedPapers } from '@/lib/site/related';
import { datasetUses } from '@/lib/site/dataset-uses';
import { cardData } from '@/lib/site/card';
import { FACT_KINDS, factIds } from '@/lib/site/facts';
import { facetValues, type FacetValue } from '@/lib/search/facets';
import type { Facet } from '@/lib/search/state';
import { getDatasets, getPapers, type DatasetEntry, type PaperEntry } from './catalogue';

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

const aliases = loadList('author-aliases.json', aliasesData);

/** Everyone who wrote a paper of the catalogue; one person, one page. */
export const getAuthorIndex = once(async (): Promise<AuthorIndex<PaperEntry>> =>
  buildAuthorIndex(await getPapers(), aliases),
);

/** Authors by the A-Z initial of their family name ("#" for other scripts), in index order. */
export const getAuthorsByLetter = once(async () => indexBy((await getAuthorIndex()).authors, initialOf));

/** Papers by leaf category id (a paper in two categories is in both lists), newest first. */
export const getPapersByCategory = once(async () => indexBy(await getPapers(), (p) => p.data.categories));

/** Papers by branch id, newest first, each paper once. */
export const getPapersByBranch = once(async () =>
  indexBy(await getPapers(), (p) => [...new Set(p.data.categories.map((c) => branchOf(c).id))]),
);

/** Papers by venue id, newest first. */
export const getPapersByVenue = once(async () => indexBy(await getPapers(), (p) => p.data.venue));

/** Papers by year (as a string key), newest first. */
export const getPapersByYear = once(async () => indexBy(await getPapers(), (p) => p.data.year));

/** All papers, the most recently added first. */
export const getRecentlyAdded = once(async () => byAddedDesc(await getPapers()));

/** Papers by id. */
export const getPaperById = once(async () => new Map((await getPapers()).map((p) => [p.id, p])));

/** Which papers use which dataset, and how (trained on, evaluated on, a released model pre-trained on it), both ways. */
export const getDatasetUses = once(async () => datasetUses(await getPapers(), await getDatasets()));

/** Papers by the values of one kind of fact (modalities, anatomy, tasks, uses of CLIP), newest first. */
export const getPapersByFact = once(async () => {
  const papers = await getPapers();
  return new Map(FACT_KINDS.map((kind) => [kind.key, indexBy(papers, (p) => factIds(kind, p.data))]));
});

/** Papers by subgroup id ("classification/zero-shot"), newest first. */
export const getPapersBySubgroup = once(async () => indexBy(await getPapers(), (p) => p.data.subgroups ?? []));

const facetCache = new Map<string, Record<Facet, FacetValue[]>>();

/**
 * The facet values and counts of a list's papers (for its filter panel), computed once per list however many
 * pages the list has. `key` names the list, e.g. "year:2023".
 */
export async function getFacetValues(key: string, papers: readonly PaperEntry[]) {
  let values = facetCache.get(key);
  if (!values) {
    const { byPaper } = await getDatasetUses();
    values = facetValues(papers, (id) => (byPaper.get(id) ?? []).map((u) => u.dataset.data.name));
    facetCache.set(key, values);
  }
  return values;
}

/**
 * Every paper's card (src/lib/site/card.ts), with the names of the datasets it uses, computed once: a card is shown
 * on a dozen list pages and also fills card.json and the CSV export.
 */
export const getCards = once(async () => {
  const { byPaper } = await getDatasetUses();
  return new Map(
    (await getPapers()).map((p) => [
      p.id,
      cardData(
        p.id,
        p.data,
        p.body ?? '',
        (byPaper.get(p.id) ?? []).map((u) => u.dataset.data.name),
      ),
    ]),
  );
});

/** Related paper ids for every paper (top 5), computed once for the whole catalogue. */
export const getRelated = once(async () => relatedPapers(await getPapers(), 5));

// Vocabulary lookups live with the vocabularies; re-exported for the pages that read them from here.
export { leafOf, venueOf };

export type { DatasetEntry, PaperEntry };
