/** A dataset entry: content/datasets/<id>.yaml. */
import { z } from 'zod';
import { originalUrl } from './links.ts';
import { anatomyIds, modalityIds } from './vocabularies.ts';
import { line } from './text.ts';

const count = z
  .string()
  .regex(/^\d+(?:\.\d+)?[KM]?$/, 'write an approximate count like 87K or 1.6M')
  .describe('Approximate count as reported, e.g. "87K" or "1.6M"');

/** How a researcher can obtain the data. */
export const ACCESS = ['public', 'registration', 'credentialed', 'on-request'] as const;
export const ACCESS_LABELS: Record<(typeof ACCESS)[number], string> = {
  public: 'Public download',
  registration: 'Free after registration or a data-use agreement',
  credentialed: 'Credentialed access (e.g. PhysioNet training and agreement)',
  'on-request': 'On request to the authors',
};

export const datasetSchema = z
  .strictObject({
    name: line('dataset name', 80).describe('Dataset name as its authors write it, e.g. "MIMIC-CXR"'),
    aliases: z
      .array(line('alias', 80))
      .optional()
      .describe('Other names and splits papers use for it, e.g. ["MIMIC-CXR-JPG"]'),
    description: line('description', 300)
      .optional()
      .describe('One sentence in your own words: what it holds and what it is used for'),
    domain: line('domain', 80).describe('What the images show, e.g. "chest X-ray"'),
    modalities: z
      .array(z.enum(modalityIds))
      .min(1)
      .optional()
      .describe('Imaging modalities (content/modalities.json), e.g. ["chest-x-ray"]'),
    anatomy: z
      .array(z.enum(anatomyIds))
      .min(1)
      .optional()
      .describe('Body regions (content/anatomy.json), e.g. ["chest"]'),
    images: count.optional().describe('Approximate number of images as reported, e.g. "377K" or "1.6M"'),
    texts: count.optional().describe('Number of texts (reports, captions) for image-text datasets, e.g. "227K"'),
    textSources: z
      .array(z.enum(['research papers', 'medical reports', 'social media']))
      .min(1)
      .optional()
      .describe('Where the texts of an image-text dataset come from, e.g. ["medical reports"]'),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'use ISO 639-1 codes, e.g. "en"'))
      .min(1)
      .optional()
      .describe('Text languages, e.g. ["en", "zh"]'),
    access: z
      .enum(ACCESS)
      .optional()
      .describe(`How to obtain it: ${ACCESS.join(', ')}, e.g. "credentialed" for MIMIC-CXR`),
    link: originalUrl.describe('Where to obtain the dataset, e.g. "https://physionet.org/content/mimic-cxr/2.0.0/"'),
    models: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe('Name of the pre-trained CLIP model, e.g. "BioViL"'),
          paper: z
            .string()
            .optional()
            .describe(
              'Id of the paper entry that introduced it, when it is in the catalogue, e.g. "boecking2022making"',
            ),
        }),
      )
      .optional()
      .describe("Pre-trained CLIP models that this dataset yielded (the survey's resource table)"),
    sources: z
      .array(originalUrl)
      .min(1)
      .optional()
      .describe(
        'Pages read for these facts (the dataset\'s page, its paper; never an aggregator, a document mirror or a library catalogue: content/not-sources.json), e.g. ["https://physionet.org/content/mimic-cxr/2.0.0/"]',
      ),
  })
  .describe('One dataset used by papers of the catalogue');

export type Dataset = z.infer<typeof datasetSchema>;
