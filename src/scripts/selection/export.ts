/**
 * Exports of a set of papers (the reader's selection, or a search's results) as BibTeX, RIS, CSL-JSON or CSV.
 * Each paper's citation files are generated at build time by citation-js (/papers/<id>/citation.*), and its
 * card facts are /papers/<id>/card.json; an export fetches those for the papers asked and joins them, so the
 * browser never formats a citation itself.
 */
import type { CardData } from '@/lib/site/card';
import { EXPORTS, joinCsl, joinRecords, type ExportFormat } from '@/lib/site/selection';
import { toCsv } from '@/lib/site/table';

/** Requests in flight at once: enough to be quick, few enough to be polite to the host. */
const CONCURRENCY = 6;

/** The files of one kind for some papers, in their order; a paper whose file is missing is reported, not fatal. */
async function fetchFiles(ids: readonly string[], file: string, base: string) {
  const texts: (string | undefined)[] = Array.from({ length: ids.length });
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const i = next++;
      const response = await fetch(`${base}papers/${ids[i]}/${file}`).catch(() => undefined);
      texts[i] = response?.ok ? await response.text() : undefined;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
  return {
    texts: texts.filter((t): t is string => t !== undefined),
    missing: ids.filter((_, i) => texts[i] === undefined),
  };
}

/** The card facts of some papers (for the selection page and the CSV), and the ids that no longer exist. */
export async function loadCards(ids: readonly string[], base: string) {
  const { texts, missing } = await fetchFiles(ids, EXPORTS.csv.file, base);
  return { cards: texts.map((t) => JSON.parse(t) as CardData), missing };
}

/** One export file's text for some papers, and the ids whose files could not be loaded. */
export async function exportText(ids: readonly string[], format: ExportFormat, base: string) {
  if (format === 'csv') {
    const { cards, missing } = await loadCards(ids, base);
    return { text: toCsv(cards, new URL(base, location.href).href), missing };
  }
  const { texts, missing } = await fetchFiles(ids, EXPORTS[format].file, base);
  return { text: format === 'csl' ? joinCsl(texts) : joinRecords(texts), missing };
}

/** Offer text as a file download. */
export function downloadText(text: string, name: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Export some papers and download the file `<name>.<extension>`; returns the ids that could not be exported. */
export async function downloadExport(
  ids: readonly string[],
  format: ExportFormat,
  base: string,
  name: string,
): Promise<string[]> {
  const { text, missing } = await exportText(ids, format, base);
  const spec = EXPORTS[format];
  downloadText(text, `${name}.${spec.extension}`, spec.type);
  return missing;
}
