import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { openSearchDescription, SHORT_NAME_MAX } from '@/lib/site/opensearch';
import { SITE_SHORT_NAME } from '@/site.config';

const options = {
  shortName: 'CLIP Med Imaging',
  description: 'Papers on CLIP & "medical" <imaging>',
  searchPage: 'https://example.org/sub/search/',
  icon: 'data:image/svg+xml,%3Csvg%3E%3C%2Fsvg%3E',
};
const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
    OpenSearchDescription: Record<string, unknown> & { Url: Record<string, string>; Image: Record<string, string> };
  };

describe('OpenSearch description', () => {
  it('is well-formed XML in the OpenSearch 1.1 namespace, whatever characters its texts hold', () => {
    const xml = openSearchDescription(options);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const doc = parse(xml).OpenSearchDescription;
    expect(doc['@xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(doc.ShortName).toBe(options.shortName);
    expect(doc.Description).toBe(options.description);
    expect(doc.InputEncoding).toBe('UTF-8');
    expect(doc.Image['#text']).toBe(options.icon);
  });

  it("sends the browser's words to the search page as its q parameter", () => {
    const doc = parse(openSearchDescription(options)).OpenSearchDescription;
    expect(doc.Url).toMatchObject({
      '@type': 'text/html',
      '@method': 'get',
      '@template': 'https://example.org/sub/search/?q={searchTerms}',
    });
    expect(doc['moz:SearchForm']).toBe('https://example.org/sub/search/');
    // A search page given with a query of its own still gets only the words.
    const withQuery = parse(openSearchDescription({ ...options, searchPage: 'https://example.org/search/?q=x' }));
    expect(withQuery.OpenSearchDescription.Url['@template']).toBe('https://example.org/search/?q={searchTerms}');
  });

  it('refuses a short name longer than browsers show, and the site has one that fits', () => {
    expect(() => openSearchDescription({ ...options, shortName: 'CLIP in Medical Imaging' })).toThrow(/longer than 16/);
    expect([...SITE_SHORT_NAME].length).toBeLessThanOrEqual(SHORT_NAME_MAX);
  });
});
