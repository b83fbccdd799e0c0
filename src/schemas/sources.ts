/**
 * What may be cited as where a fact was read. A source must be a page a reader can open and check: the paper's
 * arXiv, publisher or proceedings page, PubMed Central, the dataset's own page, an official repository. Sites
 * that only copy other sites' records are listed in content/not-sources.json, by kind (a host, or one folder of
 * it); a URL there (or on a subdomain), or on a bare IP address, is refused with the reason and what to cite instead.
 * Adding a host to the list is a data change, never a code change.
 */
import { z } from 'zod';
import notSourcesData from '../../content/not-sources.json' with { type: 'json' };

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

/** The hosts (and folders) that are not sources (content/not-sources.json), validated; one listed twice is an error. */
export const notSources: NotSource[] = (() => {
  const list = z.array(notSourceSchema).parse(notSourcesData);
  const seen = new Set<string>();
  for (const { host, path = '' } of list) {
    if (seen.has(host + path)) throw new Error(`content/not-sources.json: "${host}${path}" is listed twice`);
    seen.add(host + path);
  }
  return list;
})();

const indexes = new WeakMap<readonly NotSource[], Map<string, NotSource[]>>();
/** The entries of a list by host, built once per list. */
function byHost(list: readonly NotSource[]): Map<string, NotSource[]> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const entry of list) index.set(entry.host, [...(index.get(entry.host) ?? []), entry]);
    indexes.set(list, index);
  }
  return index;
}
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Why a URL cannot be cited as a source or link, or undefined when it can. An unparsable URL is left to the
 * URL check. `list` defaults to content/not-sources.json.
 */
export function notASourceProblem(value: string, list: readonly NotSource[] = notSources): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, ''); // "example.org." is example.org
  if (IPV4.test(host) || host.startsWith('[')) {
    return `${host} is a bare IP address, not the stable name of a site; cite the page by its site's name, or the original it copies`;
  }
  const index = byHost(list);
  const labels = host.replace(/^www\./, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const listed = index.get(labels.slice(i).join('.'));
    const match = listed?.find((entry) => !entry.path || url.pathname.startsWith(entry.path));
    if (match) return `${host}${match.path ?? ''} ${NOT_SOURCE_KINDS[match.kind]} (content/not-sources.json)`;
  }
  return undefined;
}
