/**
 * Paths of the site's pages, relative to the base (pass them to url()). One place for the URL scheme.
 * Example: url(leafPath('multi-scale')) -> '/taxonomy/pre-training/multi-scale/'
 */
import { branchOf } from '../../schemas/vocabularies.ts';

export const paperPath = (id: string) => `papers/${id}/`;
export const branchPath = (branchId: string) => `taxonomy/${branchId}/`;
export const authorPath = (authorId: string) => `authors/${authorId}/`;
/** The authors filed under one initial: authorLetterPath("M") -> "authors/letters/m/". */
export const authorLetterPath = (letter: string) => `authors/letters/${letterSlug(letter)}/`;
/** The URL segment of an initial: "M" -> "m", "#" (names in other scripts) -> "other". */
export const letterSlug = (letter: string) => (letter === '#' ? 'other' : letter.toLowerCase());
export const venuePath = (venueId: string) => `venues/${venueId}/`;
export const yearPath = (year: number | string) => `years/${year}/`;
export const datasetPath = (id: string) => `datasets/${id}/`;
export const leafFeedPath = (leafId: string) => `feeds/${leafId}.xml`;
/** The feed of additions carrying one value of a kind of fact, e.g. feeds/modalities/ultrasound.xml. */
export const factFeedPath = (kindKey: string, termId: string) => `feeds/${kindKey}/${termId}.xml`;
/** BibTeX of every paper of a category (or of the whole catalogue with "all"), one file to import. */
export const bibtexPath = (leafId: string) => `bibtex/${leafId}.bib`;

/** Citation files of one paper: BibTeX, RIS and CSL-JSON. */
export const CITATION_FORMATS = ['bib', 'ris', 'json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];
export const citationPath = (id: string, format: CitationFormat) => `papers/${id}/citation.${format}`;

/** The files in a paper's folder next to its page (src/data/paper-files.ts), with the Content-Type a host sends. */
export const PAPER_FILES = {
  'citation.bib': 'application/x-bibtex; charset=utf-8',
  'citation.ris': 'application/x-research-info-systems; charset=utf-8',
  'citation.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  'card.json': 'application/json; charset=utf-8',
} as const satisfies Record<`citation.${CitationFormat}` | 'card.json', string>;
export type PaperFile = keyof typeof PAPER_FILES;

/** Where a build writes every paper's files as one JSON object before splitting it (never shipped). */
export const FILES_BUNDLE = 'papers/files.bundle.json';

/** The page of a taxonomy leaf, under its branch. Throws for an unknown category id. */
export function leafPath(leafId: string): string {
  return `taxonomy/${branchOf(leafId).id}/${leafId}/`;
}

/** The group id under which a category lists the papers not yet placed in one of its groups. */
export const UNGROUPED = 'ungrouped';

/** The pages of one group of a category: groupPath("classification", "zero-shot"). */
export const groupPath = (leafId: string, groupId: string) => `${leafPath(leafId)}${groupId}/`;
