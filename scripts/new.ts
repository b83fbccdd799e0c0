/**
 * npm run new -- [paper.bib | -] [--arxiv ID] [--doi DOI] [--category ID ...] [flags]
 * Write content/papers/<id>.md from a BibTeX entry and/or flags. Works offline. On a terminal it asks
 * for whatever is missing (category, modality, venue ...); with --no-input or in a pipe it never asks.
 * Logic: src/lib/contributing/scaffold.ts (merging, validation, duplicates) and src/lib/contributing/bibtex.ts (parsing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BibtexError, parseBibtex, type BibFacts } from '../src/lib/contributing/bibtex.ts';
import { scaffoldEntry, ScaffoldError, type ScaffoldFlags } from '../src/lib/contributing/scaffold.ts';
import { askForMissing, type Prompter } from '../src/lib/contributing/scaffold-questions.ts';
import { readCatalogueFiles } from '../src/lib/catalogue/files.ts';
import { leaves, modalities, venues } from '../src/schemas/vocabularies.ts';

const HELP = `Create a paper entry: content/papers/<id>.md

  npm run new -- paper.bib --category multi-scale          from a BibTeX file
  pbpaste | npm run new -- --category classification       BibTeX on standard input (or pass "-")
  npm run new -- --arxiv 2303.11755 --title "..." --authors "Family, Given and Family, Given" --category multi-scale
  npm run new                                              on a terminal: asks for everything

Facts (each overrides the BibTeX):
  --title TEXT        title as printed on the paper
  --authors "Family, Given and Family, Given"
                      every author in the paper's order, as BibTeX writes them ("Given Family; Given Family" also works)
  --year YYYY         publication year (preprint: the year it appeared)
  --venue ID|NAME     venue id from content/venues.json, or a name/alias of it ("arxiv" for a preprint)
  --category ID       taxonomy leaf; repeat or separate with commas: ${leaves.map((l) => l.id).join(', ')}
  --subgroup ID       the category's group, "<category>/<group>" (required where the category has groups)
  --summary TEXT      two to four sentences in your own words (required)
  --source URL        a page you read (arXiv, publisher, repository); repeat; default: the paper link
  --modality ID       imaging modality when certain; repeat or use commas
  --name NAME         method or model name the paper introduces, e.g. CheXzero; repeat
  --anatomy ID, --task ID, --clip-usage ID   more facts (content/anatomy.json, tasks.json, clip-usage.json)
  --trained-on ID, --evaluated-on ID         dataset ids (content/datasets/<id>.yaml)
  --arxiv ID          arXiv id, e.g. 2303.11755 (fills the arxiv field and, if no other link, the paper link)
  --doi DOI           DOI, e.g. 10.1007/978-3-031-43904-9_48 (fills doi and, if no other link, the paper link)
  --link URL          landing page of the paper (https)
  --code URL          official code repository (https)
  --weights URL|none  trained weights of the paper's model, or "none" if the repository offers none
                      (records weightsNotReleased: today; base models such as CLIP do not count)
  --project URL, --added YYYY-MM-DD (default: today)
Options:
  --dry-run           print the entry instead of writing it
  --no-input          never ask questions (fail with what is missing instead)
  --root DIR          project folder (default: the current one)
Nothing is fetched from the network: an arXiv id or DOI fills only the identifier and the link.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    authors: { type: 'string' },
    year: { type: 'string' },
    venue: { type: 'string' },
    category: { type: 'string', multiple: true },
    subgroup: { type: 'string', multiple: true },
    modality: { type: 'string', multiple: true },
    name: { type: 'string', multiple: true },
    anatomy: { type: 'string', multiple: true },
    task: { type: 'string', multiple: true },
    'clip-usage': { type: 'string', multiple: true },
    'trained-on': { type: 'string', multiple: true },
    'evaluated-on': { type: 'string', multiple: true },
    source: { type: 'string', multiple: true },
    arxiv: { type: 'string' },
    doi: { type: 'string' },
    link: { type: 'string' },
    code: { type: 'string' },
    project: { type: 'string' },
    weights: { type: 'string' },
    summary: { type: 'string' },
    added: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'no-input': { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function fail(lines: string[]): never {
  console.error(lines.map((l) => `error: ${l}`).join('\n'));
  console.error('\nRun `npm run new -- --help` for every flag; the field reference is in CONTRIBUTING.md.');
  process.exit(1);
}

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const root = resolve(values.root!);
const interactive = !values['no-input'] && !!process.stdin.isTTY && !!process.stdout.isTTY;

function readBibtexSource(): string | undefined {
  if (positionals.length > 1) fail([`give one BibTeX file at a time (got ${positionals.join(', ')})`]);
  const source = positionals[0];
  if (source === '-' || (source === undefined && !process.stdin.isTTY && !values['no-input'])) {
    const text = readFileSync(0, 'utf8');
    return text.trim()
      ? text
      : source === '-'
        ? fail(['standard input is empty; pipe a BibTeX entry into the command'])
        : undefined;
  }
  if (source === undefined) return undefined;
  if (!existsSync(source)) fail([`no such file: ${source}`]);
  return readFileSync(source, 'utf8');
}

let bib: BibFacts | undefined;
const bibText = readBibtexSource();
if (bibText !== undefined) {
  try {
    const entries = parseBibtex(bibText);
    if (entries.length > 1)
      fail([
        `the BibTeX holds ${entries.length} entries (${entries.map((e) => e.key).join(', ')}); give one paper at a time`,
      ]);
    bib = entries[0];
  } catch (error) {
    if (error instanceof BibtexError) fail([error.message]);
    throw error;
  }
}

let flags: ScaffoldFlags = {
  title: values.title,
  authors: values.authors,
  year: values.year,
  venue: values.venue,
  categories: values.category,
  subgroups: values.subgroup,
  modalities: values.modality,
  names: values.name,
  anatomy: values.anatomy,
  tasks: values.task,
  clipUsage: values['clip-usage'],
  trainingDatasets: values['trained-on'],
  evaluationDatasets: values['evaluated-on'],
  sources: values.source,
  arxiv: values.arxiv,
  doi: values.doi,
  link: values.link,
  code: values.code,
  project: values.project,
  weights: values.weights,
  summary: values.summary,
  added: values.added,
};

/** On a terminal, ask for what is missing, with @inquirer/prompts (loaded only then). */
async function askOnTerminal(given: ScaffoldFlags): Promise<ScaffoldFlags> {
  const { checkbox, confirm, input, search } = await import('@inquirer/prompts');
  const ask: Prompter = {
    input: (c) => input(c),
    checkbox: (c) => checkbox(c),
    search: (c) => search(c),
    confirm: (c) => confirm(c),
  };
  return askForMissing(given, bib, { venues, leaves, modalities }, ask);
}

if (interactive) flags = await askOnTerminal(flags);

const today = new Date().toISOString().slice(0, 10);
const { papers, datasets } = readCatalogueFiles(root);
const catalogue = { papers, datasets };
try {
  const entry = scaffoldEntry(bib, flags, catalogue, { venues, leaves, modalities }, today);
  if (values['dry-run']) {
    console.log(`# ${entry.file} (dry run: nothing written)\n${entry.text}`);
  } else {
    const target = join(root, entry.file);
    if (existsSync(target)) fail([`${entry.file} already exists; edit it instead`]);
    writeFileSync(target, entry.text);
    console.log(`Wrote ${entry.file}`);
  }
  for (const hint of entry.hints) console.log(`note: ${hint}`);
  if (!values['dry-run']) {
    console.log(
      `\nNext: read the file over, then\n  npm run check -- ${entry.file}\n  npm start   # and open /papers/${entry.id}/`,
    );
  }
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.problems);
  throw error;
}
