/** A dataset entry: content/datasets/<id>.yaml. */
import { z } from 'zod';
import { httpsUrl } from './links.ts';

const count = z
  .string()
  .regex(/^\d+(?:\.\d+)?[KM]?$/, 'write an approximate count like 87K or 1.6M')
  .describe('Approximate count as reported, e.g. "87K" or "1.6M"');

export const datasetSchema = z
  .strictObject({
    name: z.string().trim().min(1).describe('Dataset name, e.g. "MIMIC-CXR"'),
    domain: z.string().trim().min(1).describe('What the images show, e.g. "chest X-ray"'),
    images: count,
    texts: count,
    sources: z
      .array(z.enum(['research papers', 'medical reports', 'social media']))
      .min(1)
      .describe('Where the image-text pairs come from, e.g. ["medical reports"]'),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'use ISO 639-1 codes, e.g. "en"'))
      .min(1)
      .describe('Text languages, e.g. ["en", "zh"]'),
    link: httpsUrl.describe('Where to obtain the dataset, e.g. "https://physionet.org/content/mimic-cxr/2.0.0/"'),
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
      .describe('Pre-trained CLIP models that this dataset yielded'),
  })
  .describe('One image-text dataset of the resource table');

export type Dataset = z.infer<typeof datasetSchema>;
