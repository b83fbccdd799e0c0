/**
 * The catalogue of a project folder, parsed with the real schemas, for command-line tools and tests
 * (the site reads it through Astro's content collections instead). Refuses an invalid catalogue with
 * the checker's own messages.
 */
import type { Paper } from '../../schemas/paper.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { checkCatalogue } from './check-catalogue.ts';
import { readCatalogueFiles } from './files.ts';
import { formatProblem } from './problem.ts';

/** A paper as tools see it: the id, the front matter, the summary (Markdown body, trimmed). */
export type LoadedPaper = { id: string; data: Paper; body: string };
export type LoadedDataset = { id: string; data: Dataset };

/** Read and validate every entry under `root`; throws listing every problem when any entry is invalid. */
export function loadCatalogue(root = '.'): { papers: LoadedPaper[]; datasets: LoadedDataset[] } {
  const files = readCatalogueFiles(root);
  const result = checkCatalogue(files.papers, files.datasets);
  const problems = [...files.problems, ...result.problems];
  if (problems.length) {
    throw new Error(
      `the catalogue in ${root} has problems (run npm run check):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return {
    papers: result.papers.map((p) => ({ id: p.id, data: p.paper!, body: (p.body ?? '').trim() })),
    datasets: result.datasets.map((d) => ({ id: d.id, data: d.dataset! })),
  };
}
