import { describe, expect, it } from 'vitest';
import { byAddedDesc, countBy, groupByYear, indexBy, newestFirst, newestKey } from '../../src/lib/site/group.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';

const p = (id: string, year: number, added: string, categories: string[] = ['x']) => ({
  id,
  data: { year, added, title: id, categories },
});

describe('groupByYear', () => {
  it('groups newest year first and keeps the order within a year', () => {
    const groups = groupByYear([p('a', 2023, '2024-01-01'), p('b', 2024, '2024-01-01'), p('c', 2023, '2023-01-01')]);
    expect(groups.map((g) => g.year)).toEqual([2024, 2023]);
    expect(groups[1]!.papers.map((x) => x.id)).toEqual(['a', 'c']);
  });
});

describe('byAddedDesc', () => {
  it('puts the most recent additions first without changing the input', () => {
    const input = [p('old', 2024, '2023-12-01'), p('new', 2020, '2024-07-26')];
    expect(byAddedDesc(input).map((x) => x.id)).toEqual(['new', 'old']);
    expect(input[0]!.id).toBe('old');
  });
});

describe('newest first', () => {
  const a = (id: string, year: number, arxiv: string | undefined, added = '2024-07-26') => ({
    id,
    data: { year, added, title: id, ...(arxiv ? { arxiv } : {}) },
  });

  it('orders by year, then by preprint month and number, then by date added', () => {
    const list = [
      a('no-preprint', 2023, undefined),
      a('march', 2023, '2303.11755'),
      a('older-year', 2022, '2212.00001'),
      a('july', 2023, '2307.00042'),
      a('july-later', 2023, '2307.10000'),
      a('newer-year', 2024, undefined, '2024-01-01'),
    ];
    expect([...list].sort(newestFirst).map((x) => x.id)).toEqual([
      'newer-year',
      'july-later',
      'july',
      'march',
      'no-preprint',
      'older-year',
    ]);
  });

  it('is fixed-width text, so the search sorts by it as the lists do', () => {
    expect(newestKey({ year: 2023, arxiv: '2303.1175', added: '2024-07-26', title: '' })).toBe(
      '2023|2303.01175|2024-07-26',
    );
    expect(newestKey({ year: 2023, added: '2024-07-26', title: '' })).toBe('2023|0000.00000|2024-07-26');
  });

  it('puts papers added the same day newest first, not by title', () => {
    const sameDay = [a('alpha', 2021, undefined), a('zeta', 2024, undefined)];
    expect(byAddedDesc(sameDay).map((x) => x.id)).toEqual(['zeta', 'alpha']);
  });
});

describe('countBy and indexBy', () => {
  it('count and list an item under each of its keys once', () => {
    const items = [p('a', 2023, 'x', ['k1', 'k2']), p('b', 2023, 'x', ['k2', 'k2'])];
    expect(countBy(items, (i) => i.data.categories)).toEqual(
      new Map([
        ['k1', 1],
        ['k2', 2],
      ]),
    );
    expect(
      indexBy(items, (i) => i.data.categories)
        .get('k2')!
        .map((i) => i.id),
    ).toEqual(['a', 'b']);
  });

  it('place a paper of the real catalogue in every category it names', () => {
    const { papers, leaves } = loadCatalogue();
    const index = indexBy(papers, (x) => x.data.categories);
    const multi = papers.filter((x) => x.data.categories.length > 1);
    for (const paper of multi) for (const c of paper.data.categories) expect(index.get(c)).toContain(paper);
    const total = leaves.reduce((n, l) => n + (index.get(l.id)?.length ?? 0), 0);
    expect(total).toBe(papers.reduce((n, x) => n + x.data.categories.length, 0));
  });
});
