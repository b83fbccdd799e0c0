/**
 * Controlled vocabularies (taxonomy, venues, modalities) live as data under content/.
 * This module validates those files and derives the enums that paper and dataset schemas use,
 * so adding a venue is a data change, never a code change.
 */
import { z } from 'zod';
import taxonomyData from '../../content/taxonomy.json' with { type: 'json' };
import venuesData from '../../content/venues.json' with { type: 'json' };
import modalitiesData from '../../content/modalities.json' with { type: 'json' };

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "multi-scale"');

/** One leaf of the taxonomy: the category a paper is filed under. */
export const leafSchema = z.strictObject({
  id: slug.describe('Category id used in paper front matter, e.g. "multi-scale"'),
  title: z.string().min(1).describe('Display name, e.g. "Multi-scale alignment"'),
  order: z.number().int().describe('Position among its siblings, 1 first'),
  description: z.string().min(1).describe('One or two sentences in our own words'),
});

/** One branch of the taxonomy, holding leaves. */
export const branchSchema = leafSchema.extend({ leaves: z.array(leafSchema).min(1) });

export const taxonomySchema = z.strictObject({ branches: z.array(branchSchema).min(1) });

/** A publication venue: conference, journal, workshop or preprint server. */
export const venueSchema = z.strictObject({
  id: slug.describe('Venue id used in paper front matter, e.g. "miccai"'),
  short: z.string().min(1).describe('Short display name, e.g. "MICCAI"'),
  name: z.string().min(1).describe('Full name, e.g. "Medical Image Computing and Computer-Assisted Intervention"'),
  kind: z.enum(['conference', 'journal', 'workshop', 'preprint']),
  aliases: z.array(z.string()).describe('Other spellings seen in the wild, used by the importer and scaffolder'),
});

/** An imaging modality. */
export const modalitySchema = z.strictObject({
  id: slug.describe('Modality id used in paper front matter, e.g. "chest-x-ray"'),
  label: z.string().min(1),
  description: z.string().min(1),
});

export type Leaf = z.infer<typeof leafSchema>;
export type Branch = z.infer<typeof branchSchema>;
export type Venue = z.infer<typeof venueSchema>;
export type Modality = z.infer<typeof modalitySchema>;

function uniqueIds<T extends { id: string }>(items: T[], what: string): T[] {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`content/${what}: the id "${item.id}" is used twice`);
    seen.add(item.id);
  }
  return items;
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
export const modalities: Modality[] = uniqueIds(z.array(modalitySchema).parse(modalitiesData), 'modalities.json');

export const categoryIds = leaves.map((l) => l.id) as [string, ...string[]];
export const venueIds = venues.map((v) => v.id) as [string, ...string[]];
export const modalityIds = modalities.map((m) => m.id) as [string, ...string[]];

/** The branch a leaf category belongs to. */
export function branchOf(categoryId: string): Branch | undefined {
  return taxonomy.branches.find((b) => b.leaves.some((l) => l.id === categoryId));
}
