/**
 * BibTeX files to import in one go: /bibtex/all.bib (the whole catalogue) and /bibtex/<category>.bib,
 * generated at build time from the entries by the same citation code as the paper pages.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { leaves } from '@/schemas/vocabularies';
import { getPapers } from '@/data/catalogue';
import { getPapersByCategory, venueOf } from '@/data/indexes';
import { bibtex } from '@/lib/site/cite';

export const getStaticPaths = (() => [
  { params: { name: 'all' } },
  ...leaves.map((leaf) => ({ params: { name: leaf.id } })),
]) satisfies GetStaticPaths;

export async function GET({ params }: APIContext) {
  const papers = params.name === 'all' ? await getPapers() : ((await getPapersByCategory()).get(params.name!) ?? []);
  const body = bibtex(papers.map((paper) => ({ paper, venue: venueOf(paper.data.venue) })));
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
