/** Items of the RSS feeds of additions: the most recently added papers first. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Paper } from '../../schemas/paper.ts';
import { leafOf, venueOf } from '../../schemas/vocabularies.ts';
import { byAddedDesc } from './group.ts';
import { displayName } from '../catalogue/person.ts';
import { summaryText } from '../catalogue/summary.ts';

/** How many additions a feed carries; readers only need the recent ones. */
export const FEED_LENGTH = 50;

/**
 * Feed items for papers, newest additions first, at most FEED_LENGTH. `link` receives a paper id and
 * returns the page's path (with the base).
 */
export function feedItems(
  papers: readonly { id: string; data: Paper; body?: string | undefined }[],
  link: (id: string) => string,
): RSSFeedItem[] {
  return byAddedDesc(papers)
    .slice(0, FEED_LENGTH)
    .map((p) => ({
      title: p.data.title,
      link: link(p.id),
      pubDate: new Date(`${p.data.added}T00:00:00Z`),
      description: [
        summaryText(p.body ?? ''),
        `${p.data.authors.map(displayName).join(', ')}. ${venueOf(p.data.venue).short} ${p.data.year}.`,
      ]
        .filter(Boolean)
        .join(' '),
      categories: p.data.categories.map((c) => leafOf(c).title),
    }));
}
