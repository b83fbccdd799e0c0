/**
 * RSS feeds of additions: /feeds/all.xml (the whole catalogue) and /feeds/<category>.xml, newest additions first.
 */
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { leaves, type Leaf } from '@/schemas/vocabularies';
import { getPapers } from '@/data/catalogue';
import { getPapersByCategory } from '@/data/indexes';
import { feedItems } from '@/lib/site/feed';
import { paperPath } from '@/lib/site/routes';
import { url } from '@/lib/site/url';
import { SITE_NAME, SITE_TAGLINE } from '@/site.config';

export const getStaticPaths = (() => [
  { params: { name: 'all' }, props: { leaf: undefined } },
  ...leaves.map((leaf) => ({ params: { name: leaf.id }, props: { leaf } })),
]) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { leaf } = context.props as { leaf?: Leaf };
  const papers = leaf ? ((await getPapersByCategory()).get(leaf.id) ?? []) : await getPapers();
  return rss({
    title: leaf ? `${SITE_NAME}: new papers in ${leaf.title}` : `${SITE_NAME}: new papers`,
    description: leaf ? leaf.description : `${SITE_TAGLINE}: papers as they are added.`,
    site: new URL(url(), context.site ?? 'http://localhost').href,
    items: feedItems(papers, (id) => url(paperPath(id))),
    trailingSlash: true,
  });
}
