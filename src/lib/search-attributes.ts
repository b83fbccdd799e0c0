/**
 * What Pagefind indexes about a paper besides its text: filters (facets), metadata shown in results,
 * and sort keys. Every paper carries every sort key, since Pagefind drops pages lacking one from sorted results.
 */
import type { Paper } from '../schemas/paper.ts';
import { branchOf, leaves, modalities, venues } from '../schemas/vocabularies.ts';

type Pairs = [string, string][];

export function searchAttributes(paper: Paper, datasetNames: string[]): { filters: Pairs; meta: Pairs; sort: Pairs } {
  const leafTitle = (id: string) => leaves.find((l) => l.id === id)?.title ?? id;
  const venue = venues.find((v) => v.id === paper.venue);
  const filters: Pairs = [
    ...paper.categories.map((c): [string, string] => ['category', leafTitle(c)]),
    ...[...new Set(paper.categories.map((c) => branchOf(c)?.title ?? ''))].filter(Boolean).map((b): [string, string] => ['branch', b]),
    ['year', String(paper.year)],
    ['venue', venue?.short ?? paper.venue],
    ...(paper.modalities ?? []).map((m): [string, string] => ['modality', modalities.find((x) => x.id === m)?.label ?? m]),
    ['code', paper.links.code ? 'Code available' : 'No code'],
    ...datasetNames.map((d): [string, string] => ['dataset', d]),
  ];
  const meta: Pairs = [
    ['title', paper.title],
    ['authors', paper.authors.join(', ')],
    ['venue', venue?.short ?? paper.venue],
    ['year', String(paper.year)],
    ['categories', paper.categories.map(leafTitle).join(' · ')],
    ['code', paper.links.code ? 'yes' : 'no'],
  ];
  const sort: Pairs = [
    ['year', String(paper.year)],
    ['added', paper.added],
  ];
  return { filters, meta, sort };
}
