/** Recognising a venue from the way people and BibTeX write it, for the scaffolder and the checker's hints. */
import type { Venue } from '../schemas/vocabularies.ts';
import { venueIdForLabel } from './seed-import.ts';

/**
 * Find the venue id for what a user or a BibTeX entry wrote: an id, a short name, the full name, an
 * alias, an acronym in parentheses ("Proceedings of ... (ICCV)"), or any mention of arXiv.
 * Example: matchVenue("ICCV 2023", venues) -> "iccv".
 */
export function matchVenue(label: string, venues: Venue[]): string | undefined {
  const direct = venueIdForLabel(label.trim(), venues) ?? venueIdForLabel(label.trim().toLowerCase(), venues);
  if (direct) return direct;
  for (const m of label.matchAll(/\(([^()]+)\)/g)) {
    const id = venueIdForLabel(m[1]!.replace(/['’]?\s*\d{2,4}$/, '').trim(), venues);
    if (id) return id;
  }
  // "Proceedings of the ...", "... 2023", "In: ..." and "Full Name -- ACRONYM 2024" wrap the name proper.
  const stripped = label
    .replace(/^(?:in:?\s+)?(?:proceedings of (?:the )?)?/i, '')
    .replace(/\b(?:19|20)\d{2}\b/g, '')
    .trim();
  for (const part of [stripped, ...stripped.split(/\s+(?:--?|–|—|:)\s+/)]) {
    const id = venueIdForLabel(part.trim(), venues);
    if (id) return id;
  }
  if (/\barxiv\b/i.test(label)) return venues.find((v) => v.id === 'arxiv')?.id;
  return undefined;
}
