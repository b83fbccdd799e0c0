/**
 * The "start here" lists (content/start-here.json) resolved against the catalogue: per branch, the papers a
 * newcomer should read first with our one-line reason. An id that is not in the catalogue is a problem
 * (npm run check reports it with its line; the build stops on it), never silently dropped.
 */
import data from '../../../content/start-here.json' with { type: 'json' };
import { startHereSchema, type StartHere } from '../../schemas/start-here.ts';
import type { Problem } from '../catalogue/problem.ts';

export const START_HERE_FILE = 'content/start-here.json';

/** Ids in the lists that are not papers of the catalogue, located in the file's text. */
export function startHereProblems(text: string, paperIds: ReadonlySet<string>, file = START_HERE_FILE): Problem[] {
  const problems: Problem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [{ file, line: 1, field: '(json)', message: `not valid JSON (${(e as Error).message}); fix the syntax` }];
  }
  const parsed = startHereSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ file, line: 1, field: issue.path.join('.') || '(file)', message: issue.message });
    return problems;
  }
  const lines = text.split('\n');
  parsed.data.branches.forEach((b, i) =>
    b.papers.forEach((p, j) => {
      if (paperIds.has(p.paper)) return;
      const line = lines.findIndex((l) => l.includes(`"${p.paper}"`)) + 1;
      problems.push({
        file,
        line: line || 1,
        field: `branches.${i}.papers.${j}.paper`,
        message: `no paper has the id "${p.paper}"; use the file name of an entry under content/papers without .md`,
      });
    }),
  );
  return problems;
}

/** One branch's list with its papers looked up; throws on an unknown id so the build cannot publish a gap. */
export function startHereFor<P extends { id: string }>(
  branchId: string,
  papers: readonly P[],
): { paper: P; why: string }[] {
  const byId = new Map(papers.map((p) => [p.id, p]));
  const startHere: StartHere = startHereSchema.parse(data);
  return (startHere.branches.find((b) => b.branch === branchId)?.papers ?? []).map(({ paper, why }) => {
    const found = byId.get(paper);
    if (!found) throw new Error(`${START_HERE_FILE}: no paper has the id "${paper}" (run npm run check)`);
    return { paper: found, why };
  });
}
