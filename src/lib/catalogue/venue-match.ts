/** Recognising a venue from the way people and BibTeX write it, for the scaffolder and the checker's hints. */
import { venueIdForLabel, type Venue } from '../../schemas/vocabularies.ts';

/**
 * Find the venue id for what a user or a BibTeX entry wrote: an id, a short name, the full name, an
 * alias, an acronym in parentheses ("Proceedings of ... (ICCV)"), a proceedings title with its year or
 * edition ("Computer Vision – ECCV 2022", "Medical Image Computing ... – MICCAI 2023"), or any mention of arXiv.
 * Example: matchVenue("Advances in Neural Information Processing Systems", venues) -> "neurips".
 */
export function matchVenue(label: string, venues: readonly Venue[]): string | undefined {
  const direct = venueIdForLabel(label, venues);
  if (direct) return direct;
  for (const m of label.matchAll(/\(([^()]+)\)/g)) {
    const id = venueIdForLabel(m[1]!.replace(/['’]?\s*\d{2,4}$/, ''), venues);
    if (id) return id;
  }
  // "Proceedings of the ...", "... 2023", "36th ...", "In: ..." and "Full Name -- ACRONYM 2024" wrap the name proper.
  const stripped = label
    .replace(/^(?:in:?\s+)?(?:proceedings of (?:the )?)?/i, '')
    .replace(/\b(?:19|20)\d{2}\b/g, '')
    .replace(/\b\d+(?:st|nd|rd|th)\b/gi, '')
    .replace(/\s+(?:vol\.?\s*)?\d{1,3}$/i, '') // a volume number: "... Systems 36"
    .replace(/\s+/g, ' ')
    .trim();
  for (const part of [stripped, ...stripped.split(/\s*(?:--?|–|—|:|,)\s+/)]) {
    const id = venueIdForLabel(part, venues);
    if (id) return id;
  }
  if (/\barxiv\b/i.test(label)) return venues.find((v) => v.id === 'arxiv')?.id;
  return undefined;
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** Dice similarity of two word sets: 1 for the same words, 0 for none in common. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The venues closest to an unrecognised label (by shared words with their names and aliases, or a
 * prefix of the id), best first, at most `limit`. suggestVenues("Neural Information Processing", venues)
 * -> ["neurips", "neurips-workshop"].
 */
export function suggestVenues(label: string, venues: readonly Venue[], limit = 3): string[] {
  const target = words(label);
  const lower = label.trim().toLowerCase();
  return venues
    .map((v) => {
      const score = Math.max(
        ...[v.id, v.short, v.name, ...v.aliases].map((s) => similarity(target, words(s))),
        v.id.startsWith(lower) || lower.startsWith(v.id) ? 0.6 : 0,
      );
      return { id: v.id, score };
    })
    .filter((s) => s.score >= 0.4)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((s) => s.id);
}
