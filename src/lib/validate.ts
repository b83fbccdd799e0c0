/**
 * The contributor-facing validator behind `npm run check`: every problem in every entry at once,
 * each as file:line: field: message. Astro alone stops at the first bad entry and lets two files
 * with the same id overwrite each other; this does neither.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { paperSchema, PAPER_ID_PATTERN, type Paper } from '../schemas/paper.ts';
import { datasetSchema, type Dataset } from '../schemas/dataset.ts';
import { linkKey } from './links.ts';
import { titleKey } from './names.ts';
import { venues } from '../schemas/vocabularies.ts';
import { matchVenue } from './venue-match.ts';

export type Problem = { file: string; line: number; field: string; message: string };

/** Render a problem the way compilers do, so editors and CI logs make it clickable. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

type Located = { doc: Document; counter: LineCounter; lineOffset: number };

function lineOf(loc: Located, path: (string | number)[]): number {
  // Walk down as far as the path exists; report the deepest node found.
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = sub.length === 0 ? loc.doc.contents : loc.doc.getIn(sub, true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return loc.counter.linePos(range[0]).line + loc.lineOffset;
  }
  return 1 + loc.lineOffset;
}

function keyLine(loc: Located, parent: (string | number)[], key: string): number {
  const map = parent.length === 0 ? loc.doc.contents : loc.doc.getIn(parent, true);
  if (isMap(map)) {
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key) && item.key.value === key && item.key.range) {
        return loc.counter.linePos(item.key.range[0]).line + loc.lineOffset;
      }
    }
  }
  return lineOf(loc, parent);
}

/** The describe() text of a top-level field, used to say what a missing field should look like. */
function fieldHelp(schema: z.ZodObject, field: string | number | undefined): string {
  if (typeof field !== 'string') return '';
  const shape = schema.shape as Record<string, z.ZodType>;
  const d = shape[field]?.description;
  return d ? ` (${d})` : '';
}

/** For a value outside a vocabulary, the allowed value the contributor probably meant. */
function suggestion(
  field: string | number | undefined,
  input: unknown,
  allowed: readonly unknown[],
): string | undefined {
  if (typeof input !== 'string') return undefined;
  if (field === 'venue') return matchVenue(input, venues);
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return allowed.find((v): v is string => typeof v === 'string' && key(v) === key(input));
}

/** What to do next when a value is outside a vocabulary, beyond the list of allowed values. */
const VOCABULARY_NEXT_STEP: Record<string, string> = {
  venue: 'See "Adding a venue" in CONTRIBUTING.md.',
  categories: "What each category means: CONTRIBUTING.md; a new category is the maintainers' decision (open an issue).",
  modalities: "A new modality is the maintainers' decision (open an issue); or leave modalities out.",
};

/** Turn Zod's generic wording, where a schema has no message of its own, into a fix a contributor can apply. */
function contributorMessage(
  schema: z.ZodObject,
  loc: Located,
  issue: z.core.$ZodIssue,
  path: (string | number)[],
): string {
  const top = path[0];
  if (issue.code === 'invalid_value') {
    const guess = suggestion(top, loc.doc.getIn(path), issue.values);
    const next = typeof top === 'string' ? VOCABULARY_NEXT_STEP[top] : undefined;
    return [
      issue.message,
      issue.message.includes('content/') && next ? next : '',
      guess ? `Did you mean "${guess}"?` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.message.startsWith('Too small')) {
    return 'this is empty; write the text or remove the line';
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const found = loc.doc.getIn(path);
    const kind = Array.isArray(found)
      ? 'a list'
      : typeof found === 'object' && found !== null
        ? 'a block of fields'
        : `"${String(found)}"`;
    if (issue.expected === 'object') {
      return `found ${kind}; write it as a block: "${path.at(-1)}:" on its own line, then one indented "name: value" line per field${fieldHelp(schema, top)}`;
    }
    const expected =
      issue.expected === 'array'
        ? 'a YAML list (lines starting with "- ")'
        : issue.expected === 'number'
          ? 'a number'
          : `a ${issue.expected}`;
    return `expected ${expected}, found ${kind}${fieldHelp(schema, top)}`;
  }
  return issue.message;
}

function issuesToProblems(file: string, loc: Located, schema: z.ZodObject, issues: z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path.join('.') || '(entry)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: keyLine(loc, path, key),
        field: [...path, key].join('.'),
        message: `unknown field "${key}"; check its spelling or remove it. Allowed here: ${Object.keys(
          (path.length === 0
            ? schema.shape
            : ((schema.shape as Record<string, z.ZodType>)[String(path[0])] as unknown as z.ZodObject)?.shape) ?? {},
        ).join(', ')}`,
      }));
    }
    // A required field that is absent fails as a wrong type or, for a vocabulary, as a wrong value.
    const missing =
      path.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value') && !loc.doc.hasIn(path);
    const message = missing
      ? `required field is missing; add it${fieldHelp(schema, path[0])}`
      : contributorMessage(schema, loc, issue, path);
    return [{ file, line: missing ? lineOf(loc, path.slice(0, -1)) : lineOf(loc, path), field, message }];
  });
}

/** Split "---\nyaml\n---\nbody" into its parts; undefined when there is no front matter. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return undefined;
  const yaml = m[1] ?? '';
  return { yaml, body: m[2] ?? '', bodyLine: yaml.split('\n').length + 3 };
}

export type CheckedPaper = { file: string; id: string; paper?: Paper; loc?: Located };
export type CheckedDataset = { file: string; id: string; dataset?: Dataset; loc?: Located };

function parseYaml(file: string, yaml: string, lineOffset: number, problems: Problem[]): Located | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    // Later YAML errors usually follow from the first one, so only the first is reported.
    const e = doc.errors[0]!;
    const line = counter.linePos(e.pos[0]).line + lineOffset;
    const more =
      doc.errors.length > 1 ? ' (fix this first: the other YAML errors in the file probably follow from it)' : '';
    const tabs = /tab/i.test(e.message) ? '; indent with spaces, never tabs' : '';
    problems.push({
      file,
      line,
      field: '(yaml)',
      message: `YAML syntax error: ${e.message.split('\n')[0]}${tabs}. Check indentation and quote values that contain ": " or start with a special character${more}`,
    });
    return undefined;
  }
  return { doc, counter, lineOffset };
}

/** Validate one paper file's text. `file` is the path shown in messages, e.g. content/papers/x.md. */
export function checkPaperFile(file: string, text: string, problems: Problem[]): CheckedPaper {
  const name = file.split('/').pop() ?? file;
  const id = name.replace(/\.[^.]+$/, '');
  if (!name.endsWith('.md')) {
    const why = /\.mdx$/i.test(name)
      ? 'MDX can run code, so paper entries must be plain Markdown'
      : 'only Markdown entries (.md) belong here; scripts and other files are refused';
    problems.push({
      file,
      line: 1,
      field: '(file)',
      message: `${why}; rename it to ${id}.md and keep only YAML front matter and a text summary`,
    });
    return { file, id };
  }
  if (!PAPER_ID_PATTERN.test(id)) {
    problems.push({
      file,
      line: 1,
      field: '(file name)',
      message: `the file name becomes the page URL; use lowercase letters, digits and hyphens: firstauthor + year + first title word, e.g. huang2021gloria.md`,
    });
  }
  const parts = splitFrontMatter(text);
  if (!parts) {
    problems.push({
      file,
      line: 1,
      field: '(front matter)',
      message: 'the file must start with YAML front matter between two "---" lines; see CONTRIBUTING.md for a template',
    });
    return { file, id };
  }
  const htmlLine = parts.body.split('\n').findIndex((l) => /<\/?[a-z!][^>]*>/i.test(l));
  if (htmlLine >= 0) {
    problems.push({
      file,
      line: parts.bodyLine + htmlLine,
      field: '(summary)',
      message: 'HTML is not allowed in the summary; write plain Markdown text',
    });
  }
  const loc = parseYaml(file, parts.yaml, 1, problems);
  if (!loc) return { file, id };
  const result = paperSchema.safeParse(loc.doc.toJS());
  if (!result.success) {
    problems.push(...issuesToProblems(file, loc, paperSchema, result.error.issues));
    return { file, id, loc };
  }
  return { file, id, paper: result.data, loc };
}

/** Validate one dataset file's text. */
export function checkDatasetFile(file: string, text: string, problems: Problem[]): CheckedDataset {
  const name = file.split('/').pop() ?? file;
  const id = name.replace(/\.[^.]+$/, '');
  if (!name.endsWith('.yaml')) {
    problems.push({
      file,
      line: 1,
      field: '(file)',
      message: `dataset entries are YAML files; rename it to ${id}.yaml`,
    });
    return { file, id };
  }
  const loc = parseYaml(file, text, 0, problems);
  if (!loc) return { file, id };
  const result = datasetSchema.safeParse(loc.doc.toJS());
  if (!result.success) {
    problems.push(...issuesToProblems(file, loc, datasetSchema, result.error.issues));
    return { file, id, loc };
  }
  return { file, id, dataset: result.data, loc };
}

/**
 * Checks across entries: two files with the same id (differing only in case), and the same paper
 * twice (normalised title, DOI, arXiv id or paper link). The entry added later is reported, naming the earlier.
 */
export function checkDuplicates(papers: CheckedPaper[], problems: Problem[]): void {
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
    if (!p.paper || !p.loc) continue;
    const keys: [string, string, (string | number)[]][] = [
      [`title:${titleKey(p.paper.title)}`, 'title', ['title']],
      [`link:${linkKey(p.paper.links.paper)}`, 'links.paper', ['links', 'paper']],
    ];
    if (p.paper.arxiv) keys.push([`arxiv:${p.paper.arxiv}`, 'arxiv', ['arxiv']]);
    if (p.paper.doi) keys.push([`doi:${p.paper.doi}`, 'doi', ['doi']]);
    for (const [key, field, path] of keys) {
      const other = seen.get(key);
      if (other && other.file !== p.file) {
        problems.push({
          file: p.file,
          line: lineOf(p.loc, path),
          field,
          message: `duplicate of ${other.file} (${other.id}): same ${field === 'title' ? 'title' : field === 'links.paper' ? 'paper link' : field}. If it is the same paper, add the missing information to ${other.id} instead; if it is a different paper, fix the wrong value`,
        });
      } else if (!other) seen.set(key, p);
    }
  }
}

/** Dataset references to paper ids must resolve. */
export function checkReferences(datasets: CheckedDataset[], paperIds: Set<string>, problems: Problem[]): void {
  for (const d of datasets) {
    if (!d.dataset || !d.loc) continue;
    d.dataset.models.forEach((m, i) => {
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
}
