/** A problem found in a catalogue file, located for the contributor who has to fix it. */
export type Problem = {
  /** Path from the project root, e.g. "content/papers/huang2021gloria.md" */
  file: string;
  /** 1-based line in that file */
  line: number;
  /** Field path ("links.code"), or a parenthesised part of the file: "(yaml)", "(summary)", "(file)" */
  field: string;
  /** What is wrong and how to fix it */
  message: string;
};

/** Render a problem the way compilers do, so editors and CI logs make it clickable. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

/** Sort problems by file, then line, so a contributor reads them top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
