/** /schemas/catalogue-v1.schema.json: the JSON Schema of /data/catalogue.json, generated from the Zod schema. */
import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '@/lib/contributing/json-schema';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
