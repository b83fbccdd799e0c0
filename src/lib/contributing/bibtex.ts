/**
 * Reading the facts of a paper out of a BibTeX entry, for the scaffolder (`npm run new`).
 * Parsing is Citation.js's BibTeX plugin (LaTeX accents, braces, name lists, months); this module
 * only picks the fields a catalogue entry needs. Pure and offline: the input is forced to be BibTeX
 * text, so Citation.js never tries to resolve a DOI or URL over the network.
 */
import { plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

/** What a BibTeX entry tells about a paper; any field may be missing. */
export type BibFacts = {
  /** The citation key, e.g. "dawidowicz2023limitr". */
  key: string;
  title?: string;
  /** Names as entries store them, family name first, e.g. ["Dawidowicz, Gefen"]. */
  authors: string[];
  /** True when the author list ended in "and others" (et al.): the list is incomplete. */
  authorsTruncated: boolean;
  year?: number;
  /** Lowercase bare DOI, e.g. "10.1109/iccv51070.2023.01935". */
  doi?: string;
  /** arXiv id without version, e.g. "2303.11755". */
  arxiv?: string;
  url?: string;
  /** Journal or proceedings title, or the publisher of a preprint, e.g. "Medical Image Analysis". */
  venueLabel?: string;
};

/** A BibTeX text that cannot be used; the message says what to do. */
export class BibtexError extends Error {}

type RawEntry = { type: string; label: string; properties: Record<string, string> };

const ARXIV_ID = /(\d{4}\.\d{4,5})(?:v\d+)?/;

/** Normalise an arXiv id as people paste it ("arXiv:2303.11755v2", an abs or pdf link) to "2303.11755". */
export function normaliseArxivId(value: string): string | undefined {
  const text = value.trim();
  if (!/^(?:arxiv:)?\d{4}\.\d{4,5}(?:v\d+)?$/i.test(text) && !/arxiv\.org\/(?:abs|pdf)\//i.test(text)) return undefined;
  return ARXIV_ID.exec(text)?.[1];
}

/** Normalise a DOI as people paste it ("https://doi.org/10.1000/ABC", "doi:10.1000/abc") to "10.1000/abc". */
export function normaliseDoi(value: string): string | undefined {
  const text = value
    .trim()
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  return /^10\.\d{4,9}\/\S+$/.test(text) ? text.toLowerCase() : undefined;
}

/** CSL rich text carries <i>, <b>, <sup>, <sub> and <span class="nocase">; a catalogue title is plain text. */
function plainText(s: string): string {
  return s
    .replace(/<\/?(?:i|b|sup|sub|sc|span)(?:\s[^>]*)?>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A CSL name in the stored form: "Family, Given", "Family, Suffix, Given" or a single name. */
function storedName(n: NonNullable<CSL['author']>[number]): string | undefined {
  const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;
  if (n.literal) return clean(n.literal);
  const family = clean([n['dropping-particle'], n['non-dropping-particle'], n.family].filter(Boolean).join(' '));
  const given = clean(n.given);
  if (!family) return given;
  return [family, clean(n.suffix), given].filter(Boolean).join(', ');
}

/**
 * Parse BibTeX text into the facts of each entry, in order.
 * Throws a BibtexError naming the line of a syntax error, or saying that no entry was found.
 */
export function parseBibtex(text: string): BibFacts[] {
  // Citation.js's defaults, spelt out because its typings require every option.
  const options = {
    generateGraph: false,
    forceType: '@biblatex/text',
    maxChainLength: 10,
    strict: true,
    target: '@csl/list+object',
  };
  let raw: RawEntry[];
  let csl: CSL[];
  try {
    raw = plugins.input.chain(text, { ...options, target: '@biblatex/entries+list' }) as unknown as RawEntry[];
    csl = plugins.input.chain(text, options);
  } catch (error) {
    const first = String((error as Error).message)
      .split('\n')[0]!
      .replace(/[:\s]+$/, '');
    throw new BibtexError(`the BibTeX could not be read: ${first}. Check the braces and commas of the entry`);
  }
  if (raw.length === 0) {
    throw new BibtexError('no BibTeX entry found; an entry starts with @article{key, or @inproceedings{key,');
  }
  return csl.map((entry, i): BibFacts => {
    const props = raw[i]?.properties ?? {};
    const names = entry.author ?? [];
    const truncated = names.length > 0 && /^others$/i.test(names.at(-1)?.family ?? names.at(-1)?.literal ?? '');
    const authors = (truncated ? names.slice(0, -1) : names).map(storedName).filter((n): n is string => !!n);
    const year = entry.issued?.['date-parts']?.[0]?.[0];
    const isArxiv = /arxiv/i.test(props['archiveprefix'] ?? props['eprinttype'] ?? '');
    const arxiv =
      (isArxiv && props['eprint'] ? normaliseArxivId(props['eprint']) : undefined) ??
      [props['journal'], props['url'], props['note'], entry.URL]
        .filter((s): s is string => !!s && /arxiv/i.test(s))
        .map((s) => ARXIV_ID.exec(s)?.[1])
        .find(Boolean);
    const venueLabel =
      entry['container-title'] ?? props['journal'] ?? props['booktitle'] ?? (isArxiv ? 'arXiv' : entry.publisher);
    return {
      key: entry['citation-key'] ?? String(entry.id),
      title: entry.title ? plainText(entry.title) : undefined,
      authors,
      authorsTruncated: truncated,
      year: typeof year === 'number' ? year : year ? Number(year) : undefined,
      doi: entry.DOI ? normaliseDoi(entry.DOI) : undefined,
      arxiv,
      url: entry.URL?.trim(),
      venueLabel: venueLabel ? plainText(String(venueLabel)) : undefined,
    };
  });
}
