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

/** What describes the catalogue as a schema.org Dataset: where it lives and how it can be downloaded. */
export type CatalogueFacts = {
  name: string;
  description: string;
  /** The site's home page, absolute */
  url: string;
  version: string;
  licence: string;
  /** Absolute URLs of the downloads */
  json: string;
  csv: string;
  bibtex: string;
  papers: number;
  /** The survey it was seeded from */
  basedOn: { name: string; url: string };
};

/** schema.org Dataset of the whole catalogue, with its JSON, CSV and BibTeX downloads. */
export function catalogueDataset(c: CatalogueFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: c.name,
    description: c.description,
    url: c.url,
    version: c.version,
    license: `https://spdx.org/licenses/${c.licence}.html`,
    isAccessibleForFree: true,
    isBasedOn: { '@type': 'ScholarlyArticle', name: c.basedOn.name, url: c.basedOn.url },
    keywords: ['CLIP', 'contrastive language-image pre-training', 'medical imaging', 'vision-language models'],
    variableMeasured: `${c.papers} papers`,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: c.json },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: c.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/x-bibtex', contentUrl: c.bibtex },
    ],
  };
}
