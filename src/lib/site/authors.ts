/**
 * Authors as people: one id per person, built from the names written in entries.
 * Spellings that differ only by case, accents, punctuation or spacing fold to the same id; spellings that
 * folding cannot merge are joined only through the alias data file (content/author-aliases.json), never on a guess.
 */
import type { AuthorAlias } from '../../schemas/author-aliases.ts';
import { pathText, type Conflict } from '../../schemas/vocabulary-schemas.ts';
import { citedFamily, person } from '../catalogue/person.ts';
import { asciiFold } from '../catalogue/names.ts';

/** What the index needs of a paper: its id and author list (stored names, "Family, Given"). */
type Authored = { id: string; data: { authors: readonly string[] } };

/**
 * The URL id of a name: accents, case, punctuation and whitespace folded away.
 * Example: authorKey("Daniel C. Castro") === authorKey("daniel c castro") === "daniel-c-castro";
 * authorKey("Philip Müller") === "philip-muller". Letters of other scripts are kept.
 */
export function authorKey(name: string): string {
  return asciiFold(name.normalize('NFKC'))
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Authors with at least this many papers in the catalogue have a page listing them. A page for the author of one
 * paper would repeat that paper's page (its co-authors are the paper's authors), so their name leads to the paper
 * instead; in a catalogue that grows like the real one, four in five authors have one paper, and their pages
 * would be most of the site (53,000 of 67,000 pages at 10,000 papers, measured with the synthetic catalogue).
 */
export const AUTHOR_PAGE_MIN_PAPERS = 2;

/** Whether an author has a page of their own (see AUTHOR_PAGE_MIN_PAPERS). */
export const hasAuthorPage = (author: { papers: readonly unknown[] }): boolean =>
  author.papers.length >= AUTHOR_PAGE_MIN_PAPERS;

/** One person of the catalogue. */
export type Author<P> = {
  /** URL id, e.g. "daniel-c-castro" */
  id: string;
  /** Name shown on the site */
  name: string;
  /** Every spelling found in entries */
  spellings: string[];
  /** Family name (for sorting and the A-Z index), e.g. "Castro" */
  family: string;
  /** Papers in input order */
  papers: P[];
};

export type AuthorIndex<P> = {
  /** All authors, sorted by family name then given names */
  authors: Author<P>[];
  /** The person a name as written in an entry refers to */
  byName(name: string): Author<P>;
  /** The person with this URL id, if any */
  byId(id: string): Author<P> | undefined;
};

function nonAscii(s: string): number {
  return [...s].filter((c) => c.charCodeAt(0) > 127).length;
}

/**
 * The rules of content/author-aliases.json beyond its schema: a variant that folding already merges with its name
 * is useless, and a variant claimed by two people contradicts itself. Each with where it is, for the checker
 * (src/lib/catalogue/vocabulary-check.ts), which names the lines.
 */
export function aliasConflicts(aliases: readonly AuthorAlias[]): Conflict[] {
  const claimed = new Map<string, { key: string; name: string; at: number }>();
  const out: Conflict[] = [];
  aliases.forEach((alias, i) => {
    const key = authorKey(person(alias.name).display);
    alias.variants.forEach((variant, j) => {
      const vKey = authorKey(person(variant).display);
      const path = [i, 'variants', j];
      const previous = claimed.get(vKey);
      if (vKey === key)
        out.push({
          path,
          other: [i, 'name'],
          message: () =>
            `"${variant}" already folds to the same id as "${alias.name}" (${key}): case, accents and punctuation are set aside anyway; remove this variant`,
        });
      else if (previous && previous.key !== key)
        out.push({
          path,
          other: [previous.at, 'name'],
          message: (where) =>
            `"${variant}" is listed for both "${previous.name}" (${where([previous.at, 'name'])}) and "${alias.name}"; keep it under one person`,
        });
      else claimed.set(vKey, { key, name: alias.name, at: i });
    });
  });
  return out;
}

/**
 * Alias lookup: folded variant -> folded canonical key. Throws, naming the file, when an alias breaks a rule
 * (aliasConflicts); \`npm run check\` reports the same with lines.
 */
export function aliasMap(aliases: readonly AuthorAlias[]): Map<string, { key: string; name: string }> {
  const conflicts = aliasConflicts(aliases);
  if (conflicts.length)
    throw new Error(`content/author-aliases.json: ${conflicts.map((c) => c.message(pathText)).join('; ')}`);
  const map = new Map<string, { key: string; name: string }>();
  for (const alias of aliases) {
    const key = authorKey(person(alias.name).display);
    for (const variant of alias.variants) map.set(authorKey(person(variant).display), { key, name: alias.name });
  }
  return map;
}

/**
 * Build the author index of a list of papers. Each paper appears once per author, in input order.
 * The displayed name is the alias file's spelling when there is one, else the most frequent spelling
 * (ties go to the spelling with more accented letters, then the longer one: "Gareth J. Barker" over
 * "Gareth J Barker", since folding loses accents and punctuation).
 */
export function buildAuthorIndex<P extends Authored>(
  papers: readonly P[],
  aliases: readonly AuthorAlias[] = [],
): AuthorIndex<P> {
  const alias = aliasMap(aliases);
  const keyOf = (name: string) => {
    const k = authorKey(name);
    return alias.get(k)?.key ?? k;
  };
  // Spellings are counted by their stored form, so the family/given split of the chosen spelling is kept.
  const people = new Map<string, { counts: Map<string, number>; papers: P[] }>();
  for (const paper of papers) {
    for (const stored of new Set(paper.data.authors)) {
      const key = keyOf(person(stored).display);
      let entry = people.get(key);
      if (!entry) people.set(key, (entry = { counts: new Map(), papers: [] }));
      entry.counts.set(stored, (entry.counts.get(stored) ?? 0) + 1);
      if (entry.papers.at(-1) !== paper) entry.papers.push(paper);
    }
  }
  const canonical = new Map<string, string>();
  for (const a of aliases) canonical.set(authorKey(person(a.name).display), a.name);

  const authors: (Author<P> & { sortKey: string })[] = [...people.entries()].map(([id, entry]) => {
    const spellings = [...entry.counts.keys()].map((s) => person(s).display);
    const stored =
      canonical.get(id) ??
      [...entry.counts.entries()].sort(
        (a, b) =>
          b[1] - a[1] || nonAscii(b[0]) - nonAscii(a[0]) || b[0].length - a[0].length || a[0].localeCompare(b[0]),
      )[0]![0];
    const p = person(stored);
    return {
      id,
      name: p.display,
      spellings,
      family: p.family,
      papers: entry.papers,
      sortKey: `${asciiFold(p.family)} ${asciiFold(p.given ?? '')} ${asciiFold(citedFamily(p))}`,
    };
  });
  authors.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));
  const byId = new Map(authors.map((a) => [a.id, a]));
  // Every card and paper page looks its authors up by their stored spelling: parsing and folding each name once
  // instead of on every page saved about 2 s of CPU in a 10,000-paper build.
  const byStored = new Map<string, Author<P>>();
  return {
    authors,
    byName(stored) {
      let found = byStored.get(stored);
      if (found) return found;
      found = byId.get(keyOf(person(stored).display));
      if (!found) throw new Error(`author "${stored}" is not in the index`);
      byStored.set(stored, found);
      return found;
    },
    byId: (id) => byId.get(id),
  };
}

/** The A-Z heading an author is listed under: the first letter of the folded family name, or "#". */
export function initialOf(author: { family: string }): string {
  const first = asciiFold(author.family).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
