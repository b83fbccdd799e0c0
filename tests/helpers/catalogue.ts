/**
 * The real catalogue, read from content/ with the real schema, for tests that compute their
 * expected values from the data instead of hard-coding them.
 */
import { loadCatalogue as load, type LoadedPaper, type LoadedDataset } from '../../src/lib/catalogue/load.ts';
import { leaves, taxonomy } from '../../src/schemas/vocabularies.ts';

export type { LoadedPaper, LoadedDataset };

export function loadCatalogue(root = '.') {
  return { ...load(root), leaves, taxonomy };
}
