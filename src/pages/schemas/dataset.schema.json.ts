/** /schemas/dataset.schema.json: the JSON Schema of a dataset entry, generated from the Zod schema at build. */
import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '@/lib/contributing/json-schema';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
