/**
 * /search/words.json: every word of the papers' indexed text (shownTexts: title, method names, authors, venue,
 * categories, summary, notes; and indexTerms: the vocabulary terms and dataset names the page indexes unseen), with
 * how many papers hold it, sorted by word. The search page fetches it only when a query word matched nothing a
 * result holds, to offer spelling suggestions (src/lib/search/spelling.ts).
 */
import { getPapers } from '@/data/catalogue';
import { getDatasetUses } from '@/data/indexes';
import { summaryText } from '@/lib/catalogue/summary';
import { indexTerms, shownTexts } from '@/lib/search/attributes';
import { datasetTerms } from '@/lib/site/dataset-uses';
import { buildVocabulary } from '@/lib/search/spelling';

export async function GET() {
  const { byPaper } = await getDatasetUses();
  const vocabulary = buildVocabulary(
    (await getPapers()).map(({ id, data, body }) => [
      ...shownTexts(data, summaryText(body ?? '')),
      indexTerms(data, datasetTerms(byPaper.get(id) ?? [])),
    ]),
  );
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
