/**
 * Reading an author list typed on the command line (`npm run new -- --authors ...`) into stored names
 * ("Family, Given"). BibTeX's own form is read exactly; the looser forms people paste are read with a
 * note of every assumption, and a list that looks split wrongly is refused rather than guessed.
 */
import { storedForm } from '../catalogue/person.ts';

export type AuthorList = { authors: string[]; notes: string[]; problems: string[] };

const clean = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[∗*†‡]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "Phan,Vu  Minh" -> "Phan, Vu Minh": one comma and one space, as the schema expects. */
const tidyStored = (s: string) =>
  s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .join(', ');

/**
 * Parse an author list:
 * - BibTeX: "Phan, Vu Minh Hieu and Xie, Yutong" (names with a comma are family name first);
 * - "Given Family; Given Family", "Given Family, Given Family" or "A and B": given name first, the last
 *   word taken as the family name (noted, so the contributor can check);
 * - a comma list with one-word parts ("Phan, Vu, Xie, Yutong") is ambiguous and refused.
 */
export function parseAuthorList(text: string): AuthorList {
  const notes: string[] = [];
  const problems: string[] = [];
  const value = clean(text);
  if (!value) return { authors: [], notes, problems };
  let parts: string[];
  let commaMeansFamily: boolean;
  if (/\s+and\s+/i.test(value) || /\s&\s/.test(value)) {
    parts = value.split(/\s+(?:and|&)\s+/i);
    commaMeansFamily = true;
    // "A B, C D and E F": a comma list closed by "and" (not BibTeX); split the commas too.
    if (
      parts.some(
        (p) => p.split(',').length > 2 || (p.includes(',') && p.split(',').every((x) => x.trim().includes(' '))),
      )
    ) {
      parts = parts.flatMap((p) => p.split(','));
      commaMeansFamily = false;
    }
  } else if (value.includes(';')) {
    parts = value.split(';');
    commaMeansFamily = true;
  } else if (value.includes(',')) {
    const pieces = value.split(',').map((p) => p.trim());
    if (pieces.every((p) => p.includes(' '))) {
      parts = pieces;
      commaMeansFamily = false;
    } else if (pieces.length === 2) {
      parts = [value];
      commaMeansFamily = true;
    } else {
      problems.push(
        `the author list "${value}" cannot be split safely (some parts between commas are single words); write it as BibTeX does, "Family, Given and Family, Given", or one name per ";" as "Given Family; Given Family"`,
      );
      return { authors: [], notes, problems };
    }
  } else {
    parts = [value];
    commaMeansFamily = true;
  }
  const assumed: string[] = [];
  const authors = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      if (commaMeansFamily && p.includes(',')) return tidyStored(p);
      const stored = storedForm(p);
      if (stored !== p) assumed.push(`"${p}" -> "${stored}"`);
      return stored;
    });
  if (assumed.length) {
    notes.push(
      `names without a comma were read given name first, the last word as the family name: ${assumed.join(', ')}. If one is wrong, pass --authors "Family, Given and Family, Given"`,
    );
  }
  return { authors, notes, problems };
}
