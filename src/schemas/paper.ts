/**
 * The paper entry: front matter of content/papers/<id>.md.
 * Shared by the Astro collection, the `npm run check` validator, the scaffolder and the tests.
 */
import { z } from 'zod';
import { categoryIds, modalityIds, venueIds } from './vocabularies.ts';
import { paperLinksSchema } from './links.ts';
import { line } from './text.ts';

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

const MAX_AUTHORS = 100;

/** The stored forms of a name: "Family, Given", "Family, Suffix, Given", or one word (a mononym). */
export const AUTHOR_PATTERN = /^(?:[^,]+, [^,]+(?:, [^,]+)?|[^\s,]+)$/;

/** One author name in BibTeX order; the message suggests the reordering of a name written given-first. */
const authorName = line('author name', 100).superRefine((value, ctx) => {
  if (value === '' || AUTHOR_PATTERN.test(value)) return;
  const words = value.split(/\s+/);
  const hint =
    !value.includes(',') && words.length > 1
      ? ` If "${words.at(-1)}" is the family name: "${words.at(-1)}, ${words.slice(0, -1).join(' ')}".`
      : '';
  ctx.addIssue({
    code: 'custom',
    message: `write the name family name first, as BibTeX does: "Family, Given" (one comma and a space), e.g. "Huang, Shih-Cheng".${hint}`,
  });
});

export const paperSchema = z
  .strictObject({
    title: line('title', 300).describe(
      'Title as printed on the paper (one line, at most 300 characters), e.g. "LIMITR: Leveraging Local Information for Medical Image-Text Representation"',
    ),
    authors: z
      .array(authorName, {
        error: 'authors is a YAML list of names, family name first, e.g. ["Dawidowicz, Gefen", "Hirsch, Elad"]',
      })
      .min(1, 'list at least one author')
      .max(
        MAX_AUTHORS,
        `at most ${MAX_AUTHORS} authors; for a consortium paper list the named authors and the consortium`,
      )
      .refine(noDuplicates, 'an author is listed twice')
      .describe(
        `Every author in the order of the paper, as BibTeX writes names: "Family, Given" (a suffix goes in the middle: "Family, Jr., Given"; a single name alone). At most ${MAX_AUTHORS}, e.g. ["Dawidowicz, Gefen", "Hirsch, Elad", "Tal, Ayellet"]`,
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
      .array(line('note', 500))
      .max(10, 'at most 10 notes')
      .optional()
      .describe(
        'Data-quality notes shown on the paper page (each one line, at most 500 characters), e.g. ["The seed list gave ConVIRT\'s authors; corrected from arXiv."]',
      ),
  })
  .describe('Front matter of one paper entry (content/papers/<id>.md)');

export type Paper = z.infer<typeof paperSchema>;

/** File names (and so ids and URLs) of paper entries: firstauthor + year + first title word, e.g. huang2021gloria. */
export const PAPER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
