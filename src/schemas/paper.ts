/**
 * The paper entry: front matter of content/papers/<id>.md.
 * Shared by the Astro collection, the `npm run check` validator, the scaffolder and the tests.
 */
import { z } from 'zod';
import { categoryIds, modalityIds, venueIds } from './vocabularies.ts';
import { paperLinksSchema } from './links.ts';

const MAX_YEAR = new Date().getFullYear() + 1;

/** Lists of allowed values get long; show them all, since the contributor needs the exact spelling. */
const oneOf = (what: string, values: readonly string[], howToAdd: string) => ({
  error: (issue: { input?: unknown }) =>
    `unknown ${what} ${JSON.stringify(issue.input)}; use one of: ${values.join(', ')}. ${howToAdd}`,
});

export const categoryEnum = z.enum(
  categoryIds,
  oneOf('category', categoryIds, 'The taxonomy is in content/taxonomy.json.'),
);
export const venueEnum = z.enum(
  venueIds,
  oneOf(
    'venue',
    venueIds,
    'A new venue is added to content/venues.json (id, short, name, kind, aliases) in the same pull request.',
  ),
);
export const modalityEnum = z.enum(
  modalityIds,
  oneOf('modality', modalityIds, 'Modalities are listed in content/modalities.json.'),
);

/** A calendar date written YYYY-MM-DD (YAML may hand it over as a Date). */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'write the date as YYYY-MM-DD, e.g. 2024-07-26' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2024-07-26')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'this is not a real calendar date'),
);

function noDuplicates(list: string[]) {
  return new Set(list).size === list.length;
}

export const paperSchema = z
  .strictObject({
    title: z
      .string({ error: 'every paper needs a title, e.g. title: "GLoRIA: A Multimodal Global-Local ..."' })
      .trim()
      .min(1, 'the title is empty')
      .describe(
        'Title as printed on the paper, e.g. "LIMITR: Leveraging Local Information for Medical Image-Text Representation"',
      ),
    authors: z
      .array(z.string().trim().min(1, 'an author name is empty'), {
        error: 'authors is a YAML list of full names, e.g. ["Gefen Dawidowicz", "Elad Hirsch"]',
      })
      .min(1, 'list at least one author')
      .refine(noDuplicates, 'an author is listed twice')
      .describe(
        'Full names in the order of the paper, given name first, e.g. ["Gefen Dawidowicz", "Elad Hirsch", "Ayellet Tal"]',
      ),
    venue: venueEnum.describe('Venue id from content/venues.json; "arxiv" for a preprint, e.g. "iccv"'),
    year: z
      .number({ error: 'year is a four-digit number, e.g. 2023' })
      .int('year is a whole number, e.g. 2023')
      .min(1990, 'year must be 1990 or later')
      .max(MAX_YEAR, `year cannot be later than ${MAX_YEAR}`)
      .describe('Year of the version cited (publication year, or preprint year for arXiv), e.g. 2023'),
    categories: z
      .array(categoryEnum, { error: 'categories is a YAML list of category ids, e.g. ["multi-scale"]' })
      .min(1, 'file the paper under at least one category')
      .refine(noDuplicates, 'a category is listed twice')
      .describe(
        'Taxonomy leaves (content/taxonomy.json) the paper belongs to; a paper may sit in several, e.g. ["multi-scale", "dense-prediction"]',
      ),
    modalities: z
      .array(modalityEnum)
      .min(1, 'leave modalities out rather than writing an empty list')
      .refine(noDuplicates, 'a modality is listed twice')
      .optional()
      .describe('Imaging modalities studied (content/modalities.json), only when certain, e.g. ["chest-x-ray"]'),
    links: paperLinksSchema,
    arxiv: z
      .string()
      .trim()
      .regex(/^\d{4}\.\d{4,5}$/, 'write the arXiv id without prefix or version, e.g. 2303.11755')
      .optional()
      .describe('arXiv identifier without version, e.g. "2303.11755"'),
    doi: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^10\.\d{4,9}\/\S+$/, 'write the bare DOI, e.g. 10.1007/978-3-031-43904-9_48 (no https://doi.org/ prefix)')
      .optional()
      .describe('Digital Object Identifier, lowercase, without resolver prefix, e.g. "10.1038/s41467-023-40260-7"'),
    added: isoDate.describe('Date the paper was added to the catalogue, YYYY-MM-DD, e.g. "2024-07-26"'),
    notes: z
      .array(z.string().trim().min(1))
      .optional()
      .describe(
        'Data-quality notes shown on the paper page, e.g. ["The seed list gave ConVIRT\'s authors; corrected from arXiv."]',
      ),
  })
  .describe('Front matter of one paper entry (content/papers/<id>.md)');

export type Paper = z.infer<typeof paperSchema>;

/** File names (and so ids and URLs) of paper entries: firstauthor + year + first title word, e.g. huang2021gloria. */
export const PAPER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
