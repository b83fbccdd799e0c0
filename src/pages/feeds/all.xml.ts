import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPapers } from '@/data/catalogue';
import { leafOf, venueOf } from '@/data/indexes';
import { feedItems } from '@/lib/feed';
import { paperPath } from '@/lib/routes';
import { url } from '@/lib/url';
import { SITE_NAME, SITE_TAGLINE } from '@/site.config';

export async function GET(context: APIContext) {
  return rss({
    title: `${SITE_NAME}: new papers`,
    description: `${SITE_TAGLINE}: papers as they are added.`,
    site: new URL(url(), context.site ?? 'http://localhost').href,
    items: feedItems(
      await getPapers(),
      (id) => url(paperPath(id)),
      (c) => leafOf(c).title,
      (v) => venueOf(v).short,
    ),
    trailingSlash: true,
  });
}
