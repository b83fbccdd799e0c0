/**
 * The questions `npm run new` asks on a terminal for whatever the BibTeX and the flags left out.
 * The prompt functions are passed in (the script passes @inquirer/prompts), so which questions are
 * asked, with which choices, is tested without a terminal.
 */
import type { Leaf, Modality, Venue } from '../../schemas/vocabularies.ts';
import type { BibFacts } from './bibtex.ts';
import { isWeightsNone, WEIGHTS_NONE, type ScaffoldFlags } from './scaffold.ts';
import { matchVenue } from '../catalogue/venue-match.ts';

export type Choice = { value: string; name: string; description?: string };

/** The four kinds of question, shaped like @inquirer/prompts' functions of the same names. */
export type Prompter = {
  input(config: { message: string; validate?: (value: string) => boolean | string }): Promise<string>;
  checkbox(config: { message: string; required?: boolean; choices: Choice[] }): Promise<string[]>;
  search(config: { message: string; source: (term: string | undefined) => Choice[] }): Promise<string>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
};

/** Venues whose id, names or aliases contain the typed text (all venues when nothing is typed). */
export function venueChoices(term: string | undefined, venues: Venue[]): Choice[] {
  const needle = term?.trim().toLowerCase();
  return venues
    .filter((v) => !needle || `${v.id} ${v.short} ${v.name} ${v.aliases.join(' ')}`.toLowerCase().includes(needle))
    .map((v) => ({ value: v.id, name: `${v.short} (${v.id})`, description: v.name }));
}

const required = (what: string) => (value: string) => (value.trim() ? true : `${what} is required`);

/**
 * Ask for each fact that neither the BibTeX nor a flag gave; return the flags completed with the
 * answers. Optional facts (modalities, code) are offered, never forced.
 */
export async function askForMissing(
  given: ScaffoldFlags,
  bib: BibFacts | undefined,
  vocab: { venues: Venue[]; leaves: Leaf[]; modalities: Modality[] },
  ask: Prompter,
  say: (line: string) => void = console.log,
): Promise<ScaffoldFlags> {
  const flags = { ...given };
  if (!flags.title && !bib?.title)
    flags.title = await ask.input({ message: 'Title, as printed on the paper:', validate: required('the title') });
  if (flags.authors === undefined && (!bib?.authors.length || bib.authorsTruncated)) {
    flags.authors = await ask.input({
      message: 'Authors, in order, as BibTeX writes them ("Family, Given and Family, Given"):',
      validate: required('at least one author'),
    });
  }
  const venueGiven = flags.venue ?? bib?.venueLabel;
  // With only an arXiv id the entry is a preprint (venue "arxiv", year from the id), as without a terminal.
  const preprint = venueGiven === undefined && !!(flags.arxiv || bib?.arxiv) && !(flags.doi || bib?.doi);
  if (!preprint && (!venueGiven || !matchVenue(venueGiven, vocab.venues))) {
    if (venueGiven)
      say(
        `The venue "${venueGiven}" is not in content/venues.json: pick it below, or stop (Ctrl+C) and add it there first (CONTRIBUTING.md, "Adding a venue").`,
      );
    flags.venue = await ask.search({
      message: 'Venue (type to filter; "arxiv" for a preprint):',
      source: (term) => venueChoices(term, vocab.venues),
    });
  }
  const yearFromArxiv = preprint || (flags.venue === 'arxiv' && !!(flags.arxiv || bib?.arxiv));
  if (flags.year === undefined && !bib?.year && !yearFromArxiv) {
    flags.year = await ask.input({
      message: 'Year of publication:',
      validate: (v) => (/^\d{4}$/.test(v.trim()) ? true : 'four digits, e.g. 2023'),
    });
  }
  if (!flags.categories?.length) {
    flags.categories = await ask.checkbox({
      message: 'Categories (space to select, enter to confirm):',
      required: true,
      choices: vocab.leaves.map((l) => ({ value: l.id, name: `${l.title} (${l.id})`, description: l.description })),
    });
  }
  const grouped = vocab.leaves.filter((l) => l.groups && flags.categories?.includes(l.id));
  if (grouped.length && !flags.subgroups?.length) {
    flags.subgroups = await ask.checkbox({
      message: "Groups within those categories (the survey's next level; at least one per category):",
      required: true,
      choices: grouped.flatMap((l) =>
        l.groups!.map((g) => ({
          value: `${l.id}/${g.id}`,
          name: `${l.title}: ${g.title}`,
          description: g.description,
        })),
      ),
    });
  }
  if (!flags.summary?.trim()) {
    flags.summary = await ask.input({
      message: 'Summary, two to four sentences in your own words (the problem, the idea, what it was evaluated on):',
      validate: required('a summary'),
    });
  }
  if (!flags.modalities?.length) {
    flags.modalities = await ask.checkbox({
      message: 'Imaging modalities (only when certain; enter with none selected to skip):',
      choices: vocab.modalities.map((m) => ({ value: m.id, name: `${m.label} (${m.id})`, description: m.description })),
    });
  }
  if (!flags.code && (await ask.confirm({ message: 'Is there an official code repository?', default: false }))) {
    flags.code = await ask.input({
      message: 'Code repository URL (https://...):',
      validate: (v) => (v.startsWith('https://') ? true : 'an https:// link'),
    });
  }
  if (flags.code && !flags.weights) {
    const weights = await ask.input({
      message: `Trained weights of the paper's model: their https:// link, "${WEIGHTS_NONE}" if the repository offers none (base models such as CLIP do not count), or enter to skip:`,
      validate: (v) =>
        !v.trim() || isWeightsNone(v) || v.startsWith('https://')
          ? true
          : `an https:// link, "${WEIGHTS_NONE}", or nothing`,
    });
    if (weights.trim()) flags.weights = weights.trim();
  }
  return flags;
}
