/**
 * What may be cited as where a fact was read. A source must be a page a reader can open and check: the paper's
 * arXiv, publisher or proceedings page, PubMed Central, the dataset's own page, an official repository. Sites
 * that only copy other sites' records are listed in content/not-sources.json, by kind (a host, or one folder of
 * it); a URL there (or on a subdomain), or on a bare IP address, is refused with the reason and what to cite instead.
 * Adding a host to the list is a data change, never a code change.
 */
import notSourcesData from '../../content/not-sources.json' with { type: 'json' };
import { loadList } from '../lib/catalogue/vocabulary-check.ts';
import { NOT_SOURCE_KINDS, type NotSource } from './not-source-schema.ts';

export { NOT_SOURCE_KINDS, notSourceSchema, type NotSource } from './not-source-schema.ts';

/** The hosts (and folders) that are not sources (content/not-sources.json), validated; one listed twice is an error. */
export const notSources: NotSource[] = loadList('not-sources.json', notSourcesData);

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
