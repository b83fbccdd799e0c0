/** /data/catalogue.json: every paper and dataset entry, validated by /schemas/catalogue-v1.schema.json. */
import type { APIContext } from 'astro';
import { getDatasets, getPapers } from '@/data/catalogue';
import { catalogueExport } from '@/lib/site/export';
import { paperPath } from '@/lib/site/routes';
import { url } from '@/lib/site/url';
import { DATA_LICENCE, SITE_NAME, SITE_VERSION } from '@/site.config';

export async function GET({ site }: APIContext) {
  const origin = site ?? new URL('http://localhost');
  const data = catalogueExport(
    await getPapers(),
    await getDatasets(),
    {
      name: SITE_NAME,
      siteVersion: SITE_VERSION,
      generated: new Date().toISOString().slice(0, 10),
      licence: DATA_LICENCE,
      source: new URL(url(), origin).href,
    },
    (id) => new URL(url(paperPath(id)), origin).href,
  );
  return new Response(`${JSON.stringify(data, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
