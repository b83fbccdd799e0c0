/** Validate a whole catalogue given as file texts: each entry, then duplicates and references. */
import { checkDatasetFile, checkDuplicates, checkPaperFile, checkReferences, type Problem } from './validate.ts';

export type SourceFile = { file: string; text: string };

export function checkCatalogue(papers: SourceFile[], datasets: SourceFile[]) {
  const problems: Problem[] = [];
  const checkedPapers = papers.map((p) => checkPaperFile(p.file, p.text, problems));
  const checkedDatasets = datasets.map((d) => checkDatasetFile(d.file, d.text, problems));
  checkDuplicates(checkedPapers, problems);
  checkReferences(
    checkedDatasets,
    new Set(checkedPapers.filter((p) => p.file.endsWith('.md')).map((p) => p.id)),
    problems,
  );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, paperCount: papers.length, datasetCount: datasets.length };
}
