import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { leaves, type Leaf } from '@/schemas/vocabularies';
import { getPapersByCategory, leafOf, venueOf } from '@/data/indexes';
import { feedItems } from '@/lib/feed';
import { paperPath } from '@/lib/routes';
import { url } from '@/lib/url';
import { SITE_NAME } from '@/site.config';

export const getStaticPaths = (() =>
  leaves.map((leaf) => ({ params: { leaf: leaf.id }, props: { leaf } }))) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { leaf } = context.props as { leaf: Leaf };
  const papers = (await getPapersByCategory()).get(leaf.id) ?? [];
  return rss({
    title: `${SITE_NAME}: new papers in ${leaf.title}`,
    description: leaf.description,
    site: new URL(url(), context.site ?? 'http://localhost').href,
    items: feedItems(
      papers,
      (id) => url(paperPath(id)),
      (c) => leafOf(c).title,
      (v) => venueOf(v).short,
    ),
    trailingSlash: true,
  });
}
