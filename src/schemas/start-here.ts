/**
 * "Start here" (content/start-here.json): per taxonomy branch, the few papers a newcomer should read first,
 * each with one line in our own words on why. Curated by maintainers; shown on the home and branch pages.
 */
import { z } from 'zod';
import { taxonomy } from './vocabularies.ts';
import { PAPER_ID_PATTERN } from './ids.ts';
import { line } from './text.ts';

const branchIds = taxonomy.branches.map((b) => b.id) as [string, ...string[]];

export const startHereSchema = z.strictObject({
  $comment: z.string().optional(),
  branches: z.array(
    z.strictObject({
      branch: z.enum(branchIds).describe('Taxonomy branch id, e.g. "pre-training"'),
      papers: z
        .array(
          z.strictObject({
            paper: z
              .string()
              .regex(PAPER_ID_PATTERN)
              .describe('Entry id: the file name under content/papers without .md'),
            why: line('reason', 300).describe('One sentence in our own words: what the paper shows a newcomer'),
          }),
        )
        .min(1)
        .max(8),
    }),
  ),
});

export type StartHere = z.infer<typeof startHereSchema>;
