/**
 * The real catalogue, read from content/ with the real schema, for tests that compute their
 * expected values from the data instead of hard-coding them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { paperSchema, type Paper } from '../../src/schemas/paper.ts';
import { datasetSchema, type Dataset } from '../../src/schemas/dataset.ts';
import { leaves, taxonomy } from '../../src/schemas/vocabularies.ts';
import { splitFrontMatter } from '../../src/lib/validate.ts';

export type LoadedPaper = { id: string; data: Paper; body: string };
export type LoadedDataset = { id: string; data: Dataset };

export function loadCatalogue(root = '.') {
  const papersDir = join(root, 'content/papers');
  const papers: LoadedPaper[] = readdirSync(papersDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const parts = splitFrontMatter(readFileSync(join(papersDir, f), 'utf8'));
      if (!parts) throw new Error(`${f}: no front matter`);
      return { id: f.replace(/\.md$/, ''), data: paperSchema.parse(parse(parts.yaml)), body: parts.body.trim() };
    });
  const datasetsDir = join(root, 'content/datasets');
  const datasets: LoadedDataset[] = readdirSync(datasetsDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: datasetSchema.parse(parse(readFileSync(join(datasetsDir, f), 'utf8'))),
    }));
  return { papers, datasets, leaves, taxonomy };
}
