/** /data/papers.csv: the whole catalogue as one table, the compare table's columns (licence: see /about/). */
import type { APIContext } from 'astro';
import { getCards } from '@/data/indexes';
import { toCsv } from '@/lib/site/table';
import { url } from '@/lib/site/url';

export async function GET({ site }: APIContext) {
  // getCards follows the catalogue's order (newest first), as the rows always have.
  const rows = [...(await getCards()).values()];
  return new Response(toCsv(rows, new URL(url(), site ?? 'http://localhost').href), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
