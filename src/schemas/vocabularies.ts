/**
 * Controlled vocabularies (taxonomy with its groups, venues, modalities, anatomy, tasks, uses of CLIP) live as
 * data under content/.
 * This module validates those files and derives the enums that paper and dataset schemas use,
 * so adding a venue is a data change, never a code change.
 */
import { z } from 'zod';
import taxonomyData from '../../content/taxonomy.json' with { type: 'json' };
import venuesData from '../../content/venues.json' with { type: 'json' };
import modalitiesData from '../../content/modalities.json' with { type: 'json' };
import anatomyData from '../../content/anatomy.json' with { type: 'json' };
import tasksData from '../../content/tasks.json' with { type: 'json' };
import clipUsageData from '../../content/clip-usage.json' with { type: 'json' };
// The search's own comparison of names; topics.ts imports only names.ts, so this adds no cycle.
import { topicKey } from '../lib/search/topics.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "multi-scale"');

/** One group of a category: the survey's next taxonomy level (e.g. "zero-shot" under classification). */
export const groupSchema = z.strictObject({
  id: slug.describe('Group id, unique within its category; papers write "<category>/<group>", e.g. "zero-shot"'),
  title: z.string().min(1).describe('Display name, e.g. "Zero-shot"'),
  description: z.string().min(1).describe('One sentence in our own words'),
  aliases: z
    .array(z.string().min(1))
    .describe(
      'Words that mean the same as the title (abbreviations, spellings, synonyms), indexed as words of every paper in the group; never a narrower example, which belongs in the description',
    ),
});

const nodeSchema = z.strictObject({
  id: slug.describe('Category id used in paper front matter, e.g. "multi-scale"'),
  title: z.string().min(1).describe('Display name, e.g. "Multi-scale alignment"'),
  order: z.number().int().describe('Position among its siblings, 1 first'),
  description: z.string().min(1).describe('One or two sentences in our own words'),
});

/** One leaf of the taxonomy: the category a paper is filed under, with its groups (if the survey splits it). */
export const leafSchema = nodeSchema.extend({ groups: z.array(groupSchema).min(2).optional() });

/** One branch of the taxonomy, holding leaves. */
export const branchSchema = nodeSchema.extend({ leaves: z.array(leafSchema).min(1) });

export const taxonomySchema = z.strictObject({ branches: z.array(branchSchema).min(1) });

/** A publication venue: conference, journal, workshop or preprint server. */
export const venueSchema = z.strictObject({
  id: slug.describe('Venue id used in paper front matter, e.g. "miccai"'),
  short: z.string().min(1).describe('Short display name, e.g. "MICCAI"'),
  name: z.string().min(1).describe('Full name, e.g. "Medical Image Computing and Computer-Assisted Intervention"'),
  kind: z.enum(['conference', 'journal', 'workshop', 'preprint']),
  registersDois: z
    .literal(false)
    .optional()
    .describe(
      'false for a venue that gives its papers no DOI (e.g. NeurIPS, ICLR, PMLR volumes such as ICML and MIDL), so that none of its papers is listed as missing one; leave out otherwise',
    ),
  aliases: z.array(z.string()).describe('Other spellings seen in the wild, used by the importer and scaffolder'),
});

/** A value of a small controlled vocabulary (modality, anatomy, task, use of CLIP). */
export const termSchema = z.strictObject({
  id: slug.describe('Id used in paper front matter, e.g. "chest-x-ray"'),
  label: z.string().min(1).describe('Display name, e.g. "Chest X-ray"'),
  description: z.string().min(1).describe('One line in our own words'),
  aliases: z
    .array(z.string().min(1))
    .describe(
      'Words that mean the same as the label (abbreviations, spellings, synonyms), indexed as words of every paper with this value; never a narrower example (an organ of a region, a disease, a named model), which belongs in the description',
    ),
});
export const modalitySchema = termSchema;

export type Leaf = z.infer<typeof leafSchema>;
export type Branch = z.infer<typeof branchSchema>;
export type Venue = z.infer<typeof venueSchema>;
export type Modality = z.infer<typeof modalitySchema>;
export type Term = z.infer<typeof termSchema>;
export type Group = z.infer<typeof groupSchema>;

function uniqueIds<T extends { id: string }>(items: T[], what: string): T[] {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`content/${what}: the id "${item.id}" is used twice`);
    seen.add(item.id);
  }
  return items;
}

/**
 * Throws when one word names two values of a vocabulary, as the label (or title) of one and an alias of another, or
 * as an alias of both: the search would find the papers of both by it, and a query of it could not say which page
 * it names. Compared as a search compares words: case, accents and punctuation aside ("X-ray" = "x ray").
 */
export function uniqueNames<
  T extends { id: string; aliases: readonly string[] } & ({ label: string } | { title: string }),
>(items: readonly T[], what: string): T[] {
  const owner = new Map<string, { id: string; name: string }>();
  for (const item of items) {
    const label = 'label' in item ? item.label : item.title;
    for (const name of new Set([label, ...item.aliases])) {
      const k = topicKey(name);
      const other = owner.get(k);
      if (other && other.id !== item.id)
        throw new Error(
          `content/${what}: "${name}" (of "${item.id}") and "${other.name}" (of "${other.id}") are the same word to the search, which would find the papers of both by it; keep it on one of them (as its label or an alias), and say the other in its description`,
        );
      owner.set(k, { id: item.id, name });
    }
  }
  return [...items];
}

/** The taxonomy, validated; branches and leaves sorted by `order`. */
export const taxonomy: { branches: Branch[] } = (() => {
  const parsed = taxonomySchema.parse(taxonomyData);
  const branches = [...parsed.branches].sort((a, b) => a.order - b.order);
  for (const b of branches) b.leaves.sort((x, y) => x.order - y.order);
  uniqueIds([...branches, ...branches.flatMap((b) => b.leaves)], 'taxonomy.json');
  return { branches };
})();

export const leaves: Leaf[] = taxonomy.branches.flatMap((b) => b.leaves);
export const venues: Venue[] = uniqueIds(z.array(venueSchema).parse(venuesData), 'venues.json');
/** A vocabulary's values, each id and each name (label or alias) once. */
const terms = <T extends Term>(list: T[], file: string): T[] => uniqueNames(uniqueIds(list, file), file);
export const modalities: Modality[] = terms(z.array(modalitySchema).parse(modalitiesData), 'modalities.json');
export const anatomies: Term[] = terms(z.array(termSchema).max(16).parse(anatomyData), 'anatomy.json');
export const tasks: Term[] = terms(z.array(termSchema).max(16).parse(tasksData), 'tasks.json');
export const clipUsages: Term[] = terms(z.array(termSchema).max(16).parse(clipUsageData), 'clip-usage.json');

/** A group with its scoped id, e.g. { id: "classification/zero-shot", leaf: "classification", ... }. */
export type Subgroup = Group & { leaf: string; key: string };
/** Every group of every category, ids scoped by category ("dense-prediction/others"). */
export const subgroups: Subgroup[] = uniqueNames(
  leaves.flatMap((l) => (l.groups ?? []).map((g) => ({ ...g, leaf: l.id, key: g.id, id: `${l.id}/${g.id}` }))),
  'taxonomy.json',
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

const normLabel = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const labelIndexes = new WeakMap<readonly Venue[], Map<string, string>>();

/** Label (normalised) -> venue id, built once per venue list; the first venue to claim a label keeps it. */
function labelIndex(list: readonly Venue[]): Map<string, string> {
  let index = labelIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const v of list) index.set(v.id, v.id);
    for (const v of list) {
      for (const label of [v.short, v.name, ...v.aliases]) {
        const key = normLabel(label);
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
  return index.get(label.trim()) ?? index.get(normLabel(label));
}
