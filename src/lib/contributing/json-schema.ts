/**
 * JSON Schemas of the entries, generated from the Zod schemas with `z.toJSONSchema`, for editors and
 * tools outside this code base. Served by the site at /schemas/paper.schema.json and
 * /schemas/dataset.schema.json (built from the schemas at every build, so they cannot go stale).
 */
import { z } from 'zod';
import { paperSchema } from '../../schemas/paper.ts';
import { datasetSchema } from '../../schemas/dataset.ts';
import { CATALOGUE_FORMAT_VERSION, catalogueExportSchema } from '../../schemas/catalogue.ts';

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

/**
 * The https rule is a Zod refinement, which JSON Schema cannot express by itself: state it as a
 * pattern so that editors flag an http:// or relative link as you type.
 */
function httpsPattern(schema: JsonSchema | undefined): void {
  if (!schema) return;
  schema['format'] = 'uri';
  schema['pattern'] = '^https://';
}

// `io: 'input'` describes what a contributor writes (before trimming and lowercasing), which is what
// an editor sees; refinements that JSON Schema cannot express are left to `npm run check`.
const options = { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' } as const;

/** JSON Schema (draft 2020-12) of the front matter of content/papers/<id>.md. */
export function paperJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(paperSchema, options) as JsonSchema;
  schema['title'] = 'Paper entry (front matter of content/papers/<id>.md)';
  for (const key of ['paper', 'code', 'project', 'weights'])
    httpsPattern(schema.properties?.['links']?.properties?.[key]);
  return schema;
}

/** JSON Schema (draft 2020-12) of content/datasets/<id>.yaml. */
export function datasetJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(datasetSchema, options) as JsonSchema;
  schema['title'] = 'Dataset entry (content/datasets/<id>.yaml)';
  httpsPattern(schema.properties?.['link']);
  return schema;
}

/** JSON Schema (draft 2020-12) of the open-data export /data/catalogue.json (what readers receive). */
export function catalogueJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(catalogueExportSchema, { ...options, io: 'output' }) as JsonSchema;
  schema['$id'] = `catalogue-v${CATALOGUE_FORMAT_VERSION}.schema.json`;
  schema['title'] = `CLIP in medical imaging catalogue export, format ${CATALOGUE_FORMAT_VERSION}`;
  return schema;
}
