/**
 * Controlled vocabularies (taxonomy with its groups, venues, modalities, anatomy, tasks, uses of CLIP) live as
 * data under content/.
 * This module validates those files and derives the enums that paper and dataset schemas use,
 * so adding a venue is a data change, never a code change.
 */
// Loading checks each list against its schema and rules (src/schemas/vocabulary-schemas.ts), with lines on failure.
import { loadList as load } from '../lib/catalogue/vocabulary-check.ts';
import taxonomyData from '../../content/taxonomy.json' with { type: 'json' };
import venuesData from '../../content/venues.json' with { type: 'json' };
import modalitiesData from '../../content/modalities.json' with { type: 'json' };
import anatomyData from '../../content/anatomy.json' with { type: 'json' };
import tasksData from '../../content/tasks.json' with { type: 'json' };
import clipUsageData from '../../content/clip-usage.json' with { type: 'json' };
import {
  venueLabelKey,
  type Branch,
  type Group,
  type Leaf,
  type Modality,
  type Term,
  type Venue,
} from './vocabulary-schemas.ts';

export * from './vocabulary-schemas.ts';

/** The taxonomy, validated; branches and leaves sorted by `order`. */
export const taxonomy: { branches: Branch[] } = (() => {
  const parsed = load('taxonomy.json', taxonomyData);
  const branches = [...parsed.branches].sort((a, b) => a.order - b.order);
  for (const b of branches) b.leaves.sort((x, y) => x.order - y.order);
  return { branches };
})();

export const leaves: Leaf[] = taxonomy.branches.flatMap((b) => b.leaves);
export const venues: Venue[] = load('venues.json', venuesData);
export const modalities: Modality[] = load('modalities.json', modalitiesData);
export const anatomies: Term[] = load('anatomy.json', anatomyData);
export const tasks: Term[] = load('tasks.json', tasksData);
export const clipUsages: Term[] = load('clip-usage.json', clipUsageData);

/** A group with its scoped id, e.g. { id: "classification/zero-shot", leaf: "classification", ... }. */
export type Subgroup = Group & { leaf: string; key: string };
/** Every group of every category, ids scoped by category ("dense-prediction/others"), in taxonomy order. */
export const subgroups: Subgroup[] = leaves.flatMap((l) =>
  (l.groups ?? []).map((g) => ({ ...g, leaf: l.id, key: g.id, id: `${l.id}/${g.id}` })),
);

export const categoryIds = leaves.map((l) => l.id) as [string, ...string[]];
export const venueIds = venues.map((v) => v.id) as [string, ...string[]];
export const modalityIds = modalities.map((m) => m.id) as [string, ...string[]];
export const anatomyIds = anatomies.map((m) => m.id) as [string, ...string[]];
export const taskIds = tasks.map((m) => m.id) as [string, ...string[]];
export const clipUsageIds = clipUsages.map((m) => m.id) as [string, ...string[]];
export const subgroupIds = subgroups.map((g) => g.id) as [string, ...string[]];
/** Categories of the applications branch: only their papers say how they use CLIP. */
export const applicationLeafIds = new Set(
  taxonomy.branches.find((b) => b.id === 'applications')?.leaves.map((l) => l.id),
);

/** A Map-backed lookup by id that throws on an unknown id (ids in entries are validated by the schemas). */
function lookup<T extends { id: string }>(items: readonly T[], what: string): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`unknown ${what} id "${id}"`);
    return found;
  };
}

/** The venue record of a venue id: venueOf("miccai").short === "MICCAI". */
export const venueOf = lookup(venues, 'venue');
/** The leaf (category) record of a category id. */
export const leafOf = lookup(leaves, 'category');
/** The modality record of a modality id. */
export const modalityOf = lookup(modalities, 'modality');
/** The anatomy record of an anatomy id. */
export const anatomyOf = lookup(anatomies, 'anatomy');
/** The task record of a task id. */
export const taskOf = lookup(tasks, 'task');
/** The record of a use of CLIP. */
export const clipUsageOf = lookup(clipUsages, 'CLIP usage');
/** The group record of a scoped group id, e.g. subgroupOf("classification/zero-shot").title === "Zero-shot". */
export const subgroupOf = lookup(subgroups, 'group');

const branchByLeaf = new Map(taxonomy.branches.flatMap((b) => b.leaves.map((l) => [l.id, b] as const)));

/** The branch a leaf category belongs to. */
export function branchOf(categoryId: string): Branch {
  const branch = branchByLeaf.get(categoryId);
  if (!branch) throw new Error(`unknown category id "${categoryId}"`);
  return branch;
}

const labelIndexes = new WeakMap<readonly Venue[], Map<string, string>>();

/**
 * Label (normalised) -> venue id, built once per venue list; the first venue to claim a label keeps it (in
 * content/venues.json no two venues share one: VENUE_LABELS in vocabulary-schemas.ts).
 */
function labelIndex(list: readonly Venue[]): Map<string, string> {
  let index = labelIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const v of list) index.set(v.id, v.id);
    for (const v of list) {
      for (const label of [v.short, v.name, ...v.aliases]) {
        const key = venueLabelKey(label);
        if (key && !index.has(key)) index.set(key, v.id);
      }
    }
    labelIndexes.set(list, index);
  }
  return index;
}

/**
 * The venue id for a label as people write it: the id, the short or full name, or an alias, ignoring case
 * and punctuation. venueIdForLabel("IEEE TMI") === "ieee-tmi". `list` defaults to content/venues.json.
 */
export function venueIdForLabel(label: string, list: readonly Venue[] = venues): string | undefined {
  const index = labelIndex(list);
  return index.get(label.trim()) ?? index.get(venueLabelKey(label));
}
