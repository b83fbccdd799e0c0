/** Person names and title words: splitting author lines, making ids. */

/** ASCII-fold and lowercase a string: "Müller" -> "muller". */
export function asciiFold(s: string): string {
  // Plain ASCII (most text) has nothing to fold: skip the Unicode normalisation.
  if (!/[^ -~\t\n\r]/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
}

/** The family name of a "Given Family" name, ASCII-folded: "Daniel C. Castro" -> "castro". */
export function familyName(name: string): string {
  const tokens = asciiFold(name)
    .replace(/[^a-z\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return (tokens.at(-1) ?? 'anon').replace(/-/g, '');
}

const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'for',
  'to',
  'in',
  'with',
  'via',
  'and',
  'is',
  'are',
  'do',
  'does',
  'how',
  'what',
  'can',
  'towards',
  'toward',
]);

/** Significant words of a title, ASCII-folded, for ids and related-paper scoring. */
export function titleWords(title: string): string[] {
  return asciiFold(title)
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOPWORDS.has(w));
}

/**
 * A readable, stable id: first author's family name + year + first significant title word,
 * e.g. "huang2021gloria". `taken` ids get the next title word appended until unique.
 */
export function makePaperId(firstAuthor: string, year: number, title: string, taken: Set<string>): string {
  const words = titleWords(title);
  const base = `${familyName(firstAuthor)}${year}`;
  let id = `${base}${words[0] ?? ''}`;
  for (let i = 1; taken.has(id) && i < words.length; i++) id = `${id}-${words[i]}`;
  for (let n = 2; taken.has(id); n++) id = `${base}${words[0] ?? ''}-${n}`;
  return id;
}

/** Title normalised for duplicate detection: case, punctuation, dashes and spacing ignored. */
export function titleKey(title: string): string {
  return asciiFold(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
