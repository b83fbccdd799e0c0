/**
 * The pieces that explain a paper, on fixtures (never the real catalogue's counts): the card's facts, the
 * words search indexes besides the text, the dataset relation and the coverage report.
 */
import { describe, expect, it } from 'vitest';
import type { Paper } from '@/schemas/paper';
import type { Dataset } from '@/schemas/dataset';
import { cardData, namesNotInTitle } from '@/lib/site/card';
import { indexTerms } from '@/lib/search/attributes';
import { datasetUses } from '@/lib/site/dataset-uses';
import { coverage, coverageMarkdown } from '@/lib/quality/coverage';
import { venues } from '@/schemas/vocabularies';

const base: Paper = {
  title: 'Expert-level detection of pathologies from unannotated chest X-ray images',
  authors: ['Tiu, Ekin', 'Rajpurkar, Pranav'],
  names: ['CheXzero'],
  venue: 'nature-bme',
  year: 2022,
  categories: ['classification'],
  subgroups: ['classification/zero-shot'],
  modalities: ['chest-x-ray'],
  anatomy: ['chest'],
  tasks: ['zero-shot-classification', 'retrieval', 'supervised-classification'],
  clipUsage: ['zero-shot-prompts'],
  datasets: { training: ['mimic-cxr'], evaluation: ['chexpert', 'padchest'] },
  links: { paper: 'https://example.org/p', code: 'https://github.com/x/y' },
  added: '2024-01-01',
  sources: ['https://example.org/p'],
  checked: '2026-11-28',
};
const paper = (id: string, data: Partial<Paper>, body = 'One sentence. Two sentences.') => ({
  id,
  data: { ...base, ...data } as Paper,
  body,
});
const dataset = (name: string, extra: Partial<Dataset> = {}): Dataset => ({
  name,
  domain: 'chest X-ray',
  link: 'https://example.org/d',
  ...extra,
});

describe('the card', () => {
  it('shows the names the title lacks, the first sentence, modality and at most two tasks', () => {
    const card = cardData('x', base, 'It reads *reports*, e.g. MIMIC-CXR ones. Then it predicts.');
    expect(card.names).toBe('CheXzero');
    expect(card.summary).toBe('It reads reports, e.g. MIMIC-CXR ones.');
    expect(card.chips).toEqual([
      { label: 'Chest X-ray', path: 'modalities/chest-x-ray/' },
      { label: 'Zero-shot classification', path: 'tasks/zero-shot-classification/' },
      { label: 'Retrieval', path: 'tasks/retrieval/' },
    ]);
    expect(namesNotInTitle({ ...base, names: ['Expert-level'] })).toBeUndefined();
  });
});

describe('words search indexes besides the text', () => {
  it('carries the aliases of every vocabulary value and both spellings', () => {
    const terms = indexTerms({ ...base, clipUsage: ['prompt-learning'] }, ['MIMIC-CXR-JPG']);
    const words = terms.split(' ');
    // "context optimization" is an alias of prompt learning; its British spelling is indexed too
    for (const word of ['CXR', 'chest', 'radiograph', 'Zero-shot', 'optimization', 'optimisation', 'MIMIC-CXR-JPG'])
      expect(words.map((w) => w.toLowerCase())).toContain(word.toLowerCase());
    // each word once, whatever its case or hyphens: "X-ray" and its alias "xray" are one word to Pagefind
    expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
    expect(words.map((w) => w.toLowerCase())).toContain('x-ray');
    expect(words.map((w) => w.toLowerCase())).not.toContain('xray');
  });

  it("leaves out a word the page's own text already holds, and keeps its other spellings and aliases", () => {
    const shown = 'Context optimisation on chest X-ray: a study.';
    const words = indexTerms({ ...base, clipUsage: ['prompt-learning'] }, [], shown)
      .split(' ')
      .map((w) => w.toLowerCase());
    // "xray" (an alias) is the word Pagefind indexes for the text's "X-ray"
    for (const word of ['context', 'optimisation', 'chest', 'x-ray', 'xray']) expect(words).not.toContain(word);
    for (const word of ['cxr', 'radiograph', 'optimization', 'learnable']) expect(words).toContain(word);
  });
});

describe('which papers use which dataset', () => {
  it("joins the papers' datasets and the datasets' models, with roles, both ways", () => {
    const papers = [paper('a', {}), paper('b', { datasets: { evaluation: ['mimic-cxr', 'ghost'] } })];
    const datasets = [
      { id: 'mimic-cxr', data: dataset('MIMIC-CXR', { models: [{ name: 'X', paper: 'b' }] }) },
      { id: 'chexpert', data: dataset('CheXpert') },
      { id: 'padchest', data: dataset('PadChest') },
    ];
    const { byPaper, byDataset } = datasetUses(papers, datasets);
    expect(byPaper.get('a')!.map((u) => [u.dataset.id, u.roles])).toEqual([
      ['mimic-cxr', ['training']],
      ['chexpert', ['evaluation']],
      ['padchest', ['evaluation']],
    ]);
    expect(byDataset.get('mimic-cxr')!.map((u) => [u.paper.id, u.roles])).toEqual([
      ['a', ['training']],
      ['b', ['evaluation', 'model']],
    ]);
    expect(byPaper.get('b')!.some((u) => u.dataset.id === 'ghost')).toBe(false);
  });
});

describe('the coverage report', () => {
  it('counts each fact among the papers it applies to, lists what is missing and the flagged entries', () => {
    const papers = [
      paper('full', {}),
      paper('bare', { names: undefined, modalities: undefined, datasets: undefined, clipUsage: undefined }),
      paper('pretraining', { categories: ['others'], subgroups: undefined, clipUsage: undefined }),
      paper('flagged', { flagged: 'no page could be read', sources: undefined, checked: undefined }, ''),
    ];
    const c = coverage(papers);
    const fact = (key: string) => c.facts.find((f) => f.key === key)!;
    expect([fact('summary').have, fact('summary').of]).toEqual([3, 4]);
    expect(fact('summary').missing).toEqual(['flagged']);
    expect([fact('clipUsage').have, fact('clipUsage').of]).toEqual([2, 3]);
    expect([fact('subgroups').have, fact('subgroups').of]).toEqual([3, 3]);
    expect(fact('modalities').missing).toEqual(['bare']);
    expect(c.flagged).toEqual([{ id: 'flagged', reason: 'no page could be read' }]);
    expect(c.byCategory.find((r) => r.id === 'others')!.papers).toBe(1);
    expect(coverageMarkdown(c)).toMatch(/\| summary \| 3 of 4 \(75%\) \|/);
  });

  it('asks for weights only of papers that may have them: not of those whose repository was read and releases none', () => {
    const code = { paper: 'https://arxiv.org/abs/2303.11755', code: 'https://github.com/example/model' };
    const papers = [
      paper('released', { links: { ...code, weights: 'https://huggingface.co/example/model' } }),
      paper('unknown', { links: code }),
      paper('withheld', { links: code, weightsNotReleased: '2026-11-30' }),
    ];
    const weights = coverage(papers).facts.find((f) => f.key === 'weights')!;
    expect([weights.have, weights.of, weights.missing]).toEqual([1, 2, ['unknown']]);
  });

  it('asks for a DOI only of papers whose venue gives DOIs: not preprints, not NeurIPS or PMLR volumes', () => {
    const noDois = venues.filter((v) => v.registersDois === false).map((v) => v.id);
    const papers = [
      paper('journal', { doi: undefined }),
      paper('with-doi', { doi: '10.1000/xyz' }),
      paper('preprint', { venue: 'arxiv', doi: undefined }),
      ...noDois.map((venue) => paper(venue, { venue, doi: undefined })),
    ];
    const doi = coverage(papers).facts.find((f) => f.key === 'doi')!;
    expect([doi.have, doi.of, doi.missing]).toEqual([1, 2, ['journal']]);
  });
});
