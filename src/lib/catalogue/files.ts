/**
 * Entry files on disk: the one module that lists, reads and writes content/papers/*.md and
 * content/datasets/*.yaml. Everything else (the checker, the scaffolder, the link checks, the benchmarks,
 * the tests) goes through here, so a file the site would skip is never silently ignored anywhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Paper } from '../../schemas/paper.ts';
import type { Problem } from './problem.ts';

export const PAPERS_DIR = 'content/papers';
export const DATASETS_DIR = 'content/datasets';

/** What each folder holds; anything else in it is reported, since the site would skip it. */
const FOLDERS = [
  { dir: PAPERS_DIR, ext: '.md', what: 'paper entries (<id>.md)' },
  { dir: DATASETS_DIR, ext: '.yaml', what: 'dataset entries (<id>.yaml)' },
] as const;

/** A file's path from the project root and its text. */
export type SourceFile = { file: string; text: string };

/** Files a folder may hold besides entries: its README explains the folder to contributors. */
const README = 'README.md';

function misplaced(dir: string, name: string, ext: string, what: string, isDir: boolean): Problem {
  const file = `${dir}/${name}`;
  if (isDir) {
    return {
      file,
      line: 1,
      field: '(folder)',
      message: `sub-folders are not read: the site would silently skip everything in ${file}/. Move its entries into ${dir}/ itself`,
    };
  }
  const base = name.replace(/\.[^.]+$/, '');
  const why = /\.mdx$/i.test(name)
    ? 'MDX can run code, so paper entries must be plain Markdown'
    : `${dir}/ holds only ${what}; the site would silently skip this file`;
  return {
    file,
    line: 1,
    field: '(file)',
    message: `${why}. Rename it to ${base}${ext} (keeping only YAML${ext === '.md' ? ' front matter and a summary' : ''}), or move it out of ${dir}/`,
  };
}

/**
 * Files in the content folders that are not entries (sub-folders, .mdx, .txt, .MD ...). Reads only
 * directory listings, so the build runs it too and fails instead of skipping them.
 */
export function layoutProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  for (const { dir, ext, what } of FOLDERS) {
    const path = join(root, dir);
    if (!existsSync(path)) continue;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name === README || entry.name.startsWith('.')) continue;
      if (entry.isDirectory() || !entry.name.endsWith(ext)) {
        problems.push(misplaced(dir, entry.name, ext, what, entry.isDirectory()));
      }
    }
  }
  return problems;
}

/** The entry files of one folder, in name order; unreadable files become problems instead of crashes. */
function readFolder(root: string, dir: string, ext: string, problems: Problem[]): SourceFile[] {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => name.endsWith(ext) && name !== README)
    .sort()
    .flatMap((name) => {
      const file = `${dir}/${name}`;
      try {
        if (!statSync(join(path, name)).isFile()) return [];
        return [{ file, text: readFileSync(join(path, name), 'utf8') }];
      } catch (error) {
        problems.push({ file, line: 1, field: '(file)', message: `cannot be read: ${(error as Error).message}` });
        return [];
      }
    });
}

/** Every entry file of a project, plus the problems of files that are in the wrong place or unreadable. */
export function readCatalogueFiles(root = '.'): { papers: SourceFile[]; datasets: SourceFile[]; problems: Problem[] } {
  const problems = layoutProblems(root);
  const papers = readFolder(root, PAPERS_DIR, '.md', problems);
  const datasets = readFolder(root, DATASETS_DIR, '.yaml', problems);
  return { papers, datasets, problems };
}

/** The id of an entry file: its name without extension ("content/papers/x.md" -> "x"). */
export function entryId(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
}

/**
 * Split "---\nyaml\n---\nbody" into its parts; undefined when there is no front matter.
 * `bodyLine` is the file line on which the body starts.
 */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) return undefined;
  const yaml = m[1] ?? '';
  return { yaml, body: m[2] ?? '', bodyLine: yaml.split('\n').length + 3 };
}

/** Front matter keys in the order entries are written. */
const KEY_ORDER: (keyof Paper)[] = [
  'title',
  'authors',
  'names',
  'venue',
  'year',
  'categories',
  'subgroups',
  'modalities',
  'anatomy',
  'tasks',
  'datasets',
  'clipUsage',
  'links',
  'arxiv',
  'doi',
  'added',
  'sources',
  'checked',
  'corrections',
  'flagged',
  'notes',
];

/** Serialise a paper to the text of content/papers/<id>.md. Undefined fields are left out. */
export function paperToMarkdown(paper: Paper, summary = ''): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = paper[key];
    if (value !== undefined) ordered[key] = value;
  }
  for (const key of Object.keys(paper) as (keyof Paper)[]) {
    if (!(key in ordered) && paper[key] !== undefined) ordered[key] = paper[key];
  }
  const yaml = stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  const body = summary.trim();
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}
