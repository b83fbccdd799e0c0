/**
 * What a paper card shows, computed once from an entry: the static lists render it with PaperCard.astro, and
 * the search page rebuilds the same object from Pagefind's data (src/lib/search/card-meta.ts) and fills
 * PaperCard's <template> with it, so a result looks exactly like a card on a list page.
 */
import type { Paper } from '../../schemas/paper.ts';
import { anatomyOf, clipUsageOf, leafOf, modalityOf, subgroupOf, taskOf, venueOf } from '../../schemas/vocabularies.ts';
import { displayName } from '../catalogue/person.ts';
import { firstSentence } from '../catalogue/summary.ts';
import { leafPath, paperPath } from './routes.ts';
import { factPath } from './facts.ts';
import { CARD_MAX_TASKS, cutAuthors } from '../search/card-meta.ts';

/** A card's facts. Paths are relative to the site root (no base), so one object serves every build. */
export type CardData = {
  /** Entry id */
  id: string;
  /** The paper page, relative to the site root */
  path: string;
  title: string;
  /** Method names the title does not already show, e.g. "CheXzero" */
  names?: string;
  /** First sentence of the summary, plain text */
  summary?: string;
  /** The entry is flagged: not yet checked against the paper (the card says so, in UNCHECKED_LINE's words) */
  unchecked?: true;
  /** Short facts shown as chips, each a link to its fact page: modalities, then tasks */
  chips: { label: string; path: string }[];
  /** Names shown on the card, given name first, "et al." after CARD_MAX_AUTHORS - 1 */
  authors: string;
  venue: string;
  year: number;
  categories: { label: string; path: string }[];
  /** Official code repository */
  code?: string;
  /** The compare table's and the CSV's further columns (labels, not ids) */
  facts: {
    authors: string[];
    groups: string[];
    modalities: string[];
    anatomy: string[];
    tasks: string[];
    datasets: string[];
    clipUsage: string[];
    weights?: string;
    /** The official repository was read and released no weights (the paper page says when). */
    weightsNotReleased?: true;
    arxiv?: string;
    doi?: string;
  };
};

/** "A, B, C" or "A, B, ..., G, et al." for more than CARD_MAX_AUTHORS names. */
export function authorLine(stored: readonly string[]): string {
  return cutAuthors(stored.map(displayName));
}

/** Method names missing from the title, joined: a card titled by a long sentence still says "CheXzero". */
export function namesNotInTitle(paper: Paper): string | undefined {
  const title = paper.title.toLowerCase();
  const missing = (paper.names ?? []).filter((n) => !title.includes(n.toLowerCase()));
  return missing.length ? missing.join(', ') : undefined;
}

/**
 * The card of one paper: its id, front matter, summary (the Markdown body) and the names of the datasets it uses
 * (src/lib/site/dataset-uses.ts; only the compare table and CSV show them).
 */
export function cardData(id: string, paper: Paper, summary = '', datasetNames: readonly string[] = []): CardData {
  const names = namesNotInTitle(paper);
  const sentence = summary.trim() ? firstSentence(summary) : '';
  const labels = <T extends { label: string }>(ids: readonly string[] | undefined, of: (id: string) => T) =>
    (ids ?? []).map((x) => of(x).label);
  return {
    id,
    path: paperPath(id),
    title: paper.title,
    ...(names ? { names } : {}),
    ...(sentence ? { summary: sentence } : {}),
    ...(paper.flagged ? { unchecked: true as const } : {}),
    chips: [
      ...(paper.modalities ?? []).map((m) => ({ label: modalityOf(m).label, path: factPath('modalities', m) })),
      ...(paper.tasks ?? [])
        .slice(0, CARD_MAX_TASKS)
        .map((t) => ({ label: taskOf(t).label, path: factPath('tasks', t) })),
    ],
    authors: authorLine(paper.authors),
    venue: venueOf(paper.venue).short,
    year: paper.year,
    categories: paper.categories.map((c) => ({ label: leafOf(c).title, path: leafPath(c) })),
    ...(paper.links.code ? { code: paper.links.code } : {}),
    facts: {
      authors: paper.authors.map(displayName),
      groups: (paper.subgroups ?? []).map((g) => subgroupOf(g).title),
      modalities: labels(paper.modalities, modalityOf),
      anatomy: labels(paper.anatomy, anatomyOf),
      tasks: labels(paper.tasks, taskOf),
      datasets: [...new Set(datasetNames)],
      clipUsage: labels(paper.clipUsage, clipUsageOf),
      ...(paper.links.weights
        ? { weights: paper.links.weights }
        : paper.weightsNotReleased
          ? { weightsNotReleased: true as const }
          : {}),
      ...(paper.arxiv ? { arxiv: paper.arxiv } : {}),
      ...(paper.doi ? { doi: paper.doi } : {}),
    },
  };
}
