/**
 * Checks of one entry file, each returning problems: the file name, the encoding, the front matter,
 * the YAML, the schema, and (for papers) the summary. Nothing here throws on bad input: an entry is a
 * stranger's file, so every failure becomes a problem naming the file, the line and the field.
 */
import type { z } from 'zod';
import { paperSchema, PAPER_ID_PATTERN, type Paper } from '../../schemas/paper.ts';
import { datasetSchema, type Dataset } from '../../schemas/dataset.ts';
import { entryId, splitFrontMatter } from './files.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { matchVenue } from './venue-match.ts';
import { venues } from '../../schemas/vocabularies.ts';
import { summaryProblems } from './summary.ts';
import { parseEntryYaml, type Located } from './yaml.ts';

export type CheckedPaper = { file: string; id: string; paper?: Paper; body?: string; loc?: Located };
export type CheckedDataset = { file: string; id: string; dataset?: Dataset; loc?: Located };

/** Largest entry file read: a paper's front matter and summary fit in a few kilobytes. */
export const MAX_ENTRY_BYTES = 64 * 1024;

/** Problems that make a file unreadable as text, before any parsing. */
function encodingProblem(file: string, text: string): Problem | undefined {
  if (text.charCodeAt(0) === 0xfeff) {
    return {
      file,
      line: 1,
      field: '(file)',
      message:
        'the file starts with an invisible byte-order mark (BOM); save it as "UTF-8" without BOM (VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding" > "UTF-8")',
    };
  }
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    return {
      file,
      line: text.slice(0, Math.max(text.indexOf('\uFFFD'), text.indexOf('\u0000'))).split('\n').length,
      field: '(file)',
      message: 'the file is not UTF-8 text (it contains bytes that are not characters); save it as UTF-8',
    };
  }
  if (text.length > MAX_ENTRY_BYTES) {
    return {
      file,
      line: 1,
      field: '(file)',
      message: `the file is ${Math.round(text.length / 1024)} KB; an entry is a few lines of front matter and a short summary (at most ${MAX_ENTRY_BYTES / 1024} KB)`,
    };
  }
  return undefined;
}

/** An unknown venue is matched against the venues' names and aliases ("MICCAI 2023" -> miccai). */
const guesses = { venue: (input: string) => matchVenue(input, venues) };

function validate<S extends z.ZodObject>(file: string, loc: Located, schema: S, problems: Problem[]) {
  const result = schemaProblems(file, loc, schema, guesses);
  problems.push(...result.problems);
  return result.data;
}

/** Check one paper file's text. `file` is the path shown in messages, e.g. content/papers/x.md. */
export function checkPaperFile(file: string, text: string, problems: Problem[]): CheckedPaper {
  const id = entryId(file);
  if (!PAPER_ID_PATTERN.test(id)) {
    problems.push({
      file,
      line: 1,
      field: '(file name)',
      message:
        'the file name becomes the page URL; use lowercase letters, digits and hyphens: firstauthor + year + first title word, e.g. huang2021gloria.md',
    });
  }
  const encoding = encodingProblem(file, text);
  if (encoding) {
    problems.push(encoding);
    return { file, id };
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
  for (const p of summaryProblems(parts.body)) {
    problems.push({ file, line: parts.bodyLine + p.line - 1, field: '(summary)', message: p.message });
  }
  const loc = parseEntryYaml(file, parts.yaml, 1, problems);
  if (!loc) return { file, id, body: parts.body };
  const paper = validate(file, loc, paperSchema, problems);
  if (paper && !paper.flagged && parts.body.trim() === '') {
    problems.push({
      file,
      line: parts.bodyLine,
      field: '(summary)',
      message:
        'write a summary below the front matter: two to four sentences in your own words (the problem, the idea, what it was evaluated on); if the paper cannot be read, say why in flagged instead',
    });
  }
  return { file, id, paper, body: parts.body, loc };
}

/** Check one dataset file's text. */
export function checkDatasetFile(file: string, text: string, problems: Problem[]): CheckedDataset {
  const id = entryId(file);
  const encoding = encodingProblem(file, text);
  if (encoding) {
    problems.push(encoding);
    return { file, id };
  }
  const loc = parseEntryYaml(file, text, 0, problems);
  if (!loc) return { file, id };
  const dataset = validate(file, loc, datasetSchema, problems);
  return { file, id, dataset, loc };
}
