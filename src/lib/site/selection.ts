/**
 * The reader's selection of papers: which ids it holds, how it travels in a URL, and how per-paper citation
 * files join into one export. Pure, so the browser scripts (src/scripts/selection/) and the tests share it.
 */
import { PAPER_ID_PATTERN } from '../../schemas/ids.ts';

/** localStorage key of the selection (a JSON array of paper ids, in the order they were selected). */
export const SELECTION_KEY = 'selection';
/** URL parameter of a shared selection: /selection/?ids=a,b,c */
export const SHARE_PARAM = 'ids';
/** A selection is a reading list, not the catalogue: beyond this it stops growing (and says so). */
export const MAX_SELECTION = 1000;

/** Ids from untrusted input (storage, a URL): well-formed, each once, at most MAX_SELECTION, order kept. */
export function cleanIds(values: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (typeof v === 'string' && PAPER_ID_PATTERN.test(v)) out.add(v);
    if (out.size >= MAX_SELECTION) break;
  }
  return [...out];
}

/** The selection stored as text; anything unreadable is an empty selection. */
export function parseStored(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? cleanIds(value) : [];
  } catch {
    return [];
  }
}

/** Ids of a shared selection URL's query string. */
export function idsFromSearch(search: string): string[] {
  const raw = new URLSearchParams(search).get(SHARE_PARAM) ?? '';
  return cleanIds(raw.split(','));
}

/** The query string that shares a selection. */
export function shareSearch(ids: readonly string[]): string {
  return selectionSearch(ids, 'cards');
}

/** The selection page's query string: the papers of a shared selection, if any, and the view when it is the table. */
export function selectionSearch(ids: readonly string[], view: 'cards' | 'table'): string {
  const parts = [
    ...(ids.length ? [`${SHARE_PARAM}=${ids.join(',')}`] : []),
    ...(view === 'table' ? ['view=table'] : []),
  ];
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The selection page showing these papers in its compare table, as a shared selection (the reader's own untouched). */
export function comparePath(ids: readonly string[]): string {
  return `selection/${selectionSearch(ids, 'table')}`;
}

/** The selection with one id added (at the end) or removed. */
export function toggleId(ids: readonly string[], id: string, on: boolean): string[] {
  if (on) return ids.includes(id) ? [...ids] : cleanIds([...ids, id]);
  return ids.filter((x) => x !== id);
}

/** The export formats: the per-paper citation file each is joined from, its file name and media type. */
export const EXPORTS = {
  bib: { label: 'BibTeX', file: 'citation.bib', extension: 'bib', type: 'application/x-bibtex' },
  ris: { label: 'RIS', file: 'citation.ris', extension: 'ris', type: 'application/x-research-info-systems' },
  csl: { label: 'CSL-JSON', file: 'citation.json', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
  csv: { label: 'CSV', file: 'card.json', extension: 'csv', type: 'text/csv' },
} as const;
export type ExportFormat = keyof typeof EXPORTS;

/** Per-paper BibTeX or RIS files as one file: each record once, separated by a blank line. */
export function joinRecords(texts: readonly string[]): string {
  return `${texts
    .map((t) => t.trim())
    .filter(Boolean)
    .join('\n\n')}\n`;
}

/** Per-paper CSL-JSON files (each an array of one item) as one CSL-JSON array. */
export function joinCsl(texts: readonly string[]): string {
  const items = texts.flatMap((t) => {
    const value: unknown = JSON.parse(t);
    return Array.isArray(value) ? value : [value];
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}
