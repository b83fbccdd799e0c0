/** Author lines as the seed list writes them (given name first, separated in every way people type). */

/**
 * Split an author line as written in lists and BibTeX-less sources into full names, given name first.
 * Handles commas, semicolons, "and", "&", footnote marks (*, ∗, †) and "Surname, Given ; Surname, Given" lists.
 */
export function splitAuthors(line: string): string[] {
  let text = line
    .normalize('NFKC')
    .replace(/[∗*†‡]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(/\s*&\s*/g, ', ').replace(/,?\s+and\s+/gi, ', ');
  let parts: string[];
  if (text.includes(';')) {
    parts = text.split(';').map((p) => p.trim());
    // "Surname, Given" in each part: reorder to "Given Surname"
    if (parts.every((p) => (p.match(/,/g) ?? []).length === 1)) {
      parts = parts.map((p) => {
        const [surname, given] = p.split(',').map((s) => s.trim());
        return `${given} ${surname}`;
      });
    } else {
      parts = parts.flatMap((p) => p.split(','));
    }
  } else {
    parts = text.split(',');
  }
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}
