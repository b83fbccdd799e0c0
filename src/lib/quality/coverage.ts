/**
 * How much of the catalogue is explained: per fact and per category, how many entries carry it, which entries
 * still lack it, and which are flagged as not yet checked against the paper. Printed by `npm run report:data`
 * and published as the site's /coverage/ page, both computed from the entries at the time (never a committed file).
 */
import type { Paper } from '../../schemas/paper.ts';
import { applicationLeafIds, leaves, venueOf } from '../../schemas/vocabularies.ts';

export type CoveragePaper = { id: string; data: Paper; body?: string | undefined };

/**
 * A fact the report counts; `short` heads its column in the per-category table (`label` is its full name);
 * `applies` limits it to the papers it makes sense for.
 */
type Fact = {
  key: string;
  label: string;
  short: string;
  has: (p: CoveragePaper) => boolean;
  applies?: (p: CoveragePaper) => boolean;
};

const hasGroups = (p: CoveragePaper) => p.data.categories.some((c) => leaves.find((l) => l.id === c)?.groups);
const isApplication = (p: CoveragePaper) => p.data.categories.some((c) => applicationLeafIds.has(c));
/** Published at a venue that gives its papers DOIs (not a preprint server, nor e.g. NeurIPS or a PMLR volume). */
const hasDoiVenue = (p: CoveragePaper) => {
  const venue = venueOf(p.data.venue);
  return venue.kind !== 'preprint' && venue.registersDois !== false;
};

export const FACTS: Fact[] = [
  { key: 'summary', label: 'summary', short: 'Summary', has: (p) => !!p.body?.trim() },
  {
    key: 'sources',
    label: 'sources and check date',
    short: 'Sources',
    has: (p) => !!p.data.sources && !!p.data.checked,
  },
  { key: 'names', label: 'method names', short: 'Names', has: (p) => !!p.data.names },
  {
    key: 'subgroups',
    label: 'group (where the category has groups)',
    short: 'Group',
    has: (p) => !!p.data.subgroups,
    applies: hasGroups,
  },
  { key: 'modalities', label: 'imaging modality', short: 'Modality', has: (p) => !!p.data.modalities },
  { key: 'anatomy', label: 'anatomy', short: 'Anatomy', has: (p) => !!p.data.anatomy },
  { key: 'tasks', label: 'tasks evaluated', short: 'Tasks', has: (p) => !!p.data.tasks },
  {
    key: 'datasets',
    label: 'at least one dataset',
    short: 'Datasets',
    has: (p) => !!(p.data.datasets?.training?.length || p.data.datasets?.evaluation?.length),
  },
  {
    key: 'clipUsage',
    label: 'use of CLIP (applications)',
    short: 'CLIP use',
    has: (p) => !!p.data.clipUsage,
    applies: isApplication,
  },
  { key: 'code', label: 'official code link', short: 'Code', has: (p) => !!p.data.links.code },
  {
    key: 'weights',
    label: 'released weights (papers that may have them)',
    short: 'Weights',
    has: (p) => !!p.data.links.weights,
    // A paper whose official repository was read and releases none (weightsNotReleased) has nothing missing.
    applies: (p) => !p.data.weightsNotReleased,
  },
  { key: 'arxiv', label: 'arXiv id', short: 'arXiv', has: (p) => !!p.data.arxiv },
  {
    key: 'doi',
    label: 'DOI (papers of venues that give DOIs)',
    short: 'DOI',
    has: (p) => !!p.data.doi,
    applies: hasDoiVenue,
  },
];

export type FactCoverage = { key: string; label: string; have: number; of: number; missing: string[] };

export type Coverage = {
  papers: number;
  facts: FactCoverage[];
  byCategory: { id: string; title: string; papers: number; facts: Record<string, { have: number; of: number }> }[];
  flagged: { id: string; reason: string }[];
};

function count(papers: readonly CoveragePaper[], fact: Fact) {
  const applicable = papers.filter((p) => fact.applies?.(p) ?? true);
  const missing = applicable.filter((p) => !fact.has(p)).map((p) => p.id);
  return { have: applicable.length - missing.length, of: applicable.length, missing };
}

/** The coverage of a catalogue. */
export function coverage(papers: readonly CoveragePaper[]): Coverage {
  return {
    papers: papers.length,
    facts: FACTS.map((f) => ({ key: f.key, label: f.label, ...count(papers, f) })),
    byCategory: leaves.map((l) => {
      const inLeaf = papers.filter((p) => p.data.categories.includes(l.id));
      return {
        id: l.id,
        title: l.title,
        papers: inLeaf.length,
        facts: Object.fromEntries(
          FACTS.map((f) => {
            const { have, of } = count(inLeaf, f);
            return [f.key, { have, of }];
          }),
        ),
      };
    }),
    flagged: papers.filter((p) => p.data.flagged).map((p) => ({ id: p.id, reason: p.data.flagged! })),
  };
}

/** "12 of 163 (7%)"; "–" where the fact applies to no paper. */
export function share(have: number, of: number): string {
  return of === 0 ? '–' : `${have} of ${of} (${Math.round((100 * have) / of)}%)`;
}

/** The report as Markdown, for the terminal (npm run report:data). */
export function coverageMarkdown(c: Coverage): string {
  const lines = [
    `# Coverage of the catalogue: ${c.papers} papers`,
    '',
    '| fact | papers carrying it |',
    '| --- | --- |',
    ...c.facts.map((f) => `| ${f.label} | ${share(f.have, f.of)} |`),
    '',
    `| category | papers | ${FACTS.map((f) => f.key).join(' | ')} |`,
    `| --- | --- | ${FACTS.map(() => '---').join(' | ')} |`,
    ...c.byCategory.map(
      (row) =>
        `| ${row.title} | ${row.papers} | ${FACTS.map((f) => {
          const { have, of } = row.facts[f.key]!;
          return of ? `${Math.round((100 * have) / of)}%` : '–';
        }).join(' | ')} |`,
    ),
    '',
    `## Flagged: ${c.flagged.length} entries not yet checked against the paper`,
    '',
    ...c.flagged.map((f) => `- ${f.id}: ${f.reason}`),
    '',
    '## Entries still missing a fact',
    '',
    ...c.facts
      .filter((f) => f.missing.length)
      .map((f) => `- ${f.label} (${f.missing.length}): ${f.missing.join(', ')}`),
  ];
  return lines.join('\n');
}
