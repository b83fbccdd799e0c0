/**
 * The scaffolder's logic (`npm run new`): merge what a BibTeX entry and the command-line flags say
 * about a paper into a catalogue entry, then check it exactly as `npm run check` would, against the
 * existing entries (so a duplicate is refused, naming the entry it repeats). Pure: the existing
 * entries, the vocabularies and today's date are arguments; nothing here reads files or the network.
 */
import type { Paper } from '../../schemas/paper.ts';
import type { Leaf, Modality, Venue } from '../../schemas/vocabularies.ts';
import type { BibFacts } from './bibtex.ts';
import { normaliseArxivId, normaliseDoi } from './bibtex.ts';
import { checkCatalogue } from '../catalogue/check-catalogue.ts';
import type { SourceFile } from '../catalogue/files.ts';
import { paperToMarkdown, splitFrontMatter } from '../catalogue/files.ts';
import { arxivAbsUrl, linkKey } from '../catalogue/links.ts';
import { makePaperId, titleKey } from '../catalogue/names.ts';
import { displayName } from '../catalogue/person.ts';
import { parseAuthorList } from './author-list.ts';
import { matchVenue, suggestVenues } from '../catalogue/venue-match.ts';
import { formatProblem } from '../catalogue/problem.ts';
import { parse } from 'yaml';

/** The --weights value for a paper whose official repository offers no trained weights. */
export const WEIGHTS_NONE = 'none';
/** Whether a --weights value (or an answer to the question) says "none", in any case and spacing. */
export const isWeightsNone = (value: string | undefined): boolean => value?.trim().toLowerCase() === WEIGHTS_NONE;

export { matchVenue };

/** Facts given on the command line (or chosen interactively); each overrides the BibTeX. */
export type ScaffoldFlags = {
  title?: string;
  /** "Family, Given and Family, Given" (BibTeX), or "Given Family; Given Family". */
  authors?: string;
  year?: string | number;
  /** A venue id from content/venues.json or a spelling of it ("MICCAI", "Medical Image Analysis"). */
  venue?: string;
  categories?: string[];
  /** "<category>/<group>", e.g. "classification/zero-shot" */
  subgroups?: string[];
  modalities?: string[];
  /** Method or model names the paper introduces, e.g. "CheXzero" */
  names?: string[];
  anatomy?: string[];
  tasks?: string[];
  clipUsage?: string[];
  /** Dataset ids (content/datasets) trained and evaluated on */
  trainingDatasets?: string[];
  evaluationDatasets?: string[];
  /** Pages read for the entry; defaults to the paper link */
  sources?: string[];
  arxiv?: string;
  doi?: string;
  /** Landing page of the paper; defaults to the BibTeX url, then the DOI, then the arXiv abstract. */
  link?: string;
  code?: string;
  project?: string;
  /** The weights link, or "none" when the official repository offers none (weightsNotReleased: today). */
  weights?: string;
  summary?: string;
  /** YYYY-MM-DD; defaults to today. */
  added?: string;
};

export type Vocabularies = { venues: Venue[]; leaves: Leaf[]; modalities: Modality[] };

/** The entry to write: its id, path, parsed front matter and full file text. */
export type Scaffolded = { id: string; file: string; paper: Paper; text: string; hints: string[] };

/** The entry cannot be written; each problem says which flag (or file) fixes it. */
export class ScaffoldError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** The existing catalogue, as files: the new entry is checked against it. */
export type Catalogue = { papers: SourceFile[]; datasets: SourceFile[] };

/**
 * The existing entry that a paper repeats (same normalised title, DOI, arXiv id or paper link), if any.
 * Runs before anything else is required, so that someone adding a paper the catalogue already has
 * learns that first, with the file to improve instead.
 */
export function findDuplicate(
  facts: { title?: string; doi?: string; arxiv?: string; link?: string },
  papers: SourceFile[],
): { file: string; field: string } | undefined {
  for (const { file, text } of papers) {
    const parts = splitFrontMatter(text);
    if (!parts) continue;
    let data: Record<string, unknown>;
    try {
      data = (parse(parts.yaml) ?? {}) as Record<string, unknown>;
    } catch {
      continue; // a broken entry is npm run check's business, not a duplicate
    }
    const links = (data['links'] ?? {}) as Record<string, unknown>;
    if (facts.title && typeof data['title'] === 'string' && titleKey(data['title']) === titleKey(facts.title))
      return { file, field: 'title' };
    if (facts.doi && String(data['doi'] ?? '').toLowerCase() === facts.doi) return { file, field: 'DOI' };
    if (facts.arxiv && String(data['arxiv'] ?? '') === facts.arxiv) return { file, field: 'arXiv id' };
    if (facts.link && typeof links['paper'] === 'string' && linkKey(links['paper']) === linkKey(facts.link))
      return { file, field: 'paper link' };
  }
  return undefined;
}

function listOf(values: readonly string[]): string {
  return values.join(', ');
}

/** " Did you mean "neurips"?" when a venue label is close to known venues, else "". */
function didYouMean(label: string, venues: readonly Venue[]): string {
  const close = suggestVenues(label, venues);
  return close.length ? ` Did you mean ${close.map((id) => `"${id}"`).join(' or ')}?` : '';
}

/** A link to a PDF file rather than a landing page (arXiv's /pdf/ too). */
function isPdfUrl(url: string): boolean {
  return /\.pdf(?:[?#].*)?$/i.test(url) || /arxiv\.org\/pdf\//i.test(url);
}

/** Split repeated or comma-separated flag values: ["a,b", "c"] -> ["a", "b", "c"]. */
export function splitList(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Merge BibTeX facts and flags into a paper, validate it with the real schema and the catalogue-wide
 * checks (duplicates), and render the file. Throws a ScaffoldError listing everything that is missing
 * or wrong, each with the flag to pass.
 */
export function scaffoldEntry(
  bib: BibFacts | undefined,
  flags: ScaffoldFlags,
  catalogue: Catalogue,
  vocab: Vocabularies,
  today: string,
): Scaffolded {
  const problems: string[] = [];
  const hints: string[] = [];

  const arxiv = flags.arxiv !== undefined ? normaliseArxivId(flags.arxiv) : bib?.arxiv;
  if (flags.arxiv !== undefined && !arxiv)
    problems.push(`--arxiv "${flags.arxiv}" is not an arXiv id; write it like 2303.11755`);
  const doi = flags.doi !== undefined ? normaliseDoi(flags.doi) : bib?.doi;
  if (flags.doi !== undefined && !doi)
    problems.push(`--doi "${flags.doi}" is not a DOI; write it like 10.1007/978-3-031-43904-9_48`);

  const title = flags.title?.trim() || bib?.title;
  const duplicate = findDuplicate({ title, doi, arxiv, link: flags.link?.trim() || bib?.url }, catalogue.papers);
  if (duplicate) {
    throw new ScaffoldError([
      `this paper is already in the catalogue: ${duplicate.file} has the same ${duplicate.field}. ` +
        `To correct or complete it, edit ${duplicate.file} instead of adding a new entry`,
    ]);
  }
  if (!title)
    problems.push('no title: pass --title "Title as printed on the paper" (or give a BibTeX entry with a title)');

  let authors = bib?.authors ?? [];
  if (flags.authors !== undefined) {
    const list = parseAuthorList(flags.authors);
    authors = list.authors;
    problems.push(...list.problems.map((p) => `--authors: ${p}`));
    hints.push(...list.notes);
  }
  if (authors.length === 0 && !problems.some((p) => p.startsWith('--authors')))
    problems.push(
      'no authors: pass --authors "Family, Given and Family, Given" in the order of the paper (or give a BibTeX entry with author = {...})',
    );
  if (flags.authors === undefined && bib?.authorsTruncated) {
    problems.push(
      'the BibTeX author list ends in "and others": the catalogue lists every author; pass the full list with --authors "Family, Given and Family, Given"',
    );
  }

  let venue: string | undefined;
  if (flags.venue !== undefined) {
    venue = matchVenue(flags.venue, vocab.venues);
    if (!venue) {
      problems.push(
        `--venue "${flags.venue}" is not a known venue.${didYouMean(flags.venue, vocab.venues)} ` +
          'If the venue is new, add it to content/venues.json (id, short, name, kind, aliases) in the same pull request, then pass its id. ' +
          `All venue ids: ${listOf(vocab.venues.map((v) => v.id))}`,
      );
    }
  } else if (bib?.venueLabel) {
    venue = matchVenue(bib.venueLabel, vocab.venues);
    if (!venue) {
      problems.push(
        `the BibTeX venue "${bib.venueLabel}" is not in content/venues.json.${didYouMean(bib.venueLabel, vocab.venues)} ` +
          'Pass --venue with its id, or, if the venue is new, add it to content/venues.json (id, short, name, kind, aliases; put "' +
          bib.venueLabel +
          `" in aliases) in the same pull request. All venue ids: ${listOf(vocab.venues.map((v) => v.id))}`,
      );
    }
  } else if (arxiv && !doi) {
    venue = 'arxiv';
    hints.push('venue set to "arxiv" (a preprint); pass --venue if the paper was published');
  } else {
    problems.push(
      `no venue: pass --venue with one of: ${listOf(vocab.venues.map((v) => v.id))} ("arxiv" for a preprint)`,
    );
  }

  let year: number | undefined;
  if (flags.year !== undefined) {
    year = Number(flags.year);
    if (!Number.isInteger(year))
      problems.push(`--year "${flags.year}" is not a year; write four digits, e.g. --year 2023`);
  } else if (bib?.year) {
    year = bib.year;
  } else if (venue === 'arxiv' && arxiv) {
    // An arXiv id starts with the year and month of its first version: a fact, not a guess.
    year = 2000 + Number(arxiv.slice(0, 2));
    hints.push(`year ${year} taken from the arXiv id`);
  } else {
    problems.push('no year: pass --year 2023 (the publication year; for a preprint, the year it appeared)');
  }

  const categories = splitList(flags.categories);
  if (categories.length === 0) {
    problems.push(
      `no category: pass --category with one or more of: ${listOf(vocab.leaves.map((l) => l.id))} ` +
        "(repeat the flag or separate with commas; what each means: content/taxonomy.json or the site's taxonomy pages)",
    );
  }
  const modalities = splitList(flags.modalities);
  const list = (values: string[] | undefined) => {
    const items = splitList(values);
    return items.length ? items : undefined;
  };
  const subgroups = list(flags.subgroups);
  const groupless = categories.filter((c) => vocab.leaves.find((l) => l.id === c)?.groups);
  for (const c of groupless) {
    if (!subgroups?.some((g) => g.startsWith(`${c}/`))) {
      const groups = vocab.leaves.find((l) => l.id === c)!.groups!;
      problems.push(
        `no group for ${c}: pass --subgroup with one or more of: ${listOf(groups.map((g) => `${c}/${g.id}`))} (what each means: content/taxonomy.json)`,
      );
    }
  }
  if (!flags.summary?.trim()) {
    problems.push(
      'no summary: pass --summary "Two to four sentences in your own words: the problem, the idea, what it was evaluated on"',
    );
  }

  // A landing page beats a PDF: a BibTeX url to a PDF is used only when nothing else is known.
  const bibUrl = bib?.url?.startsWith('https://') ? bib.url : undefined;
  const bibIsPdf = bibUrl !== undefined && isPdfUrl(bibUrl);
  const link =
    flags.link?.trim() ||
    (bibIsPdf ? undefined : bibUrl) ||
    (doi ? `https://doi.org/${doi}` : undefined) ||
    (arxiv ? arxivAbsUrl(arxiv) : undefined) ||
    bibUrl;
  if (!link) problems.push('no link to the paper: pass --link https://..., --doi 10.xxxx/... or --arxiv 2303.11755');

  if (problems.length) throw new ScaffoldError(problems);

  const taken = new Set(
    catalogue.papers.map((p) => (p.file.split('/').pop() ?? '').replace(/\.[^.]+$/, '').toLowerCase()),
  );
  const id = makePaperId(displayName(authors[0]!), year!, title!, taken);
  const file = `content/papers/${id}.md`;
  const links: Paper['links'] = { paper: link! };
  if (flags.code) links.code = flags.code.trim();
  if (flags.project) links.project = flags.project.trim();
  // "none": the official repository was read today and offers no trained weights of the paper's model.
  const noWeights = isWeightsNone(flags.weights);
  if (flags.weights && !noWeights) links.weights = flags.weights.trim();
  const sources = list(flags.sources) ?? [link!];
  if (!list(flags.sources))
    hints.push(`sources set to the paper link; add every page you read with --source (arXiv, publisher, repository)`);
  const training = list(flags.trainingDatasets);
  const evaluation = list(flags.evaluationDatasets);
  const optional = {
    names: list(flags.names),
    subgroups,
    anatomy: list(flags.anatomy),
    tasks: list(flags.tasks),
    datasets:
      training || evaluation ? { ...(training ? { training } : {}), ...(evaluation ? { evaluation } : {}) } : undefined,
    clipUsage: list(flags.clipUsage),
  };
  const paper = {
    title: title!,
    authors,
    venue: venue!,
    year: year!,
    categories,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    ...(modalities.length ? { modalities } : {}),
    links,
    ...(noWeights ? { weightsNotReleased: today } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(doi ? { doi } : {}),
    added: flags.added ?? today,
    sources,
    checked: today,
  } as Paper;
  const text = paperToMarkdown(paper, flags.summary ?? '');

  // The very check a pull request gets: the schema, then duplicates against every existing entry.
  const { problems: found } = checkCatalogue([...catalogue.papers, { file, text }], catalogue.datasets);
  const mine = found.filter((p) => p.file === file).map(formatProblem);
  if (mine.length) throw new ScaffoldError(mine);
  if (modalities.length === 0)
    hints.push(
      `optional: add modalities (--modality) when certain; allowed: ${listOf(vocab.modalities.map((m) => m.id))}`,
    );
  return { id, file, paper, text, hints };
}
