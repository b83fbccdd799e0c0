/**
 * Turning parsed seed records into catalogue entries: corrections applied, links cleaned,
 * identifiers extracted, venues mapped, repeated papers merged. Pure: all inputs are arguments.
 */
import type { Paper } from '../../schemas/paper.ts';
import { venueIdForLabel, type Venue } from '../../schemas/vocabularies.ts';
import { SECTION_TO_CATEGORY, type SeedRecord } from './parse.ts';
import {
  arxivIdFromLink,
  doiFromLink,
  ensureScheme,
  isProjectPage,
  landingPage,
  linkKey,
  unwrapRedirect,
} from '../catalogue/links.ts';
import { makePaperId, titleKey } from '../catalogue/names.ts';
import { splitAuthors } from './authors.ts';
import { displayName, storedForm } from '../catalogue/person.ts';

/** A verified fix (or an unresolved flag) for one seed record; see scripts/seed-corrections.json. */
export type Correction = {
  title: string;
  section?: string;
  set?: Partial<{
    title: string;
    authors: string[];
    venue: string;
    year: number;
    paper: string;
    code: string | null;
    arxiv: string;
    doi: string;
  }>;
  venueName?: string;
  /** For a flagged defect: the short notice shown on the paper page (defaults to `defect`). */
  note?: string;
  source?: string;
  defect: string;
  action: 'corrected' | 'flagged';
};

export type ModalityEvidence = { title: string; modalities: string[]; evidence: string };

export type Corrections = { corrections: Correction[]; modalities: ModalityEvidence[] };

/** Something the importer did to the data, for docs/data-quality.md. */
export type Change = { id: string; title: string; kind: string; detail: string };

export type ImportResult = { entries: Map<string, Paper>; changes: Change[] };

function correctionFor(record: SeedRecord, corrections: Correction[]): Correction[] {
  return corrections.filter(
    (c) => c.title.replace(/\s+/g, ' ') === record.title && (c.section === undefined || c.section === record.section),
  );
}

/**
 * An imported entry holds only what the survey's list says: until someone reads the paper and writes its
 * summary, groups and sources, it is flagged, and the site says so on its page.
 */
export const SEED_FLAG =
  "Imported from the survey's paper list and not yet checked against the paper: no summary, groups or sources yet.";

/**
 * Build entries from seed records. Throws (with seed line numbers) on anything it cannot settle by rule:
 * an unmapped venue, a missing first-listed date, or two different papers sharing an identifier or link.
 */
export function importSeed(
  records: SeedRecord[],
  firstListed: Map<string, string>,
  venues: Venue[],
  corrections: Corrections,
): ImportResult {
  const changes: Change[] = [];
  const problems: string[] = [];
  type Draft = { paper: Paper; records: SeedRecord[]; notes: string[] };
  const byTitle = new Map<string, Draft>();

  for (const record of records) {
    const note = (kind: string, detail: string) => changes.push({ id: '', title: record.title, kind, detail });
    const fixes = correctionFor(record, corrections.corrections);
    const set: NonNullable<Correction['set']> = Object.assign({}, ...fixes.map((f) => f.set ?? {}));
    const notes: string[] = [];
    for (const f of fixes) {
      if (f.action === 'corrected') note('corrected', `${f.defect} Source: ${f.source ?? 'n/a'}`);
      else {
        note('flagged', f.defect);
        notes.push(f.note ?? f.defect);
      }
    }

    const title = (set.title ?? record.title).normalize('NFKC').trim();
    // The seed writes names given name first; entries store them family name first ("Family, Given").
    const authors = (set.authors ?? splitAuthors(record.authors)).map((n) => (n.includes(', ') ? n : storedForm(n)));
    const year = set.year ?? record.year;
    const venue = set.venue ?? venueIdForLabel(record.venueLabel, venues);
    if (!venue)
      problems.push(
        `seed line ${record.line}: venue "${record.venueLabel}" is not in content/venues.json (add an alias or a correction)`,
      );
    else if (!set.venue && venues.find((v) => v.id === venue)?.short !== record.venueLabel) {
      note('venue', `"${record.venueLabel}" mapped to venue "${venue}"`);
    }

    const cleanLink = (raw: string, label: string): string => {
      let link = raw;
      const unwrapped = unwrapRedirect(link);
      if (unwrapped !== link) note('link', `${label} link was a search-engine redirect; unwrapped to ${unwrapped}`);
      link = unwrapped;
      const schemed = ensureScheme(link);
      if (schemed !== link) note('link', `${label} link "${link}" had no scheme; https:// added`);
      link = schemed;
      if (link.startsWith('http://')) {
        link = `https://${link.slice('http://'.length)}`;
        note('link', `${label} link upgraded from http to https`);
      }
      const url = new URL(link);
      if (url.hash) {
        url.hash = '';
        note('link', `${label} link carried a page fragment; removed`);
        link = url.toString();
      }
      return link;
    };

    let paperLink = cleanLink(set.paper ?? record.links['paper'] ?? '', 'paper');
    const arxiv = set.arxiv ?? arxivIdFromLink(paperLink);
    const landing = landingPage(paperLink);
    if (landing !== paperLink) {
      note('link', `paper link ${paperLink} replaced by the landing page of the same paper, ${landing}`);
      paperLink = landing;
    }
    const doi = set.doi ?? doiFromLink(paperLink);
    const codeRaw = set.code === null ? undefined : (set.code ?? record.links['code']);
    let code = codeRaw ? cleanLink(codeRaw, 'code') : undefined;
    let project: string | undefined;
    if (code && isProjectPage(code)) {
      note(
        'link',
        `"code" link ${code} is a project or documentation page, not a repository; filed as the project link`,
      );
      project = code;
      code = undefined;
    }

    const added = firstListed.get(record.title);
    if (!added) problems.push(`seed line ${record.line}: "${record.title}" has no date in first-listed.tsv`);
    const category = SECTION_TO_CATEGORY[record.section]!;
    const modality = corrections.modalities.find((m) => m.title.replace(/\s+/g, ' ') === record.title);

    const paper: Paper = {
      title,
      authors,
      venue: venue ?? 'arxiv',
      year,
      categories: [category],
      ...(modality ? { modalities: modality.modalities } : {}),
      links: { paper: paperLink, ...(code ? { code } : {}), ...(project ? { project } : {}) },
      ...(arxiv ? { arxiv } : {}),
      ...(doi ? { doi } : {}),
      added: added ?? '1970-01-01',
      flagged: SEED_FLAG,
    };

    const key = titleKey(title);
    const existing = byTitle.get(key);
    if (!existing) {
      byTitle.set(key, { paper, records: [record], notes });
      continue;
    }
    // The same paper listed again: one entry, in every category it was listed under.
    const first = existing.records[0]!;
    const p = existing.paper;
    if (!p.categories.includes(category)) p.categories.push(category);
    if (paper.added < p.added) p.added = paper.added;
    p.arxiv ??= paper.arxiv;
    p.doi ??= paper.doi;
    if (!p.links.code && paper.links.code) p.links.code = paper.links.code;
    if (!p.links.project && paper.links.project) p.links.project = paper.links.project;
    if (!p.modalities && paper.modalities) p.modalities = paper.modalities;
    existing.records.push(record);
    existing.notes.push(...notes);
    note(
      'duplicate',
      `listed again at seed line ${record.line} (first at line ${first.line}${first.section !== record.section ? `, under ${first.section}; now also under ${record.section}` : ', same section'}); merged into one entry`,
    );
  }

  // Different papers must not share an identifier or a link: that means a copied, wrong link.
  const owners = new Map<string, string>();
  for (const [key, d] of byTitle) {
    const ids = [
      `link ${linkKey(d.paper.links.paper)}`,
      ...(d.paper.arxiv ? [`arXiv ${d.paper.arxiv}`] : []),
      ...(d.paper.doi ? [`DOI ${d.paper.doi}`] : []),
    ];
    for (const id of ids) {
      const other = owners.get(id);
      if (other && other !== key) {
        problems.push(
          `seed line ${d.records[0]!.line}: "${d.paper.title}" shares ${id} with "${byTitle.get(other)!.paper.title}"; add a correction or a flag to scripts/seed-corrections.json`,
        );
      }
      owners.set(id, key);
    }
  }
  if (problems.length) throw new Error(`The seed could not be imported:\n- ${problems.join('\n- ')}`);

  const entries = new Map<string, Paper>();
  const taken = new Set<string>();
  // Ids are given in seed order so they stay stable across runs.
  for (const d of byTitle.values()) {
    const id = makePaperId(displayName(d.paper.authors[0] ?? 'anon'), d.paper.year, d.paper.title, taken);
    taken.add(id);
    if (d.notes.length) d.paper.notes = [...new Set(d.notes)];
    entries.set(id, d.paper);
    for (const c of changes) if (c.id === '' && titleKey(c.title) === titleKey(d.records[0]!.title)) c.id = id;
  }
  for (const c of changes) {
    if (c.id === '') c.id = [...entries].find(([, p]) => titleKey(p.title) === titleKey(c.title))?.[0] ?? '?';
  }
  return { entries, changes };
}
