import { describe, expect, it } from 'vitest';
import { CODE_AVAILABLE, cardPathsJson, leafTitle, searchAttributes, searchFilters } from '@/lib/search/attributes';
import {
  CARD_ANCHORS,
  type CardPaths,
  UNCHECKED_LINE,
  authorsOfList,
  packCard,
  unpackCard,
} from '@/lib/search/card-meta';
import { displayName } from '@/lib/catalogue/person';
import { summaryText } from '@/lib/catalogue/summary';
import { facetFilterValue } from '@/lib/search/state';
import { facetValues } from '@/lib/search/facets';
import { cardData } from '@/lib/site/card';
import { sentences, synthesise } from '../../scripts/lib/synthetic.ts';
import { checkCatalogue } from '@/lib/catalogue/check-catalogue';
import { paperToMarkdown, readCatalogueFiles } from '@/lib/catalogue/files';
import { formatProblem } from '@/lib/catalogue/problem';
import { loadCatalogue } from '../helpers/catalogue';

const { papers, uses } = loadCatalogue();
const byPaper = new Map([...uses.byPaper].map(([id, list]) => [id, list.map((u) => u.dataset.data.name)]));

describe('search attributes of a paper', () => {
  it('give every paper its title and card as meta, and no sort keys (src/lib/search/orders.ts)', () => {
    for (const p of papers) {
      const card = cardData(p.id, p.data);
      const attributes = searchAttributes(p.data, [], card);
      expect(attributes).not.toHaveProperty('sort');
      expect(attributes.meta.map(([k]) => k)).toEqual(['title', 'card']);
      expect(attributes.meta).toContainEqual(['title', p.data.title]);
      expect(attributes.meta).toContainEqual(['card', packCard(card)]);
    }
  });

  // Pagefind indexes every word of every metadata field: the card must not bring words of its own (JSON keys,
  // link paths), which made "label" or "taxonomy" find every paper.
  it('give Pagefind a card that a result rebuilds exactly, with no words beyond its own', () => {
    const paths = JSON.parse(cardPathsJson()) as CardPaths;
    for (const base of ['/', '/clip/']) {
      for (const p of papers) {
        const names = byPaper.get(p.id) ?? [];
        const card = cardData(p.id, p.data, p.body ?? '', names);
        const { meta, filters } = searchAttributes(p.data, names, card);
        const packed = meta.find(([k]) => k === 'card')![1];
        const facets = filters.map(([f, v]) => facetFilterValue(f, v));
        // The page's anchors as Pagefind records them: the summary's first paragraph, the author list and, on a
        // flagged entry's page, the notice's heading.
        const lead = (p.body ?? '').trim() ? summaryText(p.body!.split(/\n\s*\n/)[0]!) : '';
        const anchors = [
          ...(lead ? [{ id: CARD_ANCHORS.summary, text: lead }] : []),
          { id: CARD_ANCHORS.authors, text: card.facts.authors.join(', ') },
          ...(p.data.flagged ? [{ id: CARD_ANCHORS.unchecked, text: UNCHECKED_LINE }] : []),
        ];
        expect(unpackCard(packed, p.data.title, `${base}${card.path}`, base, facets, paths, anchors)).toEqual(card);
        const own = [card.names, card.code, card.facts.weights, card.facts.arxiv].concat(card.facts.doi).join(' ');
        const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
        const extra = [...words(packed)].filter((w) => !words(own).has(w));
        expect(extra, p.id).toEqual([]);
      }
    }
  });

  it('mark the card of a flagged entry as unchecked, and only that card, both ways', () => {
    const p = papers[0]!;
    const paths = JSON.parse(cardPathsJson()) as CardPaths;
    for (const flagged of [undefined, 'No page about the paper could be read.']) {
      const data = { ...p.data, flagged };
      const card = cardData(p.id, data);
      expect(card.unchecked).toBe(flagged ? true : undefined);
      const { meta, filters } = searchAttributes(data, [], card);
      const anchors = [
        { id: CARD_ANCHORS.authors, text: card.facts.authors.join(', ') },
        ...(flagged ? [{ id: CARD_ANCHORS.unchecked, text: UNCHECKED_LINE }] : []),
      ];
      const facets = filters.map(([f, v]) => facetFilterValue(f, v));
      const back = unpackCard(
        meta.find(([k]) => k === 'card')![1],
        data.title,
        `/${card.path}`,
        '/',
        facets,
        paths,
        anchors,
      );
      expect(back.unchecked).toBe(flagged ? true : undefined);
    }
  });

  it('carry weights the repository does not release as a mark with no search word, read back as such', () => {
    const p = papers[0]!;
    const code = { paper: p.data.links.paper, code: 'https://github.com/example/model' };
    const cases = [
      { links: code, weightsNotReleased: '2026-11-30', expect: { weightsNotReleased: true } },
      {
        links: { ...code, weights: 'https://huggingface.co/example/model' },
        expect: { weights: 'https://huggingface.co/example/model' },
      },
      { links: code, expect: {} },
    ];
    for (const { expect: want, ...facts } of cases) {
      const data = { ...p.data, weightsNotReleased: undefined, ...facts };
      const card = cardData(p.id, data);
      const packed = packCard(card);
      // The mark adds no word Pagefind would index (a date would make "2026" find these papers).
      if (want.weightsNotReleased) expect(packed).not.toMatch(/2026|release/);
      const back = unpackCard(
        packed,
        data.title,
        `/${card.path}`,
        '/',
        [],
        JSON.parse(cardPathsJson()) as CardPaths,
        [],
      );
      expect({ weights: back.facts.weights, weightsNotReleased: back.facts.weightsNotReleased }).toEqual({
        weights: undefined,
        weightsNotReleased: undefined,
        ...want,
      });
    }
  });

  // A result's card reads its authors back from the page's author list, "A, B, C", split at the commas.
  it('read every author back from the printed author list, whatever its spacing', () => {
    expect(authorsOfList('\n  Tom van Sonsbeek\n, Martin King Jr.,  Chao Ma ')).toEqual([
      'Tom van Sonsbeek',
      'Martin King Jr.',
      'Chao Ma',
    ]);
    expect(authorsOfList('')).toEqual([]);
    // A display name never holds a comma, suffix or not, so the split cannot cut one in two.
    for (const stored of [...papers.flatMap((p) => p.data.authors), 'King, Jr., Martin', 'Plato'])
      expect(displayName(stored)).not.toContain(',');
  });

  it('file a paper under its categories, their branches, and whether it has code', () => {
    const p = papers.find((x) => x.data.categories.length > 1) ?? papers[0]!;
    const { filters } = searchAttributes(p.data, [], cardData(p.id, p.data));
    expect(filters.filter(([k]) => k === 'category').map(([, v]) => v)).toEqual(p.data.categories.map(leafTitle));
    expect(filters.some(([k, v]) => k === 'code' && v === CODE_AVAILABLE)).toBe(!!p.data.links.code);
    expect(filters.some(([k]) => k === 'branch')).toBe(true);
  });

  it('file a paper under the datasets it names', () => {
    const p = papers.find((x) => byPaper.has(x.id))!;
    const { filters } = searchAttributes(p.data, byPaper.get(p.id)!, cardData(p.id, p.data));
    expect(filters.filter(([k]) => k === 'dataset').map(([, v]) => v)).toEqual([...new Set(byPaper.get(p.id))]);
  });
});

describe('search filters of a paper, kept between calls', () => {
  it('follow the dataset names they are asked for, not the first call', () => {
    const p = papers.find((x) => byPaper.has(x.id))!;
    const names = byPaper.get(p.id)!;
    const datasets = (pairs: ReturnType<typeof searchFilters>) =>
      pairs.filter(([k]) => k === 'dataset').map(([, v]) => v);
    expect(datasets(searchFilters(p.data, names))).toEqual([...new Set(names)]);
    expect(datasets(searchFilters(p.data, []))).toEqual([]);
    expect(datasets(searchFilters(p.data, ['Another dataset']))).toEqual(['Another dataset']);
    expect(datasets(searchFilters(p.data, [...names]))).toEqual([...new Set(names)]);
  });

  it('are made afresh for an edited copy of the front matter', () => {
    const p = papers.find((x) => x.data.year > 2000)!;
    expect(searchFilters(p.data, [])).toContainEqual(['year', String(p.data.year)]);
    const edited = { ...p.data, year: p.data.year - 1 };
    expect(searchFilters(edited, [])).toContainEqual(['year', String(p.data.year - 1)]);
  });
});

describe('facet values of the catalogue', () => {
  const values = facetValues(papers, (id) => byPaper.get(id) ?? []);

  it('count each category as many times as papers are filed under it', () => {
    for (const v of values.category) {
      const expected = papers.filter((p) => p.data.categories.map(leafTitle).includes(v.value)).length;
      expect(v.count, v.value).toBe(expected);
    }
  });

  it('list years newest first, and count the papers with code', () => {
    const years = values.year.map((v) => Number(v.value));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(values.code).toEqual([{ value: CODE_AVAILABLE, count: papers.filter((p) => p.data.links.code).length }]);
  });
});

describe('the synthetic catalogue generator', () => {
  const real = loadCatalogue().papers;
  const a = synthesise(real, 200, 7);

  it('is the same for the same seed', () => {
    expect(a).toHaveLength(200);
    expect(synthesise(real, 200, 7)).toEqual(a);
  });

  it('writes entries that pass the whole-catalogue check beside the real ones', () => {
    const files = readCatalogueFiles('.');
    const { problems } = checkCatalogue(
      [
        ...files.papers,
        ...a.map(({ id, paper, summary }) => ({
          file: `content/papers/${id}.md`,
          text: paperToMarkdown(paper, summary),
        })),
      ],
      files.datasets,
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('draws every field and summary sentence from the real entries', () => {
    const pool = [...new Set(real.flatMap((p) => sentences(p.body)))];
    // The summary is real sentences joined by spaces: peel them off from the start.
    const composed = (s: string): boolean =>
      !s || pool.some((piece) => s.startsWith(piece) && composed(s.slice(piece.length).trimStart()));
    const placements = new Set(
      real.map((p) => JSON.stringify([p.data.categories, p.data.subgroups, p.data.clipUsage])),
    );
    const imaging = new Set(real.map((p) => JSON.stringify([p.data.modalities, p.data.anatomy, p.data.datasets])));
    for (const { paper, summary } of a) {
      expect(placements).toContain(JSON.stringify([paper.categories, paper.subgroups, paper.clipUsage]));
      expect(imaging).toContain(JSON.stringify([paper.modalities, paper.anatomy, paper.datasets]));
      expect(real.map((p) => p.data.venue)).toContain(paper.venue);
      expect(real.map((p) => p.data.year)).toContain(paper.year);
      expect(composed(summary), summary).toBe(true);
    }
    const withSummary = a.filter((s) => s.summary).length / a.length;
    const realWithSummary = real.filter((p) => p.body).length / real.length;
    expect(Math.abs(withSummary - realWithSummary)).toBeLessThan(0.1);
  });

  // Pagefind's cost for a word grows with the pages holding it: a synthetic catalogue that spreads "chest" over
  // papers of every body region makes every chest query dearer than a real catalogue of that size would.
  it('names a body region in the text of papers imaging it as often as real papers do, rarely elsewhere', () => {
    type Doc = { text: string; anatomy?: readonly string[] };
    const realDocs: Doc[] = real.filter((p) => p.body).map((p) => ({ text: `${p.data.title} ${p.body}`, ...p.data }));
    const synthetic: Doc[] = a
      .concat(synthesise(real, 800, 11))
      .filter((s) => s.summary)
      .map((s) => ({ text: `${s.paper.title} ${s.summary}`, ...s.paper }));
    const share = (docs: Doc[], region: string) => {
      const names = (d: Doc) =>
        d.text
          .toLowerCase()
          .split(/[^a-z]+/)
          .includes(region);
      const inside = docs.filter((d) => d.anatomy?.includes(region));
      const outside = docs.filter((d) => !d.anatomy?.includes(region));
      return [inside.filter(names).length / inside.length, outside.filter(names).length / outside.length];
    };
    const regions = [...new Set(realDocs.flatMap((d) => d.anatomy ?? []))].filter(
      (region) => /^[a-z]+$/.test(region) && realDocs.filter((d) => d.anatomy?.includes(region)).length >= 5,
    );
    expect(regions).toContain('chest');
    for (const region of regions) {
      const [realInside, realOutside] = share(realDocs, region);
      const [inside, outside] = share(synthetic, region);
      // The real share is itself an estimate from the few papers imaging the region (six for skin): allow three
      // of its standard errors, at least 0.1, so that one contributed paper cannot tip the comparison.
      const papers = realDocs.filter((d) => d.anatomy?.includes(region)).length;
      const allowed = Math.max(0.1, 3 * Math.sqrt((realInside! * (1 - realInside!)) / papers));
      expect(Math.abs(inside! - realInside!), `${region}: papers imaging it`).toBeLessThanOrEqual(allowed);
      expect(Math.abs(outside! - realOutside!), `${region}: the other papers`).toBeLessThanOrEqual(0.1);
    }
  });

  // Titles are where the words of other regions crept in: a small region's papers ran out of distinct title pairs at
  // a few thousand papers, and the generator then joined halves of any real titles (7% of the synthetic papers
  // not imaging the chest said "chest" in their title at 10,000 papers; almost no real one does).
  it('keeps a region word out of the titles of other regions at benchmark sizes', () => {
    const saysChest = (title: string) =>
      title
        .toLowerCase()
        .split(/[^a-z]+/)
        .includes('chest');
    const outsideShare = (papers: readonly { title: string; anatomy?: readonly string[] }[]) => {
      const others = papers.filter((p) => !p.anatomy?.includes('chest'));
      return others.filter((p) => saysChest(p.title)).length / others.length;
    };
    const synthetic = synthesise(real, 5000, 3).map((s) => s.paper);
    expect(outsideShare(synthetic) - outsideShare(real.map((p) => p.data))).toBeLessThanOrEqual(0.05);
  });

  // A catalogue ten times the real one: authors keep arriving at the real rate, most with one paper.
  it('adds new authors as the real catalogue does, most of them with one paper', () => {
    const stats = (lists: string[][]) => {
      const papersOf = new Map<string, number>();
      for (const name of lists.flat()) papersOf.set(name, (papersOf.get(name) ?? 0) + 1);
      const once = [...papersOf.values()].filter((n) => n === 1).length;
      return { authors: papersOf.size, newShare: papersOf.size / lists.flat().length, once: once / papersOf.size };
    };
    const realLists = real.map((p) => [...p.data.authors]);
    const big = synthesise(real, real.length * 9, 3).map((s) => [...s.paper.authors]);
    const before = stats(realLists);
    const after = stats([...realLists, ...big]);
    expect(after.authors).toBeGreaterThan(before.authors * 5);
    expect(Math.abs(after.newShare - before.newShare)).toBeLessThan(0.05);
    expect(Math.abs(after.once - before.once)).toBeLessThan(0.1);
    for (const list of big) expect(new Set(list).size).toBe(list.length);
    // New people have a real family name and a real given name, in the stored "Family, Given" form.
    const families = new Set(real.flatMap((p) => p.data.authors.map((n) => n.split(', ')[0])));
    for (const name of big.flat()) expect(families).toContain(name.split(', ')[0]);
  });
});
