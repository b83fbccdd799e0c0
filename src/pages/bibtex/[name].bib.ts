/**
 * BibTeX files to import in one go: /bibtex/all.bib (the whole catalogue) and /bibtex/<category>.bib,
 * generated at build time from the entries: each paper's entry is the one its page shows and its citation.bib holds
 * (paperBibtex, generated once per paper by citation-js), so a catalogue's BibTeX is made once, not three times.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { leaves } from '@/schemas/vocabularies';
import { getPapers } from '@/data/catalogue';
import { getPapersByCategory } from '@/data/indexes';
import { paperBibtex } from '@/data/paper-files';

export const getStaticPaths = (() => [
  { params: { name: 'all' } },
  ...leaves.map((leaf) => ({ params: { name: leaf.id } })),
]) satisfies GetStaticPaths;

export async function GET({ params }: APIContext) {
  const papers = params.name === 'all' ? await getPapers() : ((await getPapersByCategory()).get(params.name!) ?? []);
  const body = papers.map(paperBibtex).join('\n');
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
