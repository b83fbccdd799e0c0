/**
 * RSS feeds of additions for one value of a kind of fact (src/lib/site/facts.ts), e.g. /feeds/modalities/ultrasound.xml:
 * for readers who follow a modality, a body region, a task or a use of CLIP rather than a category. One feed per
 * value that has papers, linked from its fact page.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { papersFeed } from '@/data/feeds';
import { getPapersByFact } from '@/data/indexes';
import { FACT_KINDS, factFeedTitle, type FactKind } from '@/lib/site/facts';
import type { Term } from '@/schemas/vocabularies';
import { SITE_NAME } from '@/site.config';

export const getStaticPaths = (async () => {
  const byFact = await getPapersByFact();
  return FACT_KINDS.flatMap((kind) =>
    kind.terms
      .filter((term) => (byFact.get(kind.key)!.get(term.id)?.length ?? 0) > 0)
      .map((term) => ({ params: { fact: kind.key, id: term.id }, props: { kind, term } })),
  );
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { kind, term } = context.props as { kind: FactKind; term: Term };
  const papers = (await getPapersByFact()).get(kind.key)!.get(term.id)!;
  return papersFeed(context, {
    title: factFeedTitle(SITE_NAME, kind, term),
    description: `Papers on CLIP in medical imaging, as they are added: ${term.description}`,
    papers,
  });
}
