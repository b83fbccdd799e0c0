/**
 * The facts a paper can be browsed by, besides the taxonomy, venues, years and datasets: each kind has its own
 * pages (/modalities/ct/, /anatomy/chest/, /tasks/retrieval/, /clip-usage/adapter/), a search facet and a
 * vocabulary under content/.
 */
import type { Paper } from '../../schemas/paper.ts';
import { anatomies, clipUsages, modalities, tasks, type Term } from '../../schemas/vocabularies.ts';
import type { Facet } from '../search/state.ts';

export type FactKind = {
  /** URL segment, e.g. "modalities" */
  key: string;
  /** The paper field holding the ids */
  field: 'modalities' | 'anatomy' | 'tasks' | 'clipUsage';
  /** One value's kind, e.g. "Modality"; the index page's title, e.g. "Modalities" */
  label: string;
  plural: string;
  /** The search facet of the same values */
  facet: Facet;
  terms: readonly Term[];
  /** One sentence for the index page */
  intro: string;
};

export const FACT_KINDS: readonly FactKind[] = [
  {
    key: 'modalities',
    field: 'modalities',
    label: 'Modality',
    plural: 'Modalities',
    facet: 'modality',
    terms: modalities,
    intro: 'The imaging modality each paper works with.',
  },
  {
    key: 'anatomy',
    field: 'anatomy',
    label: 'Anatomy',
    plural: 'Anatomy',
    facet: 'anatomy',
    terms: anatomies,
    intro: 'The body region or organ each paper studies.',
  },
  {
    key: 'tasks',
    field: 'tasks',
    label: 'Task',
    plural: 'Tasks',
    facet: 'task',
    terms: tasks,
    intro: 'The tasks each paper evaluates.',
  },
  {
    key: 'clip-usage',
    field: 'clipUsage',
    label: 'Use of CLIP',
    plural: 'Uses of CLIP',
    facet: 'clip',
    terms: clipUsages,
    intro: 'How the application papers put CLIP to work: a pre-trained CLIP model, or a CLIP-style model of their own.',
  },
];

/** The ids of one kind a paper carries. */
export const factIds = (kind: FactKind, paper: Paper): readonly string[] => paper[kind.field] ?? [];

/** The page of one value, relative to the site root: factPath("modalities", "ct") -> "modalities/ct/". */
export const factPath = (kind: string, id: string) => `${kind}/${id}/`;

/** The title of the feed of additions of one value, the feed's own and its link's, e.g. "…: new papers, Modality: CT". */
export function factFeedTitle(siteName: string, kind: FactKind, term: Term): string {
  return `${siteName}: new papers, ${kind.label}: ${term.label}`;
}
