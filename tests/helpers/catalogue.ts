/**
 * The real catalogue, read from content/ with the real schema, for tests that compute their
 * expected values from the data instead of hard-coding them.
 */
import { loadCatalogue as load, type LoadedPaper, type LoadedDataset } from '../../src/lib/catalogue/load.ts';
import { leaves, taxonomy } from '../../src/schemas/vocabularies.ts';
import { datasetUses } from '../../src/lib/site/dataset-uses.ts';
import { buildAuthorIndex } from '../../src/lib/site/authors.ts';
import { authorAliasesSchema } from '../../src/schemas/author-aliases.ts';
import { readFileSync } from 'node:fs';

export type { LoadedPaper, LoadedDataset };

/** The catalogue, its vocabularies, and which papers use which dataset (the site's own definition). */
export function loadCatalogue(root = '.') {
  const catalogue = load(root);
  return { ...catalogue, leaves, taxonomy, uses: datasetUses(catalogue.papers, catalogue.datasets) };
}

/** The people of the project at `root`, as the site builds them (its papers and its alias file). */
export function loadAuthorIndex(root = '.') {
  const aliases = authorAliasesSchema.parse(JSON.parse(readFileSync(`${root}/content/author-aliases.json`, 'utf8')));
  return buildAuthorIndex(load(root).papers, aliases);
}
