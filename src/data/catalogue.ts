/**
 * The one place that queries the content collections. Each collection is read once per build and
 * memoised; pages and components take what they need from here (getCollection per page would make
 * build time grow as pages x entries).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from '@/lib/site/group';

export type PaperEntry = CollectionEntry<'papers'>;
export type DatasetEntry = CollectionEntry<'datasets'>;

let papersPromise: Promise<PaperEntry[]> | undefined;
let datasetsPromise: Promise<DatasetEntry[]> | undefined;

/** All papers, newest first (year, then preprint date, then date added: src/lib/site/group.ts newestFirst). */
export function getPapers(): Promise<PaperEntry[]> {
  papersPromise ??= getCollection('papers').then((list) => list.sort(newestFirst));
  return papersPromise;
}

/** All datasets, by name. */
export function getDatasets(): Promise<DatasetEntry[]> {
  datasetsPromise ??= getCollection('datasets').then((list) =>
    list.sort((a, b) => a.data.name.localeCompare(b.data.name)),
  );
  return datasetsPromise;
}
