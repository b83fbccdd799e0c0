/** /schemas/paper.schema.json: the JSON Schema of a paper entry, generated from the Zod schema at build. */
import type { APIRoute } from 'astro';
import { paperJsonSchema } from '@/lib/contributing/json-schema';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(paperJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
