/**
 * The lists of content/ (taxonomy, venues, modalities, anatomy, tasks, uses of CLIP, sites that are not sources,
 * author aliases) checked as entries are: every problem with its file, line and field, and what to do. A
 * contributor adding a venue or an alias edits one of these lists, and until this check a mistake there stopped
 * every command with a stack trace. Imports only schemas and rules that read no list (vocabulary-schemas.ts,
 * not-source-schema.ts, author-aliases.ts, aliasConflicts), so it runs when a list is broken; the modules that
 * load the lists go through loadList.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { authorAliasesSchema } from '../../schemas/author-aliases.ts';
import { aliasConflicts } from '../site/authors.ts';
import { notSourceConflicts, notSourceSchema } from '../../schemas/not-source-schema.ts';
import { pathText, VOCABULARY_FILES, type Conflict, type Path } from '../../schemas/vocabulary-schemas.ts';
import { formatProblem, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { lineOf, type Located } from './yaml.ts';

/**
 * Every list of content/ that entries are checked against or the site is built from, by file name: its schema and
 * the rules beyond it. Loading (loadList) and checking (vocabularyProblems) both go through this table.
 */
export const LIST_FILES = {
  ...VOCABULARY_FILES,
  'not-sources.json': { schema: z.array(notSourceSchema), conflicts: notSourceConflicts },
  'author-aliases.json': { schema: authorAliasesSchema, conflicts: aliasConflicts },
} as const;

export type ListFile = keyof typeof LIST_FILES;
type ListData<F extends ListFile> = z.infer<(typeof LIST_FILES)[F]['schema']>;

/**
 * A list file's data (as imported), validated against its schema and its rules. A broken list stops whatever
 * imports it, with each problem's file, line and field as `npm run check` reports them (the file is read again
 * from the project's folder for its lines; run from elsewhere, the problems name their paths instead).
 */
export function loadList<F extends ListFile>(file: F, data: unknown): ListData<F> {
  const parsed = LIST_FILES[file].schema.safeParse(data);
  const issues = parsed.success
    ? conflictsOf(file, parsed.data).map((c) => ({ path: c.path, message: c.message(pathText) }))
    : parsed.error.issues.map((i) => ({ path: i.path as Path, message: i.message }));
  if (!issues.length) return parsed.data as ListData<F>;
  let shown: string[] = [];
  try {
    shown = vocabularyFileProblems(file, readFileSync(join(process.cwd(), 'content', file), 'utf8')).map(formatProblem);
  } catch {
    // not run from the project's folder: fall back to paths
  }
  if (!shown.length) shown = issues.map((i) => `content/${file}: ${pathText(i.path)}: ${i.message}`);
  throw new Error(`A list of content/ is not valid:\n${shown.join('\n')}\nFix it, then run npm run check.`);
}

/** The rules a list's valid data breaks (LIST_FILES). */
const conflictsOf = (file: ListFile, data: unknown): Conflict[] =>
  (LIST_FILES[file].conflicts as (d: unknown) => Conflict[])(data);

/** JSON.parse's complaint, without the offset it appends, and the line it points at. */
function syntaxProblem(file: string, text: string, error: Error): Problem {
  const at = /position (\d+)/.exec(error.message);
  const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1;
  const what = error.message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  return {
    file,
    line,
    field: '(json)',
    message: `the JSON cannot be read (${what}); check the line and the one above it for a missing comma between values, a comma after the last value of a list or block, or a quote left open`,
  };
}

/** The problems of one vocabulary file's text. */
export function vocabularyFileProblems(name: ListFile, text: string): Problem[] {
  const file = `content/${name}`;
  try {
    JSON.parse(text);
  } catch (e) {
    return [syntaxProblem(file, text, e as Error)];
  }
  // JSON is YAML: the YAML parser gives the lines, and finds a key written twice, which JSON.parse lets pass.
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const loc: Located = { doc, counter, lineOffset: 0 };
  const twice = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  if (twice.length)
    return twice.map((e) => ({
      file,
      line: counter.linePos(e.pos[0]).line,
      field: '(json)',
      message: 'a field is written twice in the same block; keep one of the two',
    }));
  const { data, problems } = schemaProblems(file, loc, LIST_FILES[name].schema);
  if (problems.length || data === undefined) return problems;
  const where = (path: Path) => `line ${lineOf(loc, path)}`;
  return conflictsOf(name, data).map((c) => ({
    file,
    line: lineOf(loc, c.path),
    field: c.path.join('.'),
    message: c.message(where),
  }));
}

/** The problems of every list file under `root`/content (a file that is missing is a problem too). */
export function vocabularyProblems(root: string): Problem[] {
  return (Object.keys(LIST_FILES) as ListFile[]).flatMap((name) => {
    const path = join(root, 'content', name);
    if (!existsSync(path))
      return [
        {
          file: `content/${name}`,
          line: 1,
          field: '(file)',
          message: 'this list is missing; restore it from the main branch',
        },
      ];
    return vocabularyFileProblems(name, readFileSync(path, 'utf8'));
  });
}
