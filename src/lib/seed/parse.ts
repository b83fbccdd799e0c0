/**
 * Parsing of the survey's public paper list (an "awesome list" README) into raw records.
 * Pure functions: the importer script reads the files and passes their text in.
 */

/** Seed section headings mapped to taxonomy leaf ids. */
export const SECTION_TO_CATEGORY: Record<string, string> = {
  'Multi-scale': 'multi-scale',
  'Data-efficient': 'data-efficient',
  'Knowledge-enhanced': 'knowledge-enhanced',
  Others: 'others',
  Classification: 'classification',
  'Dense Prediction': 'dense-prediction',
  'Cross-modal': 'cross-modal',
};

/** One paper record exactly as the seed writes it, before any normalisation. */
export type SeedRecord = {
  /** Section heading the record sits under, e.g. "Multi-scale". */
  section: string;
  /** 1-based line of the record's first line in the seed file. */
  line: number;
  /** Venue label as written, e.g. "IEEE TMI". */
  venueLabel: string;
  year: number;
  /** Title with wrapped lines joined by one space. */
  title: string;
  /** Author line as written, emphasis marks removed. */
  authors: string;
  /** Links by label, e.g. { paper: "...", code: "..." }, as written. */
  links: Record<string, string>;
};

/** One row of the resource table. */
export type SeedDatasetRow = {
  name: string;
  link: string;
  domain: string;
  images: string;
  texts: string;
  source: string;
  language: string;
  models: string;
};

const HEAD = /^\[\*\*(.+?)\s+((?:19|20)\d{2})\*\*\]\s*(.*)$/;
const HEAD_YEAR_FIRST = /^\[\*\*(.+?)\*\*\]\s*(.*)$/;
const LINK = /\[\[([^\]]+)\]\(([^)]*)\)\]/g;

function stripContinuation(line: string): string {
  return line.replace(/\s*\\\s*$/, '').trim();
}

/**
 * Split the seed README into paper records. Throws with the line number when a record cannot be read,
 * so a format change in the seed is noticed rather than silently dropping papers.
 */
export function parseSeedPapers(markdown: string): SeedRecord[] {
  const lines = markdown.split(/\r?\n/);
  const records: SeedRecord[] = [];
  let section = '';
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i] ?? '';
    const heading = /^###\s+(.+?)\s*$/.exec(raw);
    if (heading) {
      section = heading[1] ?? '';
      i++;
      continue;
    }
    if (!raw.startsWith('[**')) {
      i++;
      continue;
    }
    const start = i + 1;
    // A record runs until the next blank line or separator.
    const block: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !(lines[i] ?? '').startsWith('---')) {
      block.push(lines[i] ?? '');
      i++;
    }
    if (!(section in SECTION_TO_CATEGORY)) {
      throw new Error(`seed line ${start}: record under unknown section "${section}"`);
    }
    records.push(parseRecord(block, section, start));
  }
  return records;
}

function parseRecord(block: string[], section: string, line: number): SeedRecord {
  const linkLineIndex = block.findIndex((l) => /\[\[(paper|code)\]\(/.test(l));
  if (linkLineIndex < 0) throw new Error(`seed line ${line}: record has no [[paper](...)] link`);
  const body = block.slice(0, linkLineIndex);
  const linkLine = block.slice(linkLineIndex).join(' ');

  // The title runs from the head line until a line that ends with a continuation backslash
  // (wrapped titles continue on the next line); the author lines follow.
  const titleLines: string[] = [];
  let k = 0;
  for (; k < body.length; k++) {
    const l = body[k] ?? '';
    titleLines.push(stripContinuation(l));
    if (/\\\s*$/.test(l)) {
      k++;
      break;
    }
  }
  const authorLines = body.slice(k).map(stripContinuation);
  const headText = titleLines.join(' ');

  let venueLabel: string;
  let year: number;
  let title: string;
  const m = HEAD.exec(headText);
  if (m) {
    venueLabel = (m[1] ?? '').trim();
    year = Number(m[2]);
    title = (m[3] ?? '').trim();
  } else {
    // e.g. "[**CVPR workshop 2024**]" puts a word after the year
    const m2 = HEAD_YEAR_FIRST.exec(headText);
    const label = m2?.[1] ?? '';
    const y = /\b((?:19|20)\d{2})\b/.exec(label);
    if (!m2 || !y) throw new Error(`seed line ${line}: cannot read venue and year from "${headText.slice(0, 60)}"`);
    year = Number(y[1]);
    venueLabel = label.replace(y[0], '').replace(/\s+/g, ' ').trim();
    title = (m2[2] ?? '').trim();
  }
  if (!title) throw new Error(`seed line ${line}: record has no title`);
  const authors = authorLines
    .join(' ')
    .replace(/^_+|_+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

  const links: Record<string, string> = {};
  for (const lm of linkLine.matchAll(LINK)) {
    const label = (lm[1] ?? '').trim().toLowerCase();
    if (links[label]) throw new Error(`seed line ${line}: two [${label}] links`);
    links[label] = (lm[2] ?? '').trim();
  }
  if (!links['paper']) throw new Error(`seed line ${line}: record has no paper link`);
  return { section, line, venueLabel, year, title: title.replace(/\s+/g, ' '), authors, links };
}

/** Read the "Dataset Resource" table. */
export function parseSeedDatasets(markdown: string): SeedDatasetRow[] {
  const rows: SeedDatasetRow[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 7) continue;
    const link = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(cells[0] ?? '');
    if (!link) continue;
    rows.push({
      name: link[1] ?? '',
      link: link[2] ?? '',
      domain: cells[1] ?? '',
      images: cells[2] ?? '',
      texts: cells[3] ?? '',
      source: cells[4] ?? '',
      language: cells[5] ?? '',
      models: cells[6] ?? '',
    });
  }
  return rows;
}

/** Parse first-listed.tsv into a map from title (as written in the seed) to YYYY-MM-DD. */
export function parseFirstListed(tsv: string): Map<string, string> {
  const map = new Map<string, string>();
  const [header, ...rows] = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!header || !/^first_listed\ttitle$/.test(header.trim())) {
    throw new Error('first-listed.tsv: expected a header "first_listed<TAB>title"');
  }
  rows.forEach((row, n) => {
    const [date, ...rest] = row.split('\t');
    const title = rest.join('\t').trim();
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !title) {
      throw new Error(`first-listed.tsv line ${n + 2}: expected "YYYY-MM-DD<TAB>title"`);
    }
    const key = title.replace(/\s+/g, ' ');
    const earlier = map.get(key);
    if (!earlier || date < earlier) map.set(key, date);
  });
  return map;
}
