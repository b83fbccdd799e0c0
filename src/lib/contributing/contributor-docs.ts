/** The generated contributor documents and their expected text, shared by the script and its test. */
import { format, resolveConfig } from 'prettier';
import { anatomies, clipUsages, modalities, taxonomy, tasks } from '../../schemas/vocabularies.ts';
import { renderFieldReference } from './field-reference.ts';
import { replaceBlock } from '../quality/blocks.ts';
import { issueFormYaml } from './issue-form.ts';

export const CONTRIBUTING = 'CONTRIBUTING.md';
export const ISSUE_FORM = '.github/ISSUE_TEMPLATE/suggest-paper.yml';

/**
 * Each generated file with the text it should have. `read` supplies the current CONTRIBUTING.md,
 * whose hand-written parts around the generated block are kept. The text is formatted with the
 * project's Prettier settings, so formatting the repository never makes it look out of date.
 */
export async function contributorDocs(read: (file: string) => string): Promise<{ file: string; text: string }[]> {
  const vocab = { branches: taxonomy.branches, modalities, anatomies, tasks, clipUsages };
  const docs = [
    {
      file: CONTRIBUTING,
      text: replaceBlock(read(CONTRIBUTING), 'field-reference', `\n${renderFieldReference(vocab)}\n`),
    },
    { file: ISSUE_FORM, text: issueFormYaml(vocab) },
  ];
  return Promise.all(
    docs.map(async ({ file, text }) => ({
      file,
      text: await format(text, { ...(await resolveConfig(file)), filepath: file }),
    })),
  );
}
