/**
 * An RSS feed of additions as the feed routes serve it (src/pages/feeds/): the newest papers of a list
 * (feedItems), linked to their pages under the site's base.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItems } from '@/lib/site/feed';
import { paperPath } from '@/lib/site/routes';
import { url } from '@/lib/site/url';
import type { PaperEntry } from './catalogue';

export function papersFeed(
  context: APIContext,
  { title, description, papers }: { title: string; description: string; papers: readonly PaperEntry[] },
): Promise<Response> {
  return rss({
    title,
    description,
    site: new URL(url(), context.site ?? 'http://localhost').href,
    items: feedItems(papers, (id) => url(paperPath(id))),
    trailingSlash: true,
  });
}
