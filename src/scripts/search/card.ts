/**
 * Fill the paper card <template> (rendered by PaperCard.astro) with a result's CardData, so a search result is
 * the same card as on the list pages. Text goes in as text; the only markup added is <mark> around matches.
 */
import type { CardData } from '@/lib/site/card';

type Part = { text: string; match: boolean };

/** Write text into an element with <mark> around the parts that match the search. */
function marked(el: HTMLElement, parts: readonly Part[]): void {
  el.replaceChildren(
    ...parts.map((part) => {
      if (!part.match) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
}

function slot(root: ParentNode, name: string): HTMLElement | null {
  return root.querySelector(`[data-slot="${name}"]`);
}

function fillOrRemove(
  root: ParentNode,
  name: string,
  text: string | undefined,
  highlight: (t: string) => Part[],
): void {
  const el = slot(root, name)!;
  if (text) marked(el, highlight(text));
  else el.remove();
}

/** One copy of the prototype element per value, in order, then the prototype removed. */
function repeat<E extends HTMLElement, T>(prototype: E, values: readonly T[], fill: (el: E, value: T) => void): void {
  for (const value of values) {
    const copy = prototype.cloneNode() as E;
    copy.removeAttribute('data-slot');
    fill(copy, value);
    prototype.before(copy);
  }
  prototype.remove();
}

/**
 * A filled copy of the template's card.
 * @param href the paper page (Pagefind's result URL, base included)
 * @param base the site's base path, prefixed to CardData's root-relative paths
 * @param highlight splits a text into parts that match the search and parts that do not
 */
export function fillCard(
  template: HTMLTemplateElement,
  data: CardData,
  href: string,
  base: string,
  highlight: (text: string) => Part[],
): HTMLElement {
  const card = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const link = slot(card, 'title') as HTMLAnchorElement;
  link.href = href;
  marked(link, highlight(data.title));
  fillOrRemove(card, 'names', data.names, highlight);
  slot(card, 'authors')!.textContent = data.authors;
  fillOrRemove(card, 'summary', data.summary, highlight);
  if (!data.unchecked) slot(card, 'unchecked')!.remove();
  slot(card, 'venue')!.textContent = data.venue;
  slot(card, 'year')!.textContent = String(data.year);
  repeat(slot(card, 'category') as HTMLAnchorElement, data.categories, (badge, c) => {
    badge.href = `${base}${c.path}`;
    badge.textContent = c.label;
  });
  repeat(slot(card, 'chip') as HTMLAnchorElement, data.chips, (chip, c) => {
    chip.href = `${base}${c.path}`;
    chip.textContent = c.label;
  });
  (slot(card, 'select') as HTMLInputElement).value = data.id;
  slot(card, 'select-for')!.textContent = ` ${data.title}`;
  const code = slot(card, 'code') as HTMLAnchorElement;
  if (data.code) {
    code.href = data.code;
    slot(card, 'code-for')!.textContent = ` for ${data.title}`;
  } else code.remove();
  return card;
}
