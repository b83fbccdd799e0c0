import { parse as parseBib } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { citedFamily, person } from '../../src/lib/catalogue/person.ts';
import { bibtex, cslJson, highwireTags, pdfUrl, ris, toCsl } from '../../src/lib/site/cite.ts';
import { parseRis } from '../helpers/ris.ts';
import { venues } from '../../src/schemas/vocabularies.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';

const { papers } = loadCatalogue();
const venueOf = (id: string) => venues.find((v) => v.id === id)!;
const kindOf = (p: (typeof papers)[number]) => venueOf(p.data.venue).kind;
const conference = papers.find((p) => kindOf(p) === 'conference' && p.data.doi)!;
const journal = papers.find((p) => kindOf(p) === 'journal')!;
const preprint = papers.find((p) => kindOf(p) === 'preprint' && p.data.arxiv)!;

/** Field names of a BibTeX entry. */
const fields = (tex: string) => [...tex.matchAll(/^\s*([a-z]+) = \{/gm)].map((m) => m[1]);

describe('bibtex', () => {
  it('writes a conference paper as @inproceedings keyed by its id, with the venue as booktitle', () => {
    const tex = bibtex([{ paper: conference, venue: venueOf(conference.data.venue) }]);
    expect(tex.startsWith(`@inproceedings{${conference.id},`)).toBe(true);
    expect(tex).toContain(`year = {${conference.data.year}}`);
    expect(tex).toContain(`doi = {${conference.data.doi}}`);
    expect(tex).toMatch(/booktitle = \{/);
    // one "and"-separated name per author
    const authorLine = /author = \{(.*)\},/.exec(tex)![1]!;
    expect(authorLine.split(' and ')).toHaveLength(conference.data.authors.length);
  });

  it('writes a journal article as @article with the journal name', () => {
    const tex = bibtex([{ paper: journal, venue: venueOf(journal.data.venue) }]);
    expect(tex.startsWith(`@article{${journal.id},`)).toBe(true);
    expect(tex).toMatch(/journal = \{/);
  });

  it('writes a preprint as @misc with its arXiv id and no made-up venue', () => {
    const tex = bibtex([{ paper: preprint, venue: venueOf(preprint.data.venue) }]);
    expect(tex.startsWith(`@misc{${preprint.id},`)).toBe(true);
    expect(tex).toContain(`note = {arXiv:${preprint.data.arxiv}}`);
    expect(fields(tex)).not.toContain('journal');
    expect(fields(tex)).not.toContain('booktitle');
  });

  it('only uses fields that come from the entry, for every paper of the catalogue', () => {
    const allowed = new Set(['author', 'title', 'booktitle', 'journal', 'publisher', 'year', 'doi', 'url', 'note']);
    const tex = bibtex(papers.map((paper) => ({ paper, venue: venueOf(paper.data.venue) })));
    expect(tex.match(/^@/gm)).toHaveLength(papers.length);
    for (const f of fields(tex)) expect(allowed, f).toContain(f);
    for (const p of papers.filter((x) => !x.data.doi))
      expect(toCsl(p, venueOf(p.data.venue))).not.toHaveProperty('DOI');
  });
});

describe('highwireTags', () => {
  it('names every author in order and the right kind of container', () => {
    const tags = highwireTags(conference.data, venueOf(conference.data.venue));
    expect(tags.filter(([n]) => n === 'citation_author').map(([, v]) => v)).toEqual(conference.data.authors);
    expect(tags).toContainEqual(['citation_title', conference.data.title]);
    expect(tags).toContainEqual(['citation_publication_date', String(conference.data.year)]);
    expect(tags).toContainEqual(['citation_conference_title', venueOf(conference.data.venue).name]);
    expect(tags).toContainEqual(['citation_doi', conference.data.doi]);
    const j = highwireTags(journal.data, venueOf(journal.data.venue));
    expect(j).toContainEqual(['citation_journal_title', venueOf(journal.data.venue).name]);
  });

  it('gives a PDF link only when one is known', () => {
    const tags = highwireTags(preprint.data, venueOf(preprint.data.venue));
    expect(tags).toContainEqual(['citation_arxiv_id', preprint.data.arxiv]);
    expect(tags).toContainEqual(['citation_pdf_url', `https://arxiv.org/pdf/${preprint.data.arxiv}`]);
    const noPdf = papers.find((p) => !p.data.arxiv && !/\.pdf$/i.test(p.data.links.paper))!;
    expect(pdfUrl(noPdf.data)).toBeUndefined();
    expect(highwireTags(noPdf.data, venueOf(noPdf.data.venue)).map(([n]) => n)).not.toContain('citation_pdf_url');
  });
});

describe('BibTeX round trip through an independent parser (@retorquere/bibtex-parser)', () => {
  /** What citation software sees: the parsed entry of one paper's BibTeX. */
  const parsed = (paper: (typeof papers)[number]) =>
    parseBib(bibtex([{ paper, venue: venueOf(paper.data.venue) }]), {
      sentenceCase: false,
      caseProtection: 'strict',
    }).entries[0]!;

  it.each(papers.map((p) => [p.id, p] as const))(
    '%s: authors (family and given), title, year and venue equal the entry',
    (_id, paper) => {
      const entry = parsed(paper);
      const venue = venueOf(paper.data.venue);
      expect(entry.key).toBe(paper.id);
      const authors = (
        entry.fields['author'] as { lastName?: string; firstName?: string; prefix?: string; suffix?: string }[]
      ).map((a) => ({
        family: [a.prefix, a.lastName].filter(Boolean).join(' '),
        given: a.firstName ?? '',
        suffix: a.suffix ?? '',
      }));
      expect(authors.map((a) => JSON.parse(JSON.stringify(a).normalize('NFC')))).toEqual(
        paper.data.authors.map((stored) => {
          const p = person(stored);
          return { family: citedFamily(p), given: p.given ?? '', suffix: p.suffix ?? '' };
        }),
      );
      // The parser returns titles as HTML (nocase spans, escaped & < >); compare the text.
      const plain = (s: unknown) =>
        String(s)
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
      expect(plain(entry.fields['title'])).toBe(paper.data.title);
      expect(entry.fields['year']).toBe(String(paper.data.year));
      const container = entry.fields['booktitle'] ?? entry.fields['journal'] ?? entry.fields['publisher'];
      expect(plain(container)).toBe(venue.kind === 'preprint' ? venue.short : venue.name);
    },
  );

  it('keeps the case of acronyms, mixed-case names and the word after a colon when a style sentence-cases titles', () => {
    const tricky = papers.filter((p) => /\p{Ll}\p{Lu}|:\s\p{Lu}/u.test(p.data.title));
    expect(tricky.length).toBeGreaterThan(0);
    for (const paper of tricky) {
      const tex = bibtex([{ paper, venue: venueOf(paper.data.venue) }]);
      const cased = String(
        parseBib(tex, { sentenceCase: { subSentence: false, guess: false }, caseProtection: 'strict' }).entries[0]!
          .fields['title'],
      ).replace(/<[^>]+>/g, '');
      const raw = paper.data.title.split(/\s+/);
      const mustKeep = raw
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((w, i) => /\p{Ll}\p{Lu}/u.test(w) || (i > 0 && /:$/.test(raw[i - 1]!) && /^\p{Lu}/u.test(w)))
        .filter((w) => w !== w.toUpperCase());
      for (const word of mustKeep) expect(cased, `${paper.id}: ${word}`).toContain(word);
    }
  });
});

describe('ris', () => {
  const long = [...papers].sort((a, b) => b.data.title.length - a.data.title.length)[0]!;

  it('writes one record per paper with every author in order, the title whole on one line', () => {
    const records = parseRis(ris([{ paper: long, venue: venueOf(long.data.venue) }]));
    expect(records).toHaveLength(1);
    expect(records[0]!['TI']).toEqual([long.data.title]);
    const families = long.data.authors.map((a) => citedFamily(person(a)));
    expect(records[0]!['AU']!.map((a) => a.split(',')[0])).toEqual(families);
    // DA is the date in every RIS type (the year's own tag depends on it: PY, or C2 for a conference paper).
    expect(records[0]!['DA']?.[0]).toContain(String(long.data.year));
  });

  it('writes each tag on one line and no empty line, whatever the length of a value', () => {
    // plugin-ris cuts values every 70 characters, so a title of exactly 70 (or 140) once left an empty line.
    const titled = (length: number, id: string) => ({ ...long, id, data: { ...long.data, title: 'T'.repeat(length) } });
    for (const length of [69, 70, 71, 140, 141]) {
      const items = [titled(length, 'one'), titled(length, 'two')];
      const text = ris(items.map((paper) => ({ paper, venue: venueOf(paper.data.venue) })));
      expect(text.split('\n').filter((line) => !/^[A-Z][A-Z0-9] {2}-/.test(line))).toEqual([]);
      expect(parseRis(text).map((r) => r['TI'])).toEqual([['T'.repeat(length)], ['T'.repeat(length)]]);
    }
  });

  it('keeps records apart when several papers are written at once', () => {
    const some = papers.slice(0, 5);
    const records = parseRis(ris(some.map((p) => ({ paper: p, venue: venueOf(p.data.venue) }))));
    expect(records.map((r) => r['TI']![0])).toEqual(some.map((p) => p.data.title));
  });
});

describe('csl-json', () => {
  it('is an array of one item per paper, keyed by the entry id', () => {
    const some = papers.slice(0, 3);
    const items = cslJson(some.map((p) => ({ paper: p, venue: venueOf(p.data.venue) })));
    expect(items.map((i) => i['id'])).toEqual(some.map((p) => p.id));
    // CSL rich text: <span class="nocase"> protects the capitals that a citation style must not lower-case.
    const plain = (t: unknown) => String(t).replace(/<span class="nocase">(.*?)<\/span>/g, '$1');
    expect(items.map((i) => plain(i['title']))).toEqual(some.map((p) => p.data.title));
  });
});
