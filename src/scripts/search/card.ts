/**
 * Fill the paper card <template> (rendered by PaperCard.astro) with a result's CardData, so a search result is
 * the same card as on the list pages. Text goes in as text; the only markup added is <mark> around matches.
 */
import type { CardData } from '@/lib/site/card';

type TitlePart = { text: string; match: boolean };

function slot(root: ParentNode, name: string): HTMLElement | null {
  return root.querySelector(`[data-slot="${name}"]`);
}

/**
 * A filled copy of the template's card.
 * @param href the paper page (Pagefind's result URL, base included)
 * @param base the site's base path, prefixed to CardData's root-relative paths
 * @param title the title split into matched and unmatched parts, for highlighting
 */
export function fillCard(
  template: HTMLTemplateElement,
  data: CardData,
  href: string,
  base: string,
  title: TitlePart[],
): HTMLElement {
  const card = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const link = slot(card, 'title') as HTMLAnchorElement;
  link.href = href;
  link.replaceChildren();
  for (const part of title) {
    if (part.match) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      link.append(mark);
    } else link.append(document.createTextNode(part.text));
  }
  slot(card, 'authors')!.textContent = data.authors;
  slot(card, 'venue')!.textContent = data.venue;
  slot(card, 'year')!.textContent = String(data.year);
  const prototype = slot(card, 'category') as HTMLAnchorElement;
  for (const c of data.categories) {
    const badge = prototype.cloneNode() as HTMLAnchorElement;
    badge.removeAttribute('data-slot');
    badge.href = `${base}${c.path}`;
    badge.textContent = c.label;
    prototype.before(badge);
  }
  prototype.remove();
  const code = slot(card, 'code') as HTMLAnchorElement;
  if (data.code) {
    code.href = data.code;
    slot(card, 'code-for')!.textContent = ` for ${data.title}`;
  } else code.remove();
  return card;
}
