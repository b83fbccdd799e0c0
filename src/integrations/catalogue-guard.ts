/**
 * Stops `astro build` and `astro dev` when content/papers or content/datasets holds a file the content
 * collections would silently skip (an .mdx entry, a sub-folder, a .txt ...), with the checker's own
 * message, instead of publishing a site that quietly lacks the entry. An empty catalogue stops it too.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { layoutProblems, PAPERS_DIR } from '../lib/catalogue/files.ts';
import { formatProblem } from '../lib/catalogue/problem.ts';

export default function catalogueGuard(): AstroIntegration {
  return {
    name: 'catalogue-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = layoutProblems(root);
        const papers = readdirSync(join(root, PAPERS_DIR)).filter((f) => f.endsWith('.md') && f !== 'README.md');
        if (papers.length === 0)
          problems.push({
            file: PAPERS_DIR,
            line: 1,
            field: '(catalogue)',
            message: 'no paper entries: refusing to build an empty catalogue',
          });
        if (problems.length) {
          throw new Error(
            `The catalogue has files the site would skip:\n${problems.map(formatProblem).join('\n')}\nRun npm run check for details.`,
          );
        }
      },
    },
  };
}
