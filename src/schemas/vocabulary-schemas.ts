/**
 * The schemas of the controlled vocabularies under content/ (taxonomy, venues, modalities, anatomy, tasks, uses
 * of CLIP), and the rules a list must keep beyond its schema: each id once, each name (label, title or alias) naming
 * one value only. Pure: nothing here reads a file, so the checker (src/lib/catalogue/vocabulary-check.ts) can report
 * a broken list with its lines before src/schemas/vocabularies.ts, which loads the lists, is imported.
 */
import { z } from 'zod';
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

/** A place in a parsed file: object keys and list indexes, as Zod reports them. */
export type Path = readonly (string | number)[];
/**
 * A value of a list that breaks a rule: where it is, where the value it clashes with is, and what to do; `message`
 * is given how to name a place (the checker names lines, the loader paths).
 */
export type Conflict = { path: Path; other: Path; message: (where: (path: Path) => string) => string };

type Ided = { path: Path; id: string };
type Named = Ided & { names: readonly { path: Path; name: string }[] };

/** Each id once: the second use of an id, pointing at the first. */
export function idConflicts(items: readonly Ided[], what = 'id'): Conflict[] {
  const first = new Map<string, Ided>();
  const out: Conflict[] = [];
  for (const item of items) {
    const other = first.get(item.id);
    if (other)
      out.push({
        path: item.path,
        other: other.path,
        message: (where) =>
          `the ${what} "${item.id}" is already used (${where(other.path)}); every ${what} names one value: rename one of the two`,
      });
    else first.set(item.id, item);
  }
  return out;
}

/** How a list compares names, and what it says when two values share one. */
type NameRule = {
  key: (name: string) => string;
  message: (name: string, id: string, otherName: string, otherId: string, where: string) => string;
};

/**
 * One word, one value, for the search: a word that is the label (or title) of one value and an alias of another, or
 * an alias of both, would make the search find the papers of both by it, and a query of it could not say which page
 * it names. Compared as a search compares words: case, accents and punctuation aside ("X-ray" = "x ray").
 */
const SEARCH_WORDS: NameRule = {
  key: topicKey,
  message: (name, id, otherName, otherId, where) =>
    `"${name}" (of "${id}") and "${otherName}" (of "${otherId}", ${where}) are the same word to the search, which would find the papers of both by it; keep it on one of them (as its label or an alias), and say the other in its description`,
};

/** A venue label as venue names are matched (the checker's suggestions, the scaffolder, the importer): letters and digits only. */
export const venueLabelKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** One label, one venue: the matcher would take a label two venues share for the first of them. */
const VENUE_LABELS: NameRule = {
  key: venueLabelKey,
  message: (name, id, otherName, otherId, where) =>
    `"${name}" (of "${id}") and "${otherName}" (of "${otherId}", ${where}) are the same label once case and punctuation are set aside, so a paper's venue written this way could not be told apart; keep it on one venue`,
};

/** Names that are one to `rule` must belong to one value; a value may repeat its own name in another spelling. */
export function nameConflicts(items: readonly Named[], rule: NameRule = SEARCH_WORDS): Conflict[] {
  const owner = new Map<string, { id: string; name: string; path: Path }>();
  const out: Conflict[] = [];
  for (const item of items) {
    for (const { path, name } of item.names) {
      const key = rule.key(name);
      const other = owner.get(key);
      if (other && other.id !== item.id)
        out.push({
          path,
          other: other.path,
          message: (where) => rule.message(name, item.id, other.name, other.id, where(other.path)),
        });
      else if (!other) owner.set(key, { id: item.id, name, path });
    }
  }
  return out;
}

/** The venues with where their id and labels are (the id is a label too: a paper may name its venue by it). */
const venueItems = (list: readonly Venue[]): Named[] =>
  list.map((v, i) => ({
    path: [i, 'id'],
    id: v.id,
    names: [
      { path: [i, 'id'], name: v.id },
      { path: [i, 'short'], name: v.short },
      { path: [i, 'name'], name: v.name },
      ...v.aliases.map((name, j) => ({ path: [i, 'aliases', j], name })),
    ],
  }));

/** "[3].aliases[1]": a path as a reader of the JSON finds it. */
export function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(file)';
}

/** The values of a term list (modalities, anatomy, tasks, uses of CLIP) with where their id and names are. */
const termItems = (list: readonly Term[]): Named[] =>
  list.map((t, i) => ({
    path: [i, 'id'],
    id: t.id,
    names: [{ path: [i, 'label'], name: t.label }, ...t.aliases.map((name, j) => ({ path: [i, 'aliases', j], name }))],
  }));

const termList = (max?: number) => ({
  schema: max ? z.array(termSchema).max(max) : z.array(termSchema),
  conflicts: (list: Term[]) => [...idConflicts(termItems(list)), ...nameConflicts(termItems(list))],
});

/** The groups of every category, each with its scoped id ("classification/zero-shot") and where it is. */
export function taxonomyGroups(taxonomy: z.infer<typeof taxonomySchema>) {
  return taxonomy.branches.flatMap((b, i) =>
    b.leaves.flatMap((l, j) =>
      (l.groups ?? []).map((g, k) => ({ group: g, leaf: l.id, path: ['branches', i, 'leaves', j, 'groups', k] })),
    ),
  );
}

function taxonomyConflicts(taxonomy: z.infer<typeof taxonomySchema>): Conflict[] {
  const nodes = taxonomy.branches.flatMap((b, i) => [
    { path: ['branches', i, 'id'], id: b.id },
    ...b.leaves.map((l, j) => ({ path: ['branches', i, 'leaves', j, 'id'], id: l.id })),
  ]);
  const groups = taxonomyGroups(taxonomy).map(({ group, leaf, path }) => ({
    path: [...path, 'id'],
    id: `${leaf}/${group.id}`,
    names: [
      { path: [...path, 'title'], name: group.title },
      ...group.aliases.map((name, n) => ({ path: [...path, 'aliases', n], name })),
    ],
  }));
  return [...idConflicts(nodes), ...idConflicts(groups, 'group id'), ...nameConflicts(groups)];
}

/**
 * Every vocabulary file of content/, by name: its schema and the rules beyond it. The loader
 * (src/schemas/vocabularies.ts) and the checker (npm run check) both go through this list.
 */
export const VOCABULARY_FILES = {
  'taxonomy.json': { schema: taxonomySchema, conflicts: taxonomyConflicts },
  'venues.json': {
    schema: z.array(venueSchema),
    conflicts: (list: Venue[]) => [...idConflicts(venueItems(list)), ...nameConflicts(venueItems(list), VENUE_LABELS)],
  },
  'modalities.json': termList(),
  'anatomy.json': termList(16),
  'tasks.json': termList(16),
  'clip-usage.json': termList(16),
} as const;

export type VocabularyFile = keyof typeof VOCABULARY_FILES;
