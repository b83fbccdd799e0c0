/** The generated contributor documents and their expected text, shared by the script and its test. */
import { taxonomy, modalities, venues } from '../schemas/vocabularies.ts';
import { renderFieldReference, withFieldReference } from './field-reference.ts';
import { issueFormYaml } from './issue-form.ts';

export const CONTRIBUTING = 'CONTRIBUTING.md';
export const ISSUE_FORM = '.github/ISSUE_TEMPLATE/suggest-paper.yml';

/**
 * Each generated file with the text it should have. `read` supplies the current CONTRIBUTING.md,
 * whose hand-written parts around the generated block are kept.
 */
export function contributorDocs(read: (file: string) => string): { file: string; text: string }[] {
  const vocab = { branches: taxonomy.branches, venues, modalities };
  return [
    { file: CONTRIBUTING, text: withFieldReference(read(CONTRIBUTING), renderFieldReference(vocab)) },
    { file: ISSUE_FORM, text: issueFormYaml(vocab) },
  ];
}
