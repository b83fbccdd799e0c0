/**
 * Paths of the site's pages, relative to the base (pass them to url()). One place for the URL scheme.
 * Example: url(leafPath('multi-scale')) -> '/taxonomy/pre-training/multi-scale/'
 */
import { branchOf } from '../../schemas/vocabularies.ts';

export const paperPath = (id: string) => `papers/${id}/`;
export const branchPath = (branchId: string) => `taxonomy/${branchId}/`;
export const authorPath = (authorId: string) => `authors/${authorId}/`;
export const venuePath = (venueId: string) => `venues/${venueId}/`;
export const yearPath = (year: number | string) => `years/${year}/`;
export const datasetPath = (id: string) => `datasets/${id}/`;
export const leafFeedPath = (leafId: string) => `feeds/${leafId}.xml`;
/** BibTeX of every paper of a category (or of the whole catalogue with "all"), one file to import. */
export const bibtexPath = (leafId: string) => `bibtex/${leafId}.bib`;

/** The page of a taxonomy leaf, under its branch. Throws for an unknown category id. */
export function leafPath(leafId: string): string {
  const branch = branchOf(leafId);
  if (!branch) throw new Error(`unknown category id "${leafId}"`);
  return `taxonomy/${branch.id}/${leafId}/`;
}
