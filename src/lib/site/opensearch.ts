/**
 * The catalogue's OpenSearch description (/opensearch.xml, linked from every page's head): it lets a browser add the
 * catalogue's search to its address bar, sending the words typed there to the search page as `?q=`.
 * Spec: https://github.com/dewitt/opensearch (OpenSearch 1.1).
 */
import XMLBuilder from 'fast-xml-builder';

/** Browsers show the short name in their lists of search engines; the specification allows at most 16 characters. */
export const SHORT_NAME_MAX = 16;

export type OpenSearchOptions = {
  /** At most SHORT_NAME_MAX characters. */
  shortName: string;
  description: string;
  /** Absolute URL of the search page, which reads the words from its `q` parameter. */
  searchPage: string;
  /** The site's icon, as a data: URL of an SVG image. */
  icon: string;
};

export function openSearchDescription({ shortName, description, searchPage, icon }: OpenSearchOptions): string {
  if ([...shortName].length > SHORT_NAME_MAX)
    throw new Error(`OpenSearch short name "${shortName}" is longer than ${SHORT_NAME_MAX} characters`);
  const page = new URL(searchPage);
  page.search = '';
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    format: true,
    suppressEmptyNode: true,
  });
  const xml = builder.build({
    OpenSearchDescription: {
      '@xmlns': 'http://a9.com/-/spec/opensearch/1.1/',
      '@xmlns:moz': 'http://www.mozilla.org/2006/browser/search/',
      ShortName: shortName,
      Description: description,
      InputEncoding: 'UTF-8',
      Image: { '@width': 16, '@height': 16, '@type': 'image/svg+xml', '#text': icon },
      // "{searchTerms}" is OpenSearch's placeholder: the browser puts the typed words there, URL-encoded.
      Url: { '@type': 'text/html', '@method': 'get', '@template': `${page.href}?q={searchTerms}` },
      'moz:SearchForm': page.href,
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
