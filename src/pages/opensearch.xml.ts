/**
 * /opensearch.xml: the OpenSearch description of the catalogue's search (src/lib/site/opensearch.ts), which every
 * page links from its head so a browser can offer to search the catalogue from the address bar.
 */
import type { APIContext } from 'astro';
import { FAVICON_DATA_URL } from '@/lib/site/favicon';
import { openSearchDescription } from '@/lib/site/opensearch';
import { url } from '@/lib/site/url';
import { SITE_NAME, SITE_SHORT_NAME } from '@/site.config';

export function GET(context: APIContext) {
  const body = openSearchDescription({
    shortName: SITE_SHORT_NAME,
    description: `Search the papers of ${SITE_NAME}: titles, authors, summaries, methods, datasets`,
    searchPage: new URL(url('search/'), context.site ?? 'http://localhost').href,
    icon: FAVICON_DATA_URL,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
}
