/** content/author-aliases.json: spellings of one person's name that case and accent folding cannot merge. */
import { z } from 'zod';

export const authorAliasSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .describe(
        'The spelling shown on the author page, written as in entries ("Family, Given"), e.g. "Rückert, Daniel"',
      ),
    variants: z
      .array(z.string().trim().min(1))
      .min(1, 'list at least one other spelling of the same person, or remove the entry')
      .describe('Other spellings found in entries for the same person, e.g. ["Rueckert, Daniel"]'),
    evidence: z
      .string()
      .trim()
      .min(1, 'say how you know these spellings are one person (e.g. a shared ORCID or profile page)')
      .describe('Why these names are one person, e.g. "same ORCID 0000-0002-5683-5889 on both papers"'),
  })
  .describe('One person whose name is spelt in ways that folding case, accents and punctuation does not unify');

export const authorAliasesSchema = z.array(authorAliasSchema).describe('Author name aliases');

export type AuthorAlias = z.infer<typeof authorAliasSchema>;
