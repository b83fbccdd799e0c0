/**
 * Citation data of a paper, built from its entry only (no field is guessed): CSL-JSON, BibTeX through
 * citation-js, and the Highwire Press `citation_*` meta tags that Zotero and Google Scholar read.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Paper } from '../schemas/paper.ts';
import { cslName } from './catalogue/person.ts';
import type { Venue } from '../schemas/vocabularies.ts';

type Citable = { id: string; data: Paper };

// Entry ids are valid BibTeX keys (letters, digits, hyphens); citation-js would otherwise replace a key
// containing "-" (li2024enhancing-vision) by one of its own making, and the key would no longer be the id.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A title as CSL rich text with the words whose case must survive citation styles marked `nocase`
 * (BibTeX braces): mixed-case words (BiomedCLIP, CheXzero; all-capital words such as CT and the X of
 * X-ray are braced by citation-js itself) and the first word after a colon.
 * Example: protectTitle("MedCLIP: Contrastive ...") -> '<span class="nocase">MedCLIP</span>: <span class="nocase">Contrastive</span> ...'
 */
export function protectTitle(title: string): string {
  let afterColon = false;
  return title
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s+$/.test(token) || token === '') return token;
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const mixedCase = word.split(/[-/]/).some((part) => /\p{Lu}/u.test(part.slice(1)) && /\p{Ll}/u.test(part));
      const protect = word !== '' && (mixedCase || (afterColon && /^\p{Lu}/u.test(word)));
      afterColon = token.endsWith(':');
      if (!protect) return escapeHtml(token);
      const start = token.indexOf(word);
      return `${escapeHtml(token.slice(0, start))}<span class="nocase">${escapeHtml(word)}</span>${escapeHtml(token.slice(start + word.length))}`;
    })
    .join('');
}

/**
 * CSL-JSON for one paper. Conference and workshop papers become `paper-conference` (BibTeX @inproceedings),
 * journal articles `article-journal` (@article), preprints `document` (@misc) with the arXiv id as a note.
 */
export function toCsl(paper: Citable, venue: Venue): Record<string, unknown> {
  const { data } = paper;
  const csl: Record<string, unknown> = {
    id: paper.id,
    'citation-key': paper.id,
    title: protectTitle(data.title),
    author: data.authors.map(cslName),
    issued: { 'date-parts': [[data.year]] },
    URL: data.links.paper,
  };
  if (venue.kind === 'journal') Object.assign(csl, { type: 'article-journal', 'container-title': venue.name });
  else if (venue.kind === 'preprint') Object.assign(csl, { type: 'document', publisher: venue.short });
  else Object.assign(csl, { type: 'paper-conference', 'container-title': venue.name });
  if (data.doi) csl.DOI = data.doi;
  if (data.arxiv) csl.note = `arXiv:${data.arxiv}`;
  return csl;
}

/** BibTeX of one or more papers, keys = entry ids. Example: bibtex([{ paper, venue }]) -> "@inproceedings{huang2021gloria, ..." */
export function bibtex(items: readonly { paper: Citable; venue: Venue }[]): string {
  return (
    new Cite(items.map(({ paper, venue }) => toCsl(paper, venue)))
      .format('bibtex', { format: 'text' })
      .toString()
      // citation-js repeats the URL as `howpublished` when there is no publisher; `url` already carries it
      .replace(/^\s*howpublished = \{https?:.*\},\n/gm, '')
      .trim()
  );
}

/** The PDF of a paper when it is known from the entry: an arXiv id, or a paper link that is itself a PDF. */
export function pdfUrl(data: Paper): string | undefined {
  if (data.arxiv) return `https://arxiv.org/pdf/${data.arxiv}`;
  if (/\.pdf(?:[?#].*)?$/i.test(data.links.paper)) return data.links.paper;
  return undefined;
}

/**
 * Highwire Press meta tags (name, content) in the order Zotero expects: title, authors, date, container,
 * identifiers, PDF. Example: [["citation_title", "GLoRIA ..."], ["citation_author", "Shih-Cheng Huang"], ...]
 */
export function highwireTags(data: Paper, venue: Venue): [string, string][] {
  const tags: [string, string][] = [['citation_title', data.title]];
  // "Family, Given" is the form Google Scholar's inclusion guidelines ask for.
  for (const author of data.authors) tags.push(['citation_author', author]);
  tags.push(['citation_publication_date', String(data.year)]);
  if (venue.kind === 'journal') tags.push(['citation_journal_title', venue.name]);
  else if (venue.kind === 'conference' || venue.kind === 'workshop')
    tags.push(['citation_conference_title', venue.name]);
  else tags.push(['citation_publisher', venue.short]);
  if (data.doi) tags.push(['citation_doi', data.doi]);
  if (data.arxiv) tags.push(['citation_arxiv_id', data.arxiv]);
  tags.push(['citation_abstract_html_url', data.links.paper]);
  const pdf = pdfUrl(data);
  if (pdf) tags.push(['citation_pdf_url', pdf]);
  return tags;
}
