/**
 * The open-data export of the whole catalogue (/data/catalogue.json), described by a published, versioned
 * JSON Schema (/schemas/catalogue-v1.schema.json) generated from this Zod schema. A change that breaks readers
 * of the export bumps CATALOGUE_FORMAT_VERSION and the schema's file name.
 */
import { z } from 'zod';
import { paperSchema } from './paper.ts';
import { datasetSchema } from './dataset.ts';

export const CATALOGUE_FORMAT_VERSION = 1;

export const catalogueExportSchema = z
  .strictObject({
    format: z.literal(CATALOGUE_FORMAT_VERSION).describe('Version of this format; the schema file name carries it'),
    name: z.string().describe('Name of the catalogue'),
    version: z
      .string()
      .describe('Catalogue version: the site version and a fingerprint of the entries, e.g. "0.2.0+3f9a1c2b7d10"'),
    generated: z.string().describe('Date the export was built, YYYY-MM-DD'),
    licence: z.string().describe('Licence of the data'),
    source: z.string().describe('Where the catalogue is published'),
    papers: z.array(
      z
        .object({
          id: z.string().describe('Entry id, also the page URL segment'),
          url: z.string().describe('The paper page on the site'),
          summary: z.string().describe("Summary in the catalogue's own words (Markdown); empty for a flagged entry"),
          ...paperSchema.shape,
        })
        .strict(),
    ),
    datasets: z.array(z.object({ id: z.string(), ...datasetSchema.shape }).strict()),
  })
  .describe('The CLIP in medical imaging catalogue: every paper and dataset entry');

export type CatalogueExport = z.infer<typeof catalogueExportSchema>;
