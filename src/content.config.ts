import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { withoutRendering } from '@/lib/catalogue/loader.ts';
import { paperSchema } from '@/schemas/paper.ts';
import { datasetSchema } from '@/schemas/dataset.ts';

const papers = defineCollection({
  // The folder's README.md explains it to contributors; it is not a paper.
  loader: withoutRendering(glob({ pattern: ['*.md', '!README.md'], base: './content/papers' })),
  schema: paperSchema,
});

const datasets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/datasets' }),
  schema: datasetSchema,
});

export const collections = { papers, datasets };
