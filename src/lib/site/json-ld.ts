/**
 * Structured data (schema.org as JSON-LD) for search engines and reference tools: a ScholarlyArticle per paper
 * page, a Dataset for the catalogue. Built from the entries only, like the citations.
 */
import type { Paper } from '../../schemas/paper.ts';
import { anatomyOf, modalityOf, taskOf, venueOf } from '../../schemas/vocabularies.ts';
import { person } from '../catalogue/person.ts';

/** JSON for a <script type="application/ld+json">: "<" escaped, so no value can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** schema.org ScholarlyArticle of a paper; `url` is the paper page's absolute URL. */
export function scholarlyArticle(paper: Paper, url: string, description?: string): Record<string, unknown> {
  const venue = venueOf(paper.venue);
  const sameAs = [
    paper.links.paper,
    ...(paper.arxiv ? [`https://arxiv.org/abs/${paper.arxiv}`] : []),
    ...(paper.doi ? [`https://doi.org/${paper.doi}`] : []),
  ];
  const keywords = [
    ...(paper.names ?? []),
    ...(paper.modalities ?? []).map((m) => modalityOf(m).label),
    ...(paper.anatomy ?? []).map((m) => anatomyOf(m).label),
    ...(paper.tasks ?? []).map((m) => taskOf(m).label),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': url,
    url,
    headline: paper.title,
    name: paper.title,
    author: paper.authors.map((stored) => {
      const p = person(stored);
      return {
        '@type': 'Person',
        name: p.display,
        familyName: [p.particle, p.family].filter(Boolean).join(' '),
        ...(p.given ? { givenName: p.given } : {}),
      };
    }),
    datePublished: String(paper.year),
    isPartOf: {
      '@type': venue.kind === 'journal' ? 'Periodical' : venue.kind === 'preprint' ? 'WebSite' : 'PublicationEvent',
      name: venue.name,
    },
    sameAs: [...new Set(sameAs)],
    ...(paper.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: paper.doi } } : {}),
    ...(description ? { description } : {}),
    ...(keywords.length ? { keywords: [...new Set(keywords)] } : {}),
  };
}
