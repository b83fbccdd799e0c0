/**
 * The schema of content/not-sources.json (sites that are not sources, by kind) and its one rule beyond it: a host
 * (and folder) listed once. Pure, so the checker (src/lib/catalogue/vocabulary-check.ts) reports a broken list with
 * its lines before src/schemas/sources.ts, which loads it, is imported.
 */
import { z } from 'zod';
import type { Conflict } from './vocabulary-schemas.ts';

/** Why each kind of site is not a source, and what to cite instead. */
export const NOT_SOURCE_KINDS = {
  aggregator:
    "is an aggregator: it copies other sites' records (often with machine-written summaries), so it is not a source; cite the page it copied from: the paper's arXiv, publisher or proceedings page, or the official repository",
  'document-mirror':
    "re-hosts copies of documents without saying where they come from, so it is not a source; cite the original: the paper's arXiv or publisher page, or the dataset's own page",
  'library-catalogue':
    "is a library catalogue's or search engine's record, which copies the publisher's and which many readers cannot open, so it is not a source; cite the publisher's or arXiv page (or the dataset's own page) it describes",
} as const;

const kindIds = Object.keys(NOT_SOURCE_KINDS) as [keyof typeof NOT_SOURCE_KINDS, ...(keyof typeof NOT_SOURCE_KINDS)[]];

export const notSourceSchema = z.strictObject({
  host: z
    .string()
    .regex(
      /^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/,
      'write the host name alone, lowercase, without "www." or a path, e.g. "example.org"',
    )
    .describe('Host name; its subdomains are refused too, e.g. "emergentmind.com" also covers api.emergentmind.com'),
  path: z
    .string()
    .regex(/^\/(?:[^/?#\s]+\/)+$/, 'write the folder of the site that is not a source, e.g. "/papers/"')
    .optional()
    .describe(
      'Only the pages under this folder, where the rest of the site is a source or a link, e.g. "/papers/" of huggingface.co, whose other pages hold released weights',
    ),
  kind: z.enum(kindIds).describe(`Why it is not a source: ${kindIds.join(', ')}`),
});
export type NotSource = z.infer<typeof notSourceSchema>;

/** A host (and folder) listed twice. */
export function notSourceConflicts(list: readonly NotSource[]): Conflict[] {
  const first = new Map<string, number>();
  return list.flatMap(({ host, path = '' }, i): Conflict[] => {
    const at = first.get(host + path);
    if (at === undefined) {
      first.set(host + path, i);
      return [];
    }
    return [
      {
        path: [i, 'host'],
        other: [at, 'host'],
        message: (where) => `"${host}${path}" is already listed (${where([at, 'host'])}); remove one of the two`,
      },
    ];
  });
}
