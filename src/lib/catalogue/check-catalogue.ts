/**
 * The contributor-facing validator behind `npm run check`: every problem in every entry at once, each as
 * file:line: field: message. Astro alone stops at the first bad entry and lets two files with the same id
 * overwrite each other; this does neither, and never crashes on a bad file.
 */
import { linkKey } from './links.ts';
import { titleKey } from './names.ts';
import { checkDatasetFile, checkPaperFile, type CheckedDataset, type CheckedPaper } from './check-entry.ts';
import type { SourceFile } from './files.ts';
import { sortProblems, type Problem } from './problem.ts';
import { lineOf } from './yaml.ts';

/**
 * Two files with the same id (differing only in case), and the same paper twice (normalised title, DOI,
 * arXiv id or paper link). The entry added later is reported, naming the earlier.
 */
export function duplicateProblems(papers: readonly CheckedPaper[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  for (const p of papers) {
    const key = p.id.toLowerCase();
    const other = ids.get(key);
    if (other)
      problems.push({
        file: p.file,
        line: 1,
        field: '(file name)',
        message: `same id as ${other}; two entries cannot share a URL. Rename one of them`,
      });
    else ids.set(key, p.file);
  }
  const seen = new Map<string, CheckedPaper>();
  // The entry added later is the one reported (a pull request's new file, not the existing entry);
  // equal dates fall back to file name order.
  const ordered = papers
    .filter((p) => p.paper && p.loc)
    .sort((a, b) => a.paper!.added.localeCompare(b.paper!.added) || a.file.localeCompare(b.file));
  for (const p of ordered) {
    const paper = p.paper!;
    const keys: [string, string, (string | number)[]][] = [
      [`title:${titleKey(paper.title)}`, 'title', ['title']],
      [`link:${linkKey(paper.links.paper)}`, 'links.paper', ['links', 'paper']],
    ];
    if (paper.arxiv) keys.push([`arxiv:${paper.arxiv}`, 'arxiv', ['arxiv']]);
    if (paper.doi) keys.push([`doi:${paper.doi}`, 'doi', ['doi']]);
    for (const [key, field, path] of keys) {
      const other = seen.get(key);
      if (other && other.file !== p.file) {
        const what = field === 'title' ? 'title' : field === 'links.paper' ? 'paper link' : field;
        problems.push({
          file: p.file,
          line: lineOf(p.loc!, path),
          field,
          message: `duplicate of ${other.file} (${other.id}): same ${what}. If it is the same paper, add the missing information to ${other.id} instead; if it is a different paper, fix the wrong value`,
        });
      } else if (!other) seen.set(key, p);
    }
  }
  return problems;
}

/** References must resolve: datasets to the papers that introduced their models, papers to the datasets they use. */
export function referenceProblems(
  datasets: readonly CheckedDataset[],
  paperIds: ReadonlySet<string>,
  papers: readonly CheckedPaper[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const datasetIds = new Set(datasets.map((d) => d.id));
  for (const p of papers) {
    if (!p.paper?.datasets || !p.loc) continue;
    for (const role of ['training', 'evaluation'] as const) {
      p.paper.datasets[role]?.forEach((id, i) => {
        if (!datasetIds.has(id)) {
          problems.push({
            file: p.file,
            line: lineOf(p.loc!, ['datasets', role, i]),
            field: `datasets.${role}.${i}`,
            message: `no dataset "${id}" (content/datasets/${id}.yaml does not exist); use the id of a dataset of the catalogue, or add the dataset in the same pull request (see CONTRIBUTING.md)`,
          });
        }
      });
    }
  }
  for (const d of datasets) {
    if (!d.dataset || !d.loc) continue;
    (d.dataset.models ?? []).forEach((m, i) => {
      if (m.paper && !paperIds.has(m.paper)) {
        problems.push({
          file: d.file,
          line: lineOf(d.loc!, ['models', i, 'paper']),
          field: `models.${i}.paper`,
          message: `no paper entry "${m.paper}" (content/papers/${m.paper}.md does not exist); use the id of an existing entry or remove the reference`,
        });
      }
    });
  }
  return problems;
}

/** Run a check of one file; an unexpected exception becomes a problem of that file, never a crash. */
function guarded<T extends { file: string; id: string }>(
  file: SourceFile,
  problems: Problem[],
  check: (file: string, text: string, problems: Problem[]) => T,
): T {
  try {
    return check(file.file, file.text, problems);
  } catch (error) {
    problems.push({
      file: file.file,
      line: 1,
      field: '(file)',
      message: `this file could not be checked (${(error as Error).message.split('\n')[0]}); simplify it to plain front matter as in CONTRIBUTING.md, and report the message to the maintainers`,
    });
    return { file: file.file, id: file.file } as T;
  }
}

/** Validate a whole catalogue given as file texts: each entry, then duplicates and references. */
export function checkCatalogue(papers: readonly SourceFile[], datasets: readonly SourceFile[]) {
  const problems: Problem[] = [];
  if (papers.length === 0) {
    problems.push({
      file: 'content/papers',
      line: 1,
      field: '(catalogue)',
      message: 'the catalogue has no paper entries; a site without papers must not be built or deployed',
    });
  }
  const checkedPapers = papers.map((p) => guarded(p, problems, checkPaperFile));
  const checkedDatasets = datasets.map((d) => guarded(d, problems, checkDatasetFile));
  problems.push(...duplicateProblems(checkedPapers));
  problems.push(...referenceProblems(checkedDatasets, new Set(checkedPapers.map((p) => p.id)), checkedPapers));
  return {
    problems: sortProblems(problems),
    papers: checkedPapers,
    datasets: checkedDatasets,
    paperCount: papers.length,
    datasetCount: datasets.length,
  };
}
