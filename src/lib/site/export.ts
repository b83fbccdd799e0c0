/**
 * Open data: the whole catalogue as JSON (validated by the versioned JSON Schema of src/schemas/catalogue.ts)
 * and CSV, and the CSV rows every table download shares.
 */
import { createHash } from 'node:crypto';
import type { Paper } from '../../schemas/paper.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { CATALOGUE_FORMAT_VERSION, type CatalogueExport } from '../../schemas/catalogue.ts';

type Entry = { id: string; data: Paper; body?: string | undefined };

/** A fingerprint of the entries: the catalogue version changes exactly when an entry does. */
export function fingerprint(papers: readonly Entry[], datasets: readonly { id: string; data: Dataset }[]): string {
  const hash = createHash('sha256');
  for (const p of papers) hash.update(`${p.id}\u0000${JSON.stringify(p.data)}\u0000${p.body ?? ''}\n`);
  for (const d of datasets) hash.update(`${d.id}\u0000${JSON.stringify(d.data)}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** The catalogue export; `pageUrl` makes a paper page's absolute URL. */
export function catalogueExport(
  papers: readonly Entry[],
  datasets: readonly { id: string; data: Dataset }[],
  meta: { name: string; siteVersion: string; generated: string; licence: string; source: string },
  pageUrl: (id: string) => string,
): CatalogueExport {
  return {
    format: CATALOGUE_FORMAT_VERSION,
    name: meta.name,
    version: `${meta.siteVersion}+${fingerprint(papers, datasets)}`,
    generated: meta.generated,
    licence: meta.licence,
    source: meta.source,
    papers: papers.map((p) => ({ id: p.id, url: pageUrl(p.id), summary: (p.body ?? '').trim(), ...p.data })),
    datasets: datasets.map((d) => ({ id: d.id, ...d.data })),
  };
}
