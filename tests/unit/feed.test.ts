import { displayName } from '@/lib/catalogue/person';
import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, feedItems } from '../../src/lib/site/feed.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';

const { papers, leaves } = loadCatalogue();

describe('feedItems', () => {
  const items = feedItems(papers, (id) => `/base/papers/${id}/`);

  it('lists the most recent additions first, at most FEED_LENGTH', () => {
    expect(items).toHaveLength(Math.min(FEED_LENGTH, papers.length));
    const dates = items.map((i) => (i.pubDate as Date).toISOString().slice(0, 10));
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates[0]).toBe(
      papers
        .map((p) => p.data.added)
        .sort()
        .at(-1),
    );
  });

  it('links each item to its paper page and names its categories', () => {
    const first = items[0]!;
    const paper = papers.find((p) => p.data.title === first.title)!;
    expect(first.link).toBe(`/base/papers/${paper.id}/`);
    expect(first.categories).toEqual(paper.data.categories.map((c) => leaves.find((l) => l.id === c)!.title));
    expect(first.description).toContain(displayName(paper.data.authors[0]!));
  });
});
