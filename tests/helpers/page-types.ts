/**
 * One concrete page of every page type of the site, chosen from the real catalogue (never typed-in ids),
 * for the checks that must cover every page type: axe, JavaScript disabled, base-path build.
 */
import { branchOf, venues } from '../../src/schemas/vocabularies.ts';
import { loadAuthorIndex, loadCatalogue, type LoadedPaper } from './catalogue.ts';
import { displayName } from '../../src/lib/catalogue/person.ts';
import { PAGE_SIZE } from '../../src/lib/site/pages.ts';
import { coverage } from '../../src/lib/quality/coverage.ts';
import { missingPath } from '../../src/lib/quality/coverage-pages.ts';
import { hasAuthorPage } from '../../src/lib/site/authors.ts';

const catalogue = loadCatalogue();

/** Papers using a dataset (trained or evaluated on it, or a model of it), in the catalogue's order. */
export const papersUsing = (datasetId: string): string[] =>
  (catalogue.uses.byDataset.get(datasetId) ?? []).map((u) => u.paper.id);

/**
 * The paper whose page shows the most: a summary, code, several categories, a dataset, identifiers.
 * Ties go to the first id, so the choice is stable.
 */
function richness(p: LoadedPaper): number {
  const d = p.data;
  return (
    (p.body ? 4 : 0) +
    Object.keys(d.links).length +
    d.categories.length +
    (d.modalities?.length ?? 0) +
    (d.arxiv ? 1 : 0) +
    (d.doi ? 1 : 0) +
    (catalogue.uses.byPaper.has(p.id) ? 2 : 0)
  );
}

export const samplePaper: LoadedPaper = [...catalogue.papers]
  .sort((a, b) => a.id.localeCompare(b.id))
  .reduce((best, p) => (richness(p) > richness(best) ? p : best));

const leafId = samplePaper.data.categories[0]!;
const branch = branchOf(leafId);
if (!branch) throw new Error(`category ${leafId} of ${samplePaper.id} has no branch in content/taxonomy.json`);
const venue = venues.find((v) => v.id === samplePaper.data.venue)!;
/** A dataset that some papers use, few enough that its first page lists them all. */
const dataset =
  catalogue.datasets.find((d) => papersUsing(d.id).length > 1 && papersUsing(d.id).length <= PAGE_SIZE) ??
  catalogue.datasets.find((d) => papersUsing(d.id).length > 0) ??
  catalogue.datasets[0]!;

/** A modality with papers, and a group of a category (the sample paper's own where it has them). */
const modality =
  samplePaper.data.modalities?.[0] ?? catalogue.papers.find((p) => p.data.modalities?.length)!.data.modalities![0]!;
const group =
  samplePaper.data.subgroups?.[0] ?? catalogue.papers.find((p) => p.data.subgroups?.length)!.data.subgroups![0]!;

/** A page to visit: its path relative to the site root, and what its h1 should say when it is known. */
export type PageType = { type: string; path: string; heading?: string };

/**
 * Every page type with one concrete URL. The author page is not listed: author ids are the page builder's
 * normalisation, so tests reach it by following the author's link on `authorPaper`'s page (see authorName).
 */
export const pageTypes: PageType[] = [
  { type: 'home', path: '' },
  { type: 'branch', path: `taxonomy/${branch.id}/`, heading: branch.title },
  {
    type: 'leaf',
    path: `taxonomy/${branch.id}/${leafId}/`,
    heading: branch.leaves.find((l) => l.id === leafId)!.title,
  },
  { type: 'paper', path: `papers/${samplePaper.id}/`, heading: samplePaper.data.title },
  { type: 'authors index', path: 'authors/' },
  { type: 'venues index', path: 'venues/' },
  { type: 'venue', path: `venues/${venue.id}/` },
  { type: 'years index', path: 'years/' },
  { type: 'year', path: `years/${samplePaper.data.year}/`, heading: String(samplePaper.data.year) },
  { type: 'datasets index', path: 'datasets/' },
  { type: 'dataset', path: `datasets/${dataset.id}/`, heading: dataset.data.name },
  { type: 'about', path: 'about/' },
  { type: 'contributing', path: 'contributing/' },
  { type: '404', path: '404.html' },
  { type: 'search', path: 'search/' },
  { type: 'browse', path: 'browse/' },
  { type: 'modality', path: `modalities/${modality}/` },
  { type: 'group', path: `taxonomy/${branchOf(group.split('/')[0]!).id}/${group}/` },
  { type: 'insights', path: 'insights/', heading: 'The field at a glance' },
  { type: 'coverage', path: 'coverage/', heading: 'Coverage' },
  { type: 'selection', path: 'selection/' },
  // A list of papers missing a fact, where the catalogue has one (a complete catalogue has none).
  ...coverage(catalogue.papers)
    .facts.filter((f) => f.missing.length > 0)
    .slice(0, 1)
    .map((f) => ({ type: 'coverage list', path: missingPath(f.key) })),
];

/** The people of the catalogue, as the site builds them (with the alias file). */
export const authorIndex = loadAuthorIndex();
const paged = (p: LoadedPaper) => p.data.authors.find((stored) => hasAuthorPage(authorIndex.byName(stored)));
/**
 * The paper from which tests follow an author's link to the author page: `samplePaper` when one of its authors
 * has a page (two or more papers), else the first paper, by id, that has such an author.
 */
export const authorPaper: LoadedPaper = paged(samplePaper)
  ? samplePaper
  : [...catalogue.papers].sort((a, b) => a.id.localeCompare(b.id)).find((p) => paged(p))!;
/** That author as stored ("Family, Given"): the first author of `authorPaper` with a page. */
export const authorStored: string = paged(authorPaper)!;
/** That author's name as the site shows it, given name first. */
export const authorName: string = displayName(authorStored);

export { catalogue, dataset as sampleDataset, venue as sampleVenue };
