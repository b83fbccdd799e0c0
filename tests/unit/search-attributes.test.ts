import { describe, expect, it } from 'vitest';
import { CODE_AVAILABLE, datasetPaperIds, leafTitle, searchAttributes } from '@/lib/search/attributes';
import { indexBy } from '@/lib/site/group';
import { facetValues } from '@/lib/search/facets';
import { readPapers, synthesise } from '../../scripts/lib/synthetic.ts';
import { loadCatalogue } from '../helpers/catalogue';

const { papers, datasets } = loadCatalogue();
const byPaper = new Map(
  [...indexBy(datasets, datasetPaperIds)].map(([id, list]) => [id, list.map((d) => d.data.name)]),
);

describe('search attributes of a paper', () => {
  it('give every paper both sort keys and its title as meta', () => {
    for (const p of papers) {
      const { sort, meta } = searchAttributes(p.id, p.data, []);
      expect(sort.map(([k]) => k)).toEqual(['year', 'added']);
      expect(meta).toContainEqual(['title', p.data.title]);
    }
  });

  it('file a paper under its categories, their branches, and whether it has code', () => {
    const p = papers.find((x) => x.data.categories.length > 1) ?? papers[0]!;
    const { filters } = searchAttributes(p.id, p.data, []);
    expect(filters.filter(([k]) => k === 'category').map(([, v]) => v)).toEqual(p.data.categories.map(leafTitle));
    expect(filters.some(([k, v]) => k === 'code' && v === CODE_AVAILABLE)).toBe(!!p.data.links.code);
    expect(filters.some(([k]) => k === 'branch')).toBe(true);
  });

  it('associate a dataset with the papers its models cite', () => {
    const withModel = datasets.find((d) => d.data.models.some((m) => m.paper))!;
    const paperId = withModel.data.models.find((m) => m.paper)!.paper!;
    expect(byPaper.get(paperId)).toContain(withModel.data.name);
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
  it('writes valid entries drawn from the real ones, the same for the same seed', () => {
    const real = readPapers('.');
    const a = synthesise(real, 50, 7);
    expect(a).toHaveLength(50);
    expect(synthesise(real, 50, 7)).toEqual(a);
    const venues = new Set(real.map((p) => p.venue));
    for (const { paper } of a) expect(venues.has(paper.venue)).toBe(true);
  });
});
