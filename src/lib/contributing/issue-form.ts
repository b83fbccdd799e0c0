/**
 * The GitHub issue form "Suggest a paper" (.github/ISSUE_TEMPLATE/suggest-paper.yml), generated from
 * the paper schema's field descriptions and the vocabularies, so that its fields and dropdowns mirror
 * what an entry needs. `npm run generate:contributing` writes it; a unit test checks the committed copy.
 */
import { stringify } from 'yaml';
import { paperSchema } from '../../schemas/paper.ts';
import type { Branch, Modality } from '../../schemas/vocabularies.ts';
import { paperLinksSchema } from '../../schemas/links.ts';
import { WEIGHTS_NONE } from './scaffold.ts';

const shape = paperSchema.shape;
const linkShape = paperLinksSchema.shape;
/** The entry field that records weights looked for and not found (see src/schemas/paper.ts). */
const WEIGHTS_NONE_FIELD = 'weightsNotReleased' satisfies keyof typeof shape;

/** The describe() text of a schema, which every field has (see src/schemas/paper.ts). */
function help(schema: { description?: string | undefined }): string {
  if (!schema.description) throw new Error('a paper field lost its .describe() text; the issue form needs it');
  return schema.description;
}

type Field = Record<string, unknown>;

function text(id: string, label: string, description: string, required: boolean, placeholder?: string): Field {
  return {
    type: 'input',
    id,
    attributes: { label, description, ...(placeholder ? { placeholder } : {}) },
    validations: { required },
  };
}

/** The issue form as an object (GitHub's issue-forms syntax). */
export function issueForm(vocab: { branches: Branch[]; modalities: Modality[] }): Field {
  const leaves = vocab.branches.flatMap((b) => b.leaves.map((l) => ({ branch: b, leaf: l })));
  return {
    name: 'Suggest a paper',
    description:
      'Propose a paper on CLIP in medical imaging that the catalogue is missing. A maintainer (or you, with `npm run new`) turns it into an entry.',
    title: '[paper] ',
    labels: ['paper suggestion'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value:
            'Thank you! Each field below is a field of the entry (CONTRIBUTING.md has the full reference). ' +
            'Only facts from the paper itself, please: leave a field empty rather than guess. ' +
            'If you can open a pull request instead, `npm run new` writes the entry for you.',
        },
      },
      text('title', 'Title', help(shape.title), true),
      {
        type: 'textarea',
        id: 'authors',
        attributes: { label: 'Authors', description: `${help(shape.authors)}. One per line.` },
        validations: { required: true },
      },
      text('venue', 'Venue', `${help(shape.venue)}. If it is not in the list, write its full name.`, true, 'miccai'),
      text('year', 'Year', help(shape.year), true, '2024'),
      {
        type: 'dropdown',
        id: 'categories',
        attributes: {
          label: 'Categories',
          description: help(shape.categories),
          multiple: true,
          options: leaves.map(({ branch, leaf }) => `${leaf.id}: ${leaf.title} (${branch.title})`),
        },
        validations: { required: true },
      },
      {
        type: 'dropdown',
        id: 'modalities',
        attributes: {
          label: 'Imaging modalities',
          description: help(shape.modalities),
          multiple: true,
          options: vocab.modalities.map((m) => `${m.id}: ${m.label}`),
        },
        validations: { required: false },
      },
      text('paper-link', 'Link to the paper', `${help(linkShape.paper)}. https only.`, true, 'https://'),
      text('code-link', 'Code repository', `${help(linkShape.code)}. https only.`, false, 'https://github.com/...'),
      text(
        'weights',
        'Trained weights',
        `${help(linkShape.weights)}. https only. If the official repository offers none of the paper's own model, write "${WEIGHTS_NONE}" (the entry records the date it was checked as ${WEIGHTS_NONE_FIELD}).`,
        false,
        `https://huggingface.co/... or ${WEIGHTS_NONE}`,
      ),
      text('arxiv', 'arXiv id', help(shape.arxiv), false),
      text('doi', 'DOI', help(shape.doi), false),
      {
        type: 'textarea',
        id: 'bibtex',
        attributes: {
          label: 'BibTeX (optional)',
          description: 'The BibTeX entry, if you have it: `npm run new` can read it.',
          render: 'bibtex',
        },
        validations: { required: false },
      },
      {
        type: 'textarea',
        id: 'summary',
        attributes: {
          label: 'Summary (optional)',
          description: 'One or two sentences in your own words on what the paper does; no copied abstract.',
        },
        validations: { required: false },
      },
      {
        type: 'checkboxes',
        id: 'checks',
        attributes: {
          label: 'Before you submit',
          options: [
            { label: 'I searched the catalogue and this paper is not in it.', required: true },
            { label: 'The paper uses or adapts CLIP-style image-text models for medical imaging.', required: true },
          ],
        },
      },
    ],
  };
}

/** The file text of .github/ISSUE_TEMPLATE/suggest-paper.yml. */
export function issueFormYaml(vocab: { branches: Branch[]; modalities: Modality[] }): string {
  return `# Generated by \`npm run generate:contributing\` from src/schemas and content/*.json; do not edit by hand.\n${stringify(issueForm(vocab), { lineWidth: 0 })}`;
}
