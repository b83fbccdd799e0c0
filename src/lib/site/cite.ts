/**
 * Citation data of a paper, built from its entry only (no field is guessed): CSL-JSON, BibTeX through
 * citation-js, and the Highwire Press `citation_*` meta tags that Zotero and Google Scholar read.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Paper } from '../../schemas/paper.ts';
import { cslName } from '../catalogue/person.ts';
import type { Venue } from '../../schemas/vocabularies.ts';

type Citable = { id: string; data: Paper };

// Entry ids are valid BibTeX keys (letters, digits, hyphens); citation-js would otherwise replace a key
// containing "-" (li2024enhancing-vision) by one of its own making, and the key would no longer be the id.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/**
 * A title as CSL rich text, with `nocase` (BibTeX braces) on the words whose case citation styles would
 * otherwise change and citation-js does not brace itself: the first word of the title and the first word after
 * a colon, each when it carries a capital (a name such as BiomedCLIP or CXR-CLIP, or a subtitle's first word).
 * citation-js braces every other capitalised word.
 * Example: protectTitle("MedCLIP: Contrastive ...") -> '<span class="nocase">MedCLIP</span>: <span class="nocase">Contrastive</span> ...'
 */
export function protectTitle(title: string): string {
  return title
    .split(/(:\s+)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}][\p{L}\p{N}-]*)([\s\S]*)$/u.exec(part);
      const first = m?.[2] ?? '';
      // The title's first word needs braces only when its case is unusual; a subtitle's, whenever it is capitalised.
      const protect = i === 0 ? /\p{Lu}/u.test(first.slice(1)) : /^\p{Lu}/u.test(first);
      if (!m || !protect) return part;
      return `${m[1]!}<span class="nocase">${first}</span>${m[3]!}`;
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

type Item = { paper: Citable; venue: Venue };

/** CSL-JSON of papers (CSL rich text titles: `nocase` marks the words whose case must stay). */
export function cslJson(items: readonly Item[]): Record<string, unknown>[] {
  return items.map(({ paper, venue }) => toCsl(paper, venue));
}

/**
 * RIS of papers, for EndNote, Mendeley and Zotero. RIS has no markup and no name particles, so titles are
 * plain and a particle stays with the family name ("van Sonsbeek, Tom"). Entry ids are the RIS ids.
 */
export function ris(items: readonly Item[]): string {
  const plain = items.map(({ paper, venue }) => {
    const csl = toCsl(paper, venue);
    return {
      ...csl,
      title: paper.data.title,
      author: (csl['author'] as Record<string, string>[]).map(({ 'non-dropping-particle': particle, ...name }) =>
        particle ? { ...name, family: `${particle} ${name['family']}` } : name,
      ),
    };
  });
  // plugin-ris registers the format at run time; the typings only know the built-in formats.
  const text = new Cite(plain)
    .format('ris' as Parameters<Cite['format']>[0], { format: 'text' })
    .toString()
    .trim();
  return unwrapRis(text);
}

/**
 * plugin-ris cuts every value into 70-character lines, mid-word, with no marker; reference managers read such
 * continuation lines differently (some add a space: "dat aset"). One line per tag is valid RIS and reads the
 * same everywhere, so continuation lines are joined back exactly as they were cut: every line that does not start
 * with a tag, including the empty one that a value of exactly 70 (or 140 ...) characters ends with.
 */
export function unwrapRis(text: string): string {
  return text.replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '');
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
