/** Coverage statistics of the catalogue's optional facts, for docs/data-quality.md. */
import type { Paper } from '../../schemas/paper.ts';
import { leaves, modalities, venueOf } from '../../schemas/vocabularies.ts';

const pct = (n: number, total: number) => `${n} of ${total} (${total ? Math.round((100 * n) / total) : 0}%)`;

/** A Markdown report of how many papers carry each optional fact, per modality and per category. */
export function coverageReport(papers: Paper[]): string {
  const total = papers.length;
  const count = (f: (p: Paper) => boolean) => papers.filter(f).length;
  const lines = [
    `Papers: ${total}. Printed by \`npm run report:data\` from content/.`,
    '',
    '| fact | papers carrying it |',
    '| --- | --- |',
    `| imaging modality | ${pct(
      count((p) => !!p.modalities),
      total,
    )} |`,
    `| code link | ${pct(
      count((p) => !!p.links.code),
      total,
    )} |`,
    `| project page | ${pct(
      count((p) => !!p.links.project),
      total,
    )} |`,
    `| arXiv id | ${pct(
      count((p) => !!p.arxiv),
      total,
    )} |`,
    `| DOI | ${pct(
      count((p) => !!p.doi),
      total,
    )} |`,
    `| arXiv id or DOI | ${pct(
      count((p) => !!p.arxiv || !!p.doi),
      total,
    )} |`,
    `| in two or more categories | ${pct(
      count((p) => p.categories.length > 1),
      total,
    )} |`,
    `| data-quality notice | ${pct(
      count((p) => !!p.notes?.length),
      total,
    )} |`,
    '',
    '| modality | papers |',
    '| --- | --- |',
    ...modalities.map((m) => `| ${m.label} | ${count((p) => !!p.modalities?.includes(m.id))} |`),
    `| (not recorded) | ${count((p) => !p.modalities)} |`,
    '',
    '| category | papers | with modality |',
    '| --- | --- | --- |',
    ...leaves.map((l) => {
      const inLeaf = papers.filter((p) => p.categories.includes(l.id));
      return `| ${l.title} | ${inLeaf.length} | ${pct(inLeaf.filter((p) => !!p.modalities).length, inLeaf.length)} |`;
    }),
    '',
    '| venue kind | papers |',
    '| --- | --- |',
    ...(['conference', 'journal', 'workshop', 'preprint'] as const).map(
      (k) => `| ${k} | ${count((p) => venueOf(p.venue).kind === k)} |`,
    ),
  ];
  return lines.join('\n');
}
