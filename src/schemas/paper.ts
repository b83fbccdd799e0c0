/**
 * The paper entry: front matter of content/papers/<id>.md.
 * Shared by the Astro collection, the `npm run check` validator, the scaffolder and the tests.
 */
import { z } from 'zod';
import {
  anatomyIds,
  applicationLeafIds,
  categoryIds,
  clipUsageIds,
  leaves,
  modalityIds,
  subgroupIds,
  taskIds,
  venueIds,
} from './vocabularies.ts';
import { originalUrl, paperLinksSchema } from './links.ts';
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
export const subgroupEnum = z.enum(
  subgroupIds,
  oneOf('group', subgroupIds, "Groups are the survey's next level under each category, in content/taxonomy.json."),
);
export const anatomyEnum = z.enum(anatomyIds, oneOf('anatomy', anatomyIds, 'Values are in content/anatomy.json.'));
export const taskEnum = z.enum(taskIds, oneOf('task', taskIds, 'Values are in content/tasks.json.'));
export const clipUsageEnum = z.enum(
  clipUsageIds,
  oneOf('use of CLIP', clipUsageIds, 'Values are in content/clip-usage.json.'),
);

/** An optional list of vocabulary ids: no empty list, no repeats. */
function idList<T extends z.ZodType<string>>(item: T, what: string) {
  return z
    .array(item)
    .min(1, `leave ${what} out rather than writing an empty list`)
    .refine(noDuplicates, `a value of ${what} is listed twice`)
    .optional();
}

/** Dataset ids (files content/datasets/<id>.yaml); that each exists is checked across the catalogue. */
const datasetIds = z
  .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write a dataset id (its file name), e.g. "mimic-cxr"'))
  .min(1, 'leave the list out rather than writing an empty one')
  .refine(noDuplicates, 'a dataset is listed twice')
  .optional();

/** A calendar date written YYYY-MM-DD (YAML may hand it over as a Date). */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'write the date as YYYY-MM-DD, e.g. 2024-07-26' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2024-07-26')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'this is not a real calendar date'),
);

function noDuplicates(list: readonly unknown[]) {
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
    names: z
      .array(line('method name', 60))
      .min(1, 'leave names out rather than writing an empty list')
      .refine(noDuplicates, 'a name is listed twice')
      .optional()
      .describe(
        'Names of the methods, models or datasets the paper introduces or is known by, as written in the paper, e.g. ["CheXzero"]',
      ),
    subgroups: idList(subgroupEnum, 'subgroups').describe(
      'The survey\'s next taxonomy level, "<category>/<group>" (content/taxonomy.json), at least one for each category that has groups; a paper may sit in several, e.g. ["classification/zero-shot"]',
    ),
    anatomy: idList(anatomyEnum, 'anatomy').describe(
      'Body regions or organs studied (content/anatomy.json), when the paper says, e.g. ["chest"]',
    ),
    tasks: idList(taskEnum, 'tasks').describe(
      'Tasks the paper evaluates (content/tasks.json), e.g. ["zero-shot-classification", "retrieval"]',
    ),
    datasets: z
      .strictObject({
        training: datasetIds.describe('Data the model was (pre-)trained or adapted on, e.g. ["mimic-cxr"]'),
        evaluation: datasetIds.describe('Data it was evaluated on, e.g. ["chexpert", "rsna-pneumonia"]'),
      })
      .optional()
      .describe(
        'Datasets of the catalogue (content/datasets/<id>.yaml) the paper uses, e.g. { training: ["mimic-cxr"], evaluation: ["chexpert"] }',
      ),
    clipUsage: idList(clipUsageEnum, 'clipUsage').describe(
      'For application papers: how CLIP is used (content/clip-usage.json), e.g. ["zero-shot-prompts", "adapter"]',
    ),
    links: paperLinksSchema,
    weightsNotReleased: isoDate
      .optional()
      .describe(
        'Date the official repository (links.code) was read and found to release no trained weights of the paper\'s own model (the base models it starts from do not count), YYYY-MM-DD, e.g. "2026-11-30". Leave it out when weights are released (links.weights) or nobody has looked yet.',
      ),
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
    sources: z
      .array(originalUrl)
      .min(1, 'list the pages you read for this entry')
      .refine(noDuplicates, 'a source is listed twice')
      .optional()
      .describe(
        'Pages read to write and check this entry: the arXiv abstract or full text, the publisher or proceedings page, the official repository (never an aggregator, a document mirror or a library catalogue: content/not-sources.json), e.g. ["https://arxiv.org/abs/2303.11755"]',
      ),
    checked: isoDate
      .optional()
      .describe('Date the entry was last checked against its sources, YYYY-MM-DD, e.g. "2026-11-28"'),
    corrections: z
      .array(
        z.strictObject({
          field: z.string().trim().min(1).describe('The field corrected, e.g. "authors"'),
          old: z.union([z.string(), z.number(), z.null()]).describe('The value before, e.g. "Yin Hu"'),
          new: z.union([z.string(), z.number(), z.null()]).describe('The value after, e.g. "Ying Hu"'),
          source: originalUrl.describe('Where the correct value was read'),
        }),
      )
      .optional()
      .describe(
        'Every correction of a fact that was listed before, with its source, e.g. [{ field: venue, old: arxiv, new: miccai, source: "https://papers.miccai.org/..." }]',
      ),
    flagged: line('flag', 600)
      .optional()
      .describe(
        'Why the entry could not be checked against the paper and what was tried; shown as a notice. An entry with a flag needs no summary or sources.',
      ),
    notes: z
      .array(line('note', 500))
      .max(10, 'at most 10 notes')
      .optional()
      .describe(
        'Data-quality notes shown on the paper page (each one line, at most 500 characters), e.g. ["The seed list gave ConVIRT\'s authors; corrected from arXiv."]',
      ),
  })
  .superRefine((paper, ctx) => {
    const groupsOf = (leaf: string) => (paper.subgroups ?? []).filter((g) => g.startsWith(`${leaf}/`));
    for (const category of paper.categories) {
      const leaf = leaves.find((l) => l.id === category);
      // A flagged entry could not be read, so its group cannot be known yet.
      if (leaf?.groups && groupsOf(category).length === 0 && !paper.flagged) {
        ctx.addIssue({
          code: 'custom',
          path: ['subgroups'],
          message: `file the paper under at least one group of ${category}: ${leaf.groups.map((g) => `${category}/${g.id}`).join(', ')}`,
        });
      }
    }
    for (const group of paper.subgroups ?? []) {
      const category = group.split('/')[0]!;
      if (!(paper.categories as string[]).includes(category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['subgroups'],
          message: `"${group}" is a group of ${category}, which is not among the categories; add ${category} to categories or remove the group`,
        });
      }
    }
    if (paper.clipUsage && !paper.categories.some((c) => applicationLeafIds.has(c))) {
      ctx.addIssue({
        code: 'custom',
        path: ['clipUsage'],
        message: 'clipUsage describes application papers (classification, dense-prediction, cross-modal); remove it',
      });
    }
    if (!paper.flagged && !paper.sources) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message:
          'list the pages you read for this entry (sources: arXiv, publisher or proceedings page, repository); if none could be read, say why in flagged',
      });
    }
    if (paper.weightsNotReleased && paper.links.weights) {
      ctx.addIssue({
        code: 'custom',
        path: ['weightsNotReleased'],
        message:
          "links.weights says the weights are released; remove weightsNotReleased (or remove the link if it is not the paper's own model)",
      });
    }
    if (paper.weightsNotReleased && !paper.links.code) {
      ctx.addIssue({
        code: 'custom',
        path: ['weightsNotReleased'],
        message:
          'weightsNotReleased records what the official repository says; add the repository you read as links.code, or remove weightsNotReleased',
      });
    }
    if (paper.sources && !paper.checked) {
      ctx.addIssue({
        code: 'custom',
        path: ['checked'],
        message: 'add the date you checked the entry against its sources, e.g. checked: 2026-11-28',
      });
    }
  })
  .describe('Front matter of one paper entry (content/papers/<id>.md)');

export type Paper = z.infer<typeof paperSchema>;

export { PAPER_ID_PATTERN } from './ids.ts';
