/**
 * What a paper card shows, computed once from an entry: the static lists render it with PaperCard.astro, and
 * the search page receives the same object as Pagefind metadata and fills PaperCard's <template> with it,
 * so a result looks exactly like a card on a list page.
 */
import type { Paper } from '../../schemas/paper.ts';
import { leafOf, venueOf } from '../../schemas/vocabularies.ts';
import { displayName } from '../catalogue/person.ts';
import { leafPath } from './routes.ts';

/** A card's facts. Paths are relative to the site root (no base), so one object serves every build. */
export type CardData = {
  title: string;
  /** Names shown on the card, given name first, "et al." after CARD_MAX_AUTHORS - 1 */
  authors: string;
  venue: string;
  year: number;
  categories: { label: string; path: string }[];
  /** Official code repository */
  code?: string;
};

/** Long author lists are cut so a card stays a card. */
export const CARD_MAX_AUTHORS = 8;

/** "A, B, C" or "A, B, ..., G, et al." for more than CARD_MAX_AUTHORS names. */
export function authorLine(stored: readonly string[]): string {
  const names = stored.map(displayName);
  return (names.length > CARD_MAX_AUTHORS ? [...names.slice(0, CARD_MAX_AUTHORS - 1), 'et al.'] : names).join(', ');
}

/** The card of one paper. */
export function cardData(paper: Paper): CardData {
  return {
    title: paper.title,
    authors: authorLine(paper.authors),
    venue: venueOf(paper.venue).short,
    year: paper.year,
    categories: paper.categories.map((c) => ({ label: leafOf(c).title, path: leafPath(c) })),
    ...(paper.links.code ? { code: paper.links.code } : {}),
  };
}
