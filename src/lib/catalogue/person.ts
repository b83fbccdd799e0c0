/**
 * Author names as entries store them: BibTeX order, "Family, Given" (or "Family, Suffix, Given", or a
 * single name). The comma makes family and given names unambiguous, so nothing downstream re-splits a
 * display string: citations, the authors index and sorting all read the parts parsed here.
 */
import { parse as parseName } from '@citation-js/name';

/** One author, split into CSL name parts. */
export type Person = {
  /** Family name without particle, e.g. "Sonsbeek" for "van Sonsbeek, Tom" */
  family: string;
  /** Given names, e.g. "Vu Minh Hieu" */
  given?: string;
  /** Lower-case particle kept with the family name, e.g. "van" */
  particle?: string;
  /** e.g. "Jr." */
  suffix?: string;
  /** Given name first, as printed on papers: "Tom van Sonsbeek" */
  display: string;
};

const cache = new Map<string, Person>();

/**
 * Parse a stored author name. Example: person("Ma, Chao") -> { family: "Ma", given: "Chao", display: "Chao Ma" };
 * person("van Sonsbeek, Tom") -> { family: "Sonsbeek", particle: "van", given: "Tom", display: "Tom van Sonsbeek" }.
 */
export function person(stored: string): Person {
  let found = cache.get(stored);
  if (found) return found;
  const parsed = parseName(stored) as {
    family?: string;
    given?: string;
    suffix?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
    literal?: string;
  };
  const family = parsed.family ?? parsed.literal ?? stored;
  const particle = parsed['non-dropping-particle'] ?? parsed['dropping-particle'];
  const display =
    [parsed.given, particle, family].filter(Boolean).join(' ') + (parsed.suffix ? ` ${parsed.suffix}` : '');
  found = {
    family,
    ...(parsed.given ? { given: parsed.given } : {}),
    ...(particle ? { particle } : {}),
    ...(parsed.suffix ? { suffix: parsed.suffix } : {}),
    display,
  };
  cache.set(stored, found);
  return found;
}

/** The name as printed on papers, given name first: displayName("Ma, Chao") -> "Chao Ma". */
export function displayName(stored: string): string {
  return person(stored).display;
}

/** Family name with its particle, as cited: "van Sonsbeek". */
export function citedFamily(p: Person): string {
  return [p.particle, p.family].filter(Boolean).join(' ');
}

/** CSL-JSON name object of a stored name, for citation-js. */
export function cslName(stored: string): Record<string, string> {
  const p = person(stored);
  if (!p.given && !p.particle && !p.suffix) return { family: p.family };
  return {
    family: p.family,
    ...(p.given ? { given: p.given } : {}),
    ...(p.particle ? { 'non-dropping-particle': p.particle } : {}),
    ...(p.suffix ? { suffix: p.suffix } : {}),
  };
}

/**
 * A stored form for a name given in reading order, as a suggestion only: the last word is taken as the
 * family name, with lower-case particles ("van", "de") kept with it. storedForm("Tom van Sonsbeek") -> "van Sonsbeek, Tom".
 */
export function storedForm(readingOrder: string): string {
  const words = readingOrder.trim().split(/\s+/);
  if (words.length < 2) return readingOrder.trim();
  let i = words.length - 1;
  while (i > 1 && /^(?:van|von|der|den|de|del|della|di|da|dos|du|le|la|ter|ten)$/.test(words[i - 1]!)) i--;
  return `${words.slice(i).join(' ')}, ${words.slice(0, i).join(' ')}`;
}
