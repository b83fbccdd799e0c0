/**
 * The pages a search's words can name (see topics.ts), built once per build from the vocabularies, the dataset
 * records and the search page's facet counts.
 */
import {
  anatomies,
  clipUsages,
  leaves,
  modalities,
  subgroups,
  taxonomy,
  tasks,
  venues,
  type Term,
} from '../../schemas/vocabularies.ts';
import { factPath } from '../site/facts.ts';
import { branchPath, datasetPath, groupPath, leafPath, venuePath, yearPath } from '../site/routes.ts';
import { leafTitle } from './attributes.ts';
import type { FacetValue } from './facets.ts';
import type { Facet } from './state.ts';
import { topicKey, type Topic } from './topics.ts';

/** The dataset records the topics need: id, display name and other names. */
export type DatasetNames = { id: string; name: string; aliases?: readonly string[] | undefined };

/**
 * Every page a query can name that has papers, with the number of papers the facet counts give it.
 * @param values the search page's facet values (labels and counts of the whole catalogue)
 * @param datasets the dataset records (their names are the dataset facet's labels)
 */
export function buildTopics(values: Record<Facet, FacetValue[]>, datasets: readonly DatasetNames[]): Topic[] {
  const out: Topic[] = [];
  const counts = new Map<Facet, Map<string, number>>();
  const countOf = (facet: Facet, value: string) => {
    if (!counts.has(facet)) counts.set(facet, new Map(values[facet].map((v) => [v.value, v.count])));
    return counts.get(facet)!.get(value) ?? 0;
  };
  /** `value` is the facet's label for it; `label`, what the link says (the first name it answers to). */
  const add = (kind: string, facet: Facet, value: string, path: string, names: readonly string[], label = value) => {
    const count = countOf(facet, value);
    if (!count) return;
    const keys = [...new Set([label, value, ...names].map(topicKey).filter(Boolean))];
    out.push({ kind, label, path, count, names: keys });
  };
  for (const b of taxonomy.branches) add('Branch', 'branch', b.title, branchPath(b.id), []);
  for (const l of leaves) add('Category', 'category', l.title, leafPath(l.id), []);
  // A group is named with its category ("Cross-modal tasks › Report generation"): a task of the same name is another
  // page, and a query of that name alone offers the task, named outright, rather than the group (see topicsFor).
  for (const g of subgroups)
    add('Group', 'group', g.title, groupPath(g.leaf, g.key), g.aliases, `${leafTitle(g.leaf)} › ${g.title}`);
  const terms = (kind: string, facet: Facet, key: string, list: readonly Term[]) => {
    for (const t of list) add(kind, facet, t.label, factPath(key, t.id), t.aliases);
  };
  terms('Modality', 'modality', 'modalities', modalities);
  terms('Anatomy', 'anatomy', 'anatomy', anatomies);
  terms('Task', 'task', 'tasks', tasks);
  terms('Use of CLIP', 'clip', 'clip-usage', clipUsages);
  for (const d of datasets) add('Dataset', 'dataset', d.name, datasetPath(d.id), d.aliases ?? []);
  // The facet counts venues by short name; the link gives the full one.
  for (const v of venues) add('Venue', 'venue', v.short, venuePath(v.id), [], v.name);
  for (const { value } of values.year) add('Year', 'year', value, yearPath(value), []);
  return out;
}
