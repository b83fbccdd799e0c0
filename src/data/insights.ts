/**
 * The charts of the field at a glance (/insights/ and the home page), computed once per build: for each, its SVG
 * and the rows of its data table, with every number linked to the search that lists its papers.
 */
import { applicationLeafIds, leaves } from '@/schemas/vocabularies';
import { CODE_AVAILABLE } from '@/lib/search/attributes';
import { codeShare, crossCounts, facetedPapers, singleCounts, type Cell } from '@/lib/site/insights';
import { barsChart, CATEGORY_COLOURS, matrixChart, shareChart, stackedYearsChart } from '@/lib/site/charts';
import { url } from '@/lib/site/url';
import { paperCount } from '@/lib/site/count';
import type { Facet } from '@/lib/search/state';
import { getPapers } from './catalogue';
import { getDatasetUses } from './indexes';

type TableCell = string | number | { text: string | number; href: string };
export type ChartData = {
  id: string;
  title: string;
  description: string;
  svg: string;
  columns: string[];
  rows: { cells: TableCell[] }[];
  legend?: { label: string; colour: string }[];
};

const linked = (n: number, href: string): TableCell => (n ? { text: n, href } : 0);

/**
 * A matrix chart and its table: rows = the values `ys` of `y`, columns = values of `x` (those of the papers in
 * those rows, most papers first), each cell a count.
 */
function matrix(
  faceted: ReturnType<typeof facetedPapers>,
  spec: { id: string; title: string; description: string; x: Facet; y: Facet; xLabel: string; yLabel: string },
  ys: string[],
): ChartData {
  const rows = new Set(ys);
  const inRows = faceted.filter((p) => [...(p.get(spec.y) ?? [])].some((v) => rows.has(v)));
  const cells = crossCounts(inRows, spec.x, spec.y).filter((c) => rows.has(c.y));
  const xs = singleCounts(inRows, spec.x).map((r) => r.value);
  const at = new Map(cells.map((c) => [`${c.x}\u0000${c.y}`, c]));
  const svg = matrixChart(
    cells.map((c) => ({ ...c, href: url(c.href), label: `${c.y}, ${c.x}: ${paperCount(c.n)}` })),
    xs,
    ys,
    spec.title,
    { x: spec.xLabel, y: spec.yLabel },
  );
  return {
    ...spec,
    svg,
    columns: [spec.yLabel, ...xs],
    rows: ys.map((y) => ({
      cells: [
        y,
        ...xs.map((x) => {
          const c = at.get(`${x}\u0000${y}`);
          return c ? linked(c.n, url(c.href)) : 0;
        }),
      ],
    })),
  };
}

let cache: Promise<
  Record<'years' | 'modalities' | 'tasks' | 'clipUses' | 'venues' | 'code', ChartData> & { papers: number }
>;

export function getInsights() {
  return (cache ??= (async () => {
    const papers = await getPapers();
    const { byPaper } = await getDatasetUses();
    const faceted = facetedPapers(papers, (id) => (byPaper.get(id) ?? []).map((u) => u.dataset.data.name));
    const categories = leaves.map((l) => l.title);

    const yearCells: Cell[] = crossCounts(faceted, 'year', 'category');
    const years = [...new Set(yearCells.map((c) => c.x))].sort();
    const yearAt = new Map(yearCells.map((c) => [`${c.x}\u0000${c.y}`, c]));
    const yearTotals = singleCounts(faceted, 'year');
    const years_: ChartData = {
      id: 'years',
      title: 'Papers per year, by category',
      description:
        'One bar per year of publication, split by taxonomy category; a paper filed under two categories counts in both. Each segment links to its papers.',
      svg: stackedYearsChart(
        yearCells.map((c) => ({ ...c, href: url(c.href), label: `${c.x}, ${c.y}: ${paperCount(c.n)}` })),
        categories,
        'Papers per year, by category',
      ),
      legend: categories.map((label, i) => ({ label, colour: CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]! })),
      columns: ['Year', ...categories, 'Papers'],
      rows: years.map((year) => ({
        cells: [
          year,
          ...categories.map((cat) => {
            const c = yearAt.get(`${year}\u0000${cat}`);
            return c ? linked(c.n, url(c.href)) : 0;
          }),
          (() => {
            const t = yearTotals.find((r) => r.value === year)!;
            return linked(t.n, url(t.href));
          })(),
        ],
      })),
    };

    const modalities = matrix(
      faceted,
      {
        id: 'modality-category',
        title: 'Where research concentrates: modality by category',
        description:
          'Papers per imaging modality (columns) and category (rows). Blank cells are combinations no paper of the catalogue covers yet; papers without a recorded modality are not counted.',
        x: 'modality',
        y: 'category',
        xLabel: 'Modality',
        yLabel: 'Category',
      },
      categories,
    );
    const tasks = matrix(
      faceted,
      {
        id: 'task-modality',
        title: 'Tasks by modality',
        description:
          'Papers per evaluation task (rows) and imaging modality (columns); a paper counts once per task and modality it reports.',
        x: 'modality',
        y: 'task',
        xLabel: 'Modality',
        yLabel: 'Task',
      },
      singleCounts(faceted, 'task').map((r) => r.value),
    );

    const clipUses = matrix(
      faceted,
      {
        id: 'clip-category',
        title: 'How CLIP is used, by application',
        description:
          'Application papers per use of CLIP (columns) and category (rows); a paper counts once per use it reports. Pre-training papers are left out: they refine CLIP itself rather than put it to work.',
        x: 'clip',
        y: 'category',
        xLabel: 'Use of CLIP',
        yLabel: 'Category',
      },
      leaves.filter((l) => applicationLeafIds.has(l.id)).map((l) => l.title),
    );

    const venueRows = singleCounts(faceted, 'venue').slice(0, 15);
    const venues: ChartData = {
      id: 'venues',
      title: 'Where the papers appear',
      description: 'The venues with the most papers in the catalogue; preprints not yet published count under arXiv.',
      svg: barsChart(
        venueRows.map((r) => ({ ...r, href: url(r.href), label: `${r.value}: ${paperCount(r.n)}` })),
        'Where the papers appear',
        'Papers',
      ),
      columns: ['Venue', 'Papers'],
      rows: venueRows.map((r) => ({ cells: [r.value, linked(r.n, url(r.href))] })),
    };

    const shares = codeShare(faceted, CODE_AVAILABLE);
    const code: ChartData = {
      id: 'code',
      title: 'Share of papers with code',
      description:
        'Per year, the percentage of papers whose entry links an official code repository; the label on each bar gives the count.',
      svg: shareChart(
        shares.map((r) => ({
          ...r,
          href: url(r.href),
          label: `${r.year}: ${r.withCode} of ${paperCount(r.total)} link code`,
        })),
        'Share of papers with code',
      ),
      columns: ['Year', 'With code', 'Papers', 'Share'],
      rows: shares.map((r) => ({
        cells: [r.year, linked(r.withCode, url(r.href)), r.total, `${Math.round((100 * r.withCode) / r.total)}%`],
      })),
    };
    return { years: years_, modalities, tasks, clipUses, venues, code, papers: papers.length };
  })());
}
