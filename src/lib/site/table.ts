/**
 * The compare table: its columns, sorting and CSV, over CardData (src/lib/site/card.ts). Pure and free of
 * build-time imports, so the browser uses the same code for a list's table view and its CSV download.
 */
import type { CardData } from './card.ts';

export type Column = {
  key: string;
  label: string;
  /** The cell as text (CSV, sorting); lists are joined with "; " */
  text: (row: CardData, site: string) => string;
  /** Shown in the on-page table (the CSV has every column) */
  shown: boolean;
  numeric?: boolean;
  /** A list of values: the on-page column is given room, so rows stay a few lines tall. */
  list?: boolean;
};

const list = (values: readonly string[]) => values.join('; ');

/** The weights cell of a paper whose official repository was read and released no weights. */
export const NOT_RELEASED = 'not released';

export const TABLE_COLUMNS: Column[] = [
  { key: 'name', label: 'Name', shown: true, text: (r) => r.names ?? '' },
  { key: 'title', label: 'Title', shown: true, text: (r) => r.title },
  { key: 'year', label: 'Year', shown: true, numeric: true, text: (r) => String(r.year) },
  { key: 'venue', label: 'Venue', shown: true, text: (r) => r.venue },
  { key: 'modality', label: 'Modality', shown: true, list: true, text: (r) => list(r.facts.modalities) },
  { key: 'anatomy', label: 'Anatomy', shown: true, list: true, text: (r) => list(r.facts.anatomy) },
  { key: 'tasks', label: 'Tasks', shown: true, list: true, text: (r) => list(r.facts.tasks) },
  { key: 'datasets', label: 'Datasets', shown: true, list: true, text: (r) => list(r.facts.datasets) },
  { key: 'clip', label: 'Use of CLIP', shown: true, list: true, text: (r) => list(r.facts.clipUsage) },
  { key: 'code', label: 'Code', shown: true, text: (r) => r.code ?? '' },
  {
    key: 'weights',
    label: 'Weights',
    shown: true,
    // The link; or "not released" where the official repository was read and offered none; else unknown.
    text: (r) => r.facts.weights ?? (r.facts.weightsNotReleased ? NOT_RELEASED : ''),
  },
  { key: 'id', label: 'Id', shown: false, text: (r) => r.id },
  { key: 'url', label: 'Page', shown: false, text: (r, site) => `${site}${r.path}` },
  { key: 'authors', label: 'Authors', shown: false, text: (r) => list(r.facts.authors) },
  { key: 'categories', label: 'Categories', shown: false, text: (r) => list(r.categories.map((c) => c.label)) },
  { key: 'groups', label: 'Groups', shown: false, text: (r) => list(r.facts.groups) },
  { key: 'arxiv', label: 'arXiv', shown: false, text: (r) => r.facts.arxiv ?? '' },
  { key: 'doi', label: 'DOI', shown: false, text: (r) => r.facts.doi ?? '' },
  // A flagged entry's facts are the survey's list's, or read on pages other than the paper (its page says which).
  { key: 'checked', label: 'Checked against the paper', shown: false, text: (r) => (r.unchecked ? 'no' : 'yes') },
];

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formula prefixes defused. */
function field(value: string): string {
  // A cell starting with = + - @ is run as a formula by spreadsheets; a leading quote keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV with a header line, every column; `site` prefixes the page paths (the site's absolute root). */
export function toCsv(rows: readonly CardData[], site: string, columns: readonly Column[] = TABLE_COLUMNS): string {
  const lines = [columns.map((c) => field(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(c.text(row, site))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Rows sorted by one column; numbers as numbers, text by locale; empty cells last. */
export function sortRows<Row extends CardData>(
  rows: readonly Row[],
  key: string,
  direction: 'ascending' | 'descending',
): Row[] {
  const column = TABLE_COLUMNS.find((c) => c.key === key);
  if (!column) return [...rows];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.text(a, '');
    const y = column.text(b, '');
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return sign * (column.numeric ? Number(x) - Number(y) : x.localeCompare(y));
  });
}
