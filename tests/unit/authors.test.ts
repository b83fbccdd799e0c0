import { describe, expect, it } from 'vitest';
import { aliasMap, authorKey, buildAuthorIndex, hasAuthorPage, initialOf } from '../../src/lib/site/authors.ts';
import { authorAliasesSchema } from '../../src/schemas/author-aliases.ts';
import aliasesData from '../../content/author-aliases.json' with { type: 'json' };
import { loadCatalogue } from '../helpers/catalogue.ts';

const paper = (id: string, authors: string[]) => ({ id, data: { authors } });

describe('authorKey', () => {
  it('folds case, accents, punctuation and spacing into one id', () => {
    expect(authorKey('Daniel C. Castro')).toBe('daniel-c-castro');
    expect(authorKey('daniel  c castro')).toBe(authorKey('Daniel C. Castro'));
    expect(authorKey('Philip Müller')).toBe(authorKey('Philip Muller'));
    expect(authorKey('Tony C.W.Mok')).toBe(authorKey('Tony C. W. Mok'));
    expect(authorKey('Simon Reiß')).toBe(authorKey('Simon Reiss'));
  });

  it('keeps different people apart', () => {
    expect(authorKey('Chen Chen')).not.toBe(authorKey('Cheng Chen'));
    expect(authorKey('Daniel Rückert')).not.toBe(authorKey('Daniel Rueckert'));
  });
});

describe('buildAuthorIndex', () => {
  it('gives one page to spellings that fold together and shows the fuller spelling', () => {
    const index = buildAuthorIndex([
      paper('a', ['Barker, Gareth J']),
      paper('b', ['Barker, Gareth J.', 'Özsoy, Ege']),
      paper('c', ['Ozsoy, Ege']),
    ]);
    expect(index.authors).toHaveLength(2);
    const barker = index.byName('Barker, Gareth J');
    expect(barker.name).toBe('Gareth J. Barker');
    expect(barker.papers.map((p) => p.id)).toEqual(['a', 'b']);
    expect(index.byName('Ozsoy, Ege').name).toBe('Ege Özsoy');
  });

  it('joins spellings that folding cannot merge only through the alias file', () => {
    const papers = [paper('a', ['Rückert, Daniel']), paper('b', ['Rueckert, Daniel'])];
    expect(buildAuthorIndex(papers).authors).toHaveLength(2);
    const merged = buildAuthorIndex(papers, [
      { name: 'Rückert, Daniel', variants: ['Rueckert, Daniel'], evidence: 'test' },
    ]);
    expect(merged.authors).toHaveLength(1);
    expect(merged.authors[0]!.name).toBe('Daniel Rückert');
    expect(merged.authors[0]!.spellings).toEqual(['Daniel Rückert', 'Daniel Rueckert']);
  });

  it('sorts by family name and files under its initial, from the stored split (never re-split)', () => {
    const index = buildAuthorIndex([
      paper('a', ['Abbott, Zoe', 'Zeller, Adam', 'van Beethoven, Ludwig', 'Özsoy, Ege', 'Ma, Chao', 'Ma, Bingqi']),
    ]);
    expect(index.authors.map((a) => a.name)).toEqual([
      'Zoe Abbott',
      'Ludwig van Beethoven',
      'Bingqi Ma',
      'Chao Ma',
      'Ege Özsoy',
      'Adam Zeller',
    ]);
    expect(index.authors.map(initialOf)).toEqual(['A', 'B', 'M', 'M', 'O', 'Z']);
  });

  it('counts a paper once per author even if a name repeats', () => {
    const index = buildAuthorIndex([paper('a', ['Liu, Jie', 'Liu,  Jie'])]);
    expect(index.byName('Liu, Jie').papers).toHaveLength(1);
  });
});

describe('aliasMap', () => {
  it('refuses a variant that folding already merges, naming the file', () => {
    expect(() => aliasMap([{ name: 'Rückert, Daniel', variants: ['Ruckert, Daniel'], evidence: 'x' }])).toThrow(
      /author-aliases\.json: "Ruckert, Daniel" already folds/,
    );
  });

  it('refuses a variant claimed by two people', () => {
    expect(() =>
      aliasMap([
        { name: 'B, A', variants: ['Bee, A.'], evidence: 'x' },
        { name: 'C, A', variants: ['Bee, A.'], evidence: 'x' },
      ]),
    ).toThrow(/listed for both "B, A" \(\[0\]\.name\) and "C, A"; keep it under one person/);
  });
});

describe('the real catalogue', () => {
  const { papers } = loadCatalogue();
  const aliases = authorAliasesSchema.parse(aliasesData);
  const index = buildAuthorIndex(papers, aliases);

  it('has a valid alias file whose spellings all occur in entries', () => {
    const names = new Set(papers.flatMap((p) => p.data.authors));
    for (const alias of aliases) {
      for (const spelling of [alias.name, ...alias.variants]) expect(names, spelling).toContain(spelling);
    }
  });

  it('lists every author line of every paper under exactly one person', () => {
    for (const p of papers) {
      for (const name of p.data.authors) expect(index.byName(name).papers).toContain(p);
    }
    const ids = index.authors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[\p{Ll}\p{Lo}0-9]+(?:-[\p{Ll}\p{Lo}0-9]+)*$/u.test(id))).toBe(true);
  });
});

describe('hasAuthorPage', () => {
  it('gives a page to an author of two or more papers, not to the author of one', () => {
    const index = buildAuthorIndex([
      { id: 'a', data: { authors: ['Doe, Jane', 'Roe, Richard'] } },
      { id: 'b', data: { authors: ['Doe, Jane'] } },
    ]);
    expect(hasAuthorPage(index.byName('Doe, Jane'))).toBe(true);
    expect(hasAuthorPage(index.byName('Roe, Richard'))).toBe(false);
  });
});
