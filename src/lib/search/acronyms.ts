/**
 * Acronyms in queries of several words. Pagefind matches every query word as the start of longer words, so
 * "US segmentation" also found the papers "using" segmentation (37 where "ultrasound segmentation" finds 7), and
 * its exact search, which would match "US" alone, takes the whole query as one phrase. So each paper page also
 * indexes, in its hidden words, a token for every word it writes in capitals, which no other word starts with
 * (acronymToken), and a query of several words searches an acronym typed in capitals as its token: the papers
 * that write it so, whatever the other words match.
 */

/** A word typed in capitals: two to six letters and digits, at least one a letter ("CT", "SAM", "3D", "LIMITR"). */
export const ACRONYM = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,6}$/;

/** Whether a word is an acronym (ACRONYM). */
export const isAcronym = (word: string): boolean => ACRONYM.test(word);

/**
 * The index word standing for an acronym: "zz", its length, the acronym in lower case, "0"; "US" -> "zz2us0".
 * Each token only starts itself: its length fixes where it ends, and no English word starts with "zz" and a digit.
 * It sorts after every word of the catalogue ("zero-shot", "x-ray" ...), so the index chunks of other words do not
 * move, and it ends in a digit, which no stemming rule removes.
 */
export function acronymToken(acronym: string): string {
  return `zz${acronym.length}${acronym.toLowerCase()}0`;
}

const TOKEN = /^zz([2-6])([a-z0-9]+)0$/;

/** The acronym (lower case) an index word stands for, or undefined for any other word: "zz2us0" -> "us". */
export function acronymOfToken(word: string): string | undefined {
  const m = TOKEN.exec(word);
  return m && m[2]!.length === Number(m[1]) ? m[2] : undefined;
}

/** Words in capitals inside a text, a plural "s" aside ("CTs" -> CT), and the capitalised parts of "MIMIC-CXR". */
const CAPITALISED = /(?<![\p{L}\p{N}])[A-Z0-9]{2,6}(?=s?(?![\p{L}\p{N}]))/gu;

/**
 * The tokens (acronymToken) of the acronyms a page's indexed texts write, each once, space-separated; "" when none.
 * Example: acronymTokens(['SAM for CT and MRI scans', 'MIMIC-CXR, 3D CTs']) === 'zz3sam0 zz2ct0 zz3mri0 zz5mimic0
 * zz3cxr0 zz23d0'.
 */
export function acronymTokens(texts: readonly string[]): string {
  const found = new Set<string>();
  for (const text of texts) for (const [word] of text.matchAll(CAPITALISED)) if (isAcronym(word)) found.add(word);
  return [...found].map(acronymToken).join(' ');
}
