/** /data/papers.csv: the whole catalogue as one table, the compare table's columns (licence: see /about/). */
import type { APIContext } from 'astro';
import { getPapers } from '@/data/catalogue';
import { getDatasetUses } from '@/data/indexes';
import { cardData } from '@/lib/site/card';
import { toCsv } from '@/lib/site/table';
import { url } from '@/lib/site/url';

export async function GET({ site }: APIContext) {
  const { byPaper } = await getDatasetUses();
  const rows = (await getPapers()).map((p) =>
    cardData(
      p.id,
      p.data,
      p.body ?? '',
      (byPaper.get(p.id) ?? []).map((u) => u.dataset.data.name),
    ),
  );
  return new Response(toCsv(rows, new URL(url(), site ?? 'http://localhost').href), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
