/** Helpers that read identifiers out of links and tidy links found in the wild. */

/**
 * Unwrap a search-engine redirect (e.g. a google.com/url?...&url=<target>) to its target.
 * Returns the input unchanged when it is not such a redirect.
 */
export function unwrapRedirect(link: string): string {
  try {
    const url = new URL(link);
    if (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') {
      const target = url.searchParams.get('url') ?? url.searchParams.get('q');
      if (target) return target;
    }
  } catch {
    // not an absolute URL: left to the caller's validation
  }
  return link;
}

/** Add the missing scheme to a bare "github.com/..." style link. */
export function ensureScheme(link: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) ? link : `https://${link.replace(/^\/+/, '')}`;
}

const ARXIV_PATTERNS = [
  /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?(?:[?#].*)?$/i,
  /arxiv\.org\/ftp\/arxiv\/papers\/\d{4}\/(\d{4}\.\d{4,5})(?:v\d+)?\.pdf$/i,
];

/** The arXiv id (without version) that a link points at, e.g. "2303.11755"; undefined if none. */
export function arxivIdFromLink(link: string): string | undefined {
  for (const p of ARXIV_PATTERNS) {
    const m = p.exec(link);
    if (m) return m[1];
  }
  return undefined;
}

/** The canonical abstract page of an arXiv id. */
export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/**
 * The DOI a link spells out, lowercase: doi.org links, Springer chapters and articles, Nature articles.
 * Returns undefined when the link does not contain a DOI (IEEE Xplore document numbers, ScienceDirect PIIs...).
 */
export function doiFromLink(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const path = decodeURIComponent(url.pathname);
  if (/(^|\.)doi\.org$/.test(url.hostname)) return path.replace(/^\//, '').toLowerCase() || undefined;
  if (url.hostname === 'link.springer.com') {
    const m = /^\/(?:chapter|article)\/(10\.\d{4,9}\/[^/?#]+)$/.exec(path);
    if (m) return m[1]!.toLowerCase();
  }
  if (url.hostname === 'www.nature.com') {
    const m = /^\/articles\/(s\d{5}-\d{3}-\d{5}-[0-9a-z])(?:\.pdf)?$/i.exec(path);
    if (m) return `10.1038/${m[1]!.toLowerCase()}`;
  }
  return undefined;
}

/**
 * Normalise a link for comparison: lowercase host, no protocol, no "www.", no trailing slash,
 * no fragment; arXiv pdf/abs/version variants collapse to one form.
 */
export function linkKey(link: string): string {
  const arxiv = arxivIdFromLink(link);
  if (arxiv) return `arxiv:${arxiv}`;
  try {
    const url = new URL(link);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return link.trim().toLowerCase();
  }
}

/**
 * The landing page of a paper for links that point at a PDF or a print view, by the publishers'
 * documented URL layouts (arXiv, CVF open access, PMLR, OpenReview, ACL Anthology, IEEE Xplore, Nature).
 * A link of any other shape is returned unchanged.
 */
export function landingPage(link: string): string {
  const arxiv = arxivIdFromLink(link);
  if (arxiv) return arxivAbsUrl(arxiv);
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  const host = url.hostname;
  if (host === 'openaccess.thecvf.com') {
    const m = /^\/content\/([^/]+)\/papers\/(.+)\.pdf$/.exec(url.pathname);
    if (m) return `https://openaccess.thecvf.com/content/${m[1]}/html/${m[2]}.html`;
  }
  if (host === 'proceedings.mlr.press') {
    const m = /^\/(v\d+)\/([^/]+)\/\2\.pdf$/.exec(url.pathname);
    if (m) return `https://proceedings.mlr.press/${m[1]}/${m[2]}.html`;
  }
  if (host === 'openreview.net' && url.pathname === '/pdf' && url.searchParams.get('id')) {
    return `https://openreview.net/forum?id=${url.searchParams.get('id')}`;
  }
  if (host === 'aclanthology.org') {
    const m = /^\/([^/]+)\.pdf$/.exec(url.pathname);
    if (m) return `https://aclanthology.org/${m[1]}/`;
  }
  if (host === 'ieeexplore.ieee.org') {
    const arnumber = url.searchParams.get('arnumber');
    if (url.pathname === '/stamp/stamp.jsp' && arnumber) return `https://ieeexplore.ieee.org/document/${arnumber}`;
    const m = /^\/(?:abstract\/)?document\/(\d+)\/?$/.exec(url.pathname);
    if (m) return `https://ieeexplore.ieee.org/document/${m[1]}`;
  }
  if (host === 'www.nature.com') {
    const m = /^\/articles\/([^/]+)\.pdf$/.exec(url.pathname);
    if (m) return `https://www.nature.com/articles/${m[1]}`;
  }
  return link;
}

/** Hosts whose pages are project or documentation sites rather than code repositories. */
export function isProjectPage(link: string): boolean {
  try {
    const host = new URL(link).hostname;
    return /\.github\.io$/.test(host) || /\.readthedocs\.io$/.test(host);
  } catch {
    return false;
  }
}
