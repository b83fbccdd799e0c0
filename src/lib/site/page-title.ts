/** The text of a page's <title>. */

/** Browsers, search results and html-validate's long-title rule cut titles near this length. */
export const MAX_TITLE = 70;

/**
 * "<title> · <site>" when it fits in MAX_TITLE characters; else the title alone; else the title cut at a word
 * boundary with an ellipsis. The home page (title === site) is just the site name.
 * Example: pageTitle('Authors', 'CLIP in Medical Imaging') -> 'Authors · CLIP in Medical Imaging'
 */
export function pageTitle(title: string, site: string, max = MAX_TITLE): string {
  if (title === site) return site;
  const withSite = `${title} · ${site}`;
  if (withSite.length <= max) return withSite;
  if (title.length <= max) return title;
  return `${title.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
