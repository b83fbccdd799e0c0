/**
 * RSS feeds of additions: /feeds/all.xml (the whole catalogue) and /feeds/<category>.xml, newest additions first.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { papersFeed } from '@/data/feeds';
import { leaves, type Leaf } from '@/schemas/vocabularies';
import { getPapers } from '@/data/catalogue';
import { getPapersByCategory } from '@/data/indexes';
import { SITE_NAME, SITE_TAGLINE } from '@/site.config';

export const getStaticPaths = (() => [
  { params: { name: 'all' }, props: { leaf: undefined } },
  ...leaves.map((leaf) => ({ params: { name: leaf.id }, props: { leaf } })),
]) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { leaf } = context.props as { leaf?: Leaf };
  const papers = leaf ? ((await getPapersByCategory()).get(leaf.id) ?? []) : await getPapers();
  return papersFeed(context, {
    title: leaf ? `${SITE_NAME}: new papers in ${leaf.title}` : `${SITE_NAME}: new papers`,
    description: leaf ? leaf.description : `${SITE_TAGLINE}: papers as they are added.`,
    papers,
  });
}
