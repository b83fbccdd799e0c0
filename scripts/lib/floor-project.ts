/**
 * The build "floor" of bench:build: the least an Astro site of the same papers can cost. A bare Astro project
 * generated into a folder: one content collection (glob loader over the same content/papers/*.md, a permissive
 * schema that asks only for a title) and ONE minimal page per paper (title and rendered summary) from
 * getStaticPaths; no layout, no CSS, no integrations. bench:build builds it with Astro and then indexes it
 * with the Pagefind CLI, and compares the site's build with it.
 */
import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({});
`;

const collections = (papersDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  papers: defineCollection({
    loader: glob({ pattern: ['*.md', '!README.md'], base: ${JSON.stringify(papersDir)} }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const papers = await getCollection('papers');
  return papers.map((paper) => ({ params: { id: paper.id }, props: { paper } }));
}

const { paper } = Astro.props;
const { Content } = await render(paper);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{paper.data.title}</title>
  </head>
  <body>
    <h1>{paper.data.title}</h1>
    <Content />
  </body>
</html>
`;

/**
 * Write the floor project into `dir` (emptied first), reading the papers of `papersDir` in place;
 * `nodeModules` (the repository's) is linked, not copied.
 * Example: writeFloorProject('/tmp/floor', '/tmp/synthetic/content/papers', 'node_modules')
 */
export function writeFloorProject(dir: string, papersDir: string, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/papers'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), collections(resolve(papersDir)));
  writeFileSync(join(dir, 'src/pages/papers/[id].astro'), PAGE);
  symlinkSync(realpathSync(nodeModules), join(dir, 'node_modules'), 'dir');
}
