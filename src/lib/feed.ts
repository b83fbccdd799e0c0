/** Items of the RSS feeds of additions: the most recently added papers first. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Paper } from '../schemas/paper.ts';
import { byAddedDesc } from './group.ts';
import { displayName } from './catalogue/person.ts';

/** How many additions a feed carries; readers only need the recent ones. */
export const FEED_LENGTH = 50;

/**
 * Feed items for papers, newest additions first, at most FEED_LENGTH. `link` receives a paper id and
 * returns the page's path (with the base). `label` turns a category id into its title.
 */
export function feedItems(
  papers: readonly { id: string; data: Paper }[],
  link: (id: string) => string,
  label: (category: string) => string,
  venueName: (venue: string) => string,
): RSSFeedItem[] {
  return byAddedDesc(papers)
    .slice(0, FEED_LENGTH)
    .map((p) => ({
      title: p.data.title,
      link: link(p.id),
      pubDate: new Date(`${p.data.added}T00:00:00Z`),
      description: `${p.data.authors.map(displayName).join(', ')}. ${venueName(p.data.venue)} ${p.data.year}.`,
      categories: p.data.categories.map(label),
    }));
}
