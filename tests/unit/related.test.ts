import { describe, expect, it } from 'vitest';
import { relatedPapers } from '../../src/lib/site/related.ts';
import { titleWords } from '../../src/lib/catalogue/names.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';

const p = (id: string, title: string, categories: string[], modalities?: string[], year = 2023) => ({
  id,
  data: { title, year, categories, ...(modalities ? { modalities } : {}) },
});

describe('relatedPapers', () => {
  const papers = [
    p('seg-ct', 'Text-guided segmentation of abdominal CT', ['dense-prediction'], ['ct']),
    p('seg-ct-2', 'Universal segmentation of abdominal organs', ['dense-prediction'], ['ct']),
    p('seg-mri', 'Brain tumour segmentation with prompts', ['dense-prediction'], ['mri']),
    p('report', 'Report generation from chest radiographs', ['cross-modal'], ['chest-x-ray']),
    p('report-2', 'Retrieval-augmented report generation', ['cross-modal'], ['chest-x-ray']),
    p('alone', 'Federated privacy attacks', ['others']),
  ];
  const related = relatedPapers(papers, 3);

  it('ranks papers sharing category, modality and rare title terms first', () => {
    expect(related.get('seg-ct')![0]).toBe('seg-ct-2');
    expect(related.get('report')).toEqual(['report-2']);
  });

  it('never lists a paper as related to itself, nor papers sharing nothing', () => {
    for (const [id, list] of related) expect(list).not.toContain(id);
    expect(related.get('alone')).toEqual([]);
    expect(related.get('seg-mri')).not.toContain('report');
  });

  it('is limited to the requested number', () => {
    expect(relatedPapers(papers, 1).get('seg-ct')).toHaveLength(1);
  });

  it('gives every paper of the real catalogue up to five related papers, each sharing something with it', () => {
    const { papers: real } = loadCatalogue();
    const all = relatedPapers(real, 5);
    expect(all.size).toBe(real.length);
    const byId = new Map(real.map((x) => [x.id, x]));
    const words = (t: string) => new Set(titleWords(t));
    for (const paper of real) {
      const list = all.get(paper.id)!;
      expect(list.length).toBeLessThanOrEqual(5);
      // every paper shares its category with another paper, so none is left without suggestions
      expect(list.length, paper.id).toBeGreaterThan(0);
      for (const id of list) {
        const other = byId.get(id)!;
        const mine = words(paper.data.title);
        const shares =
          other.data.categories.some((c) => paper.data.categories.includes(c)) ||
          (other.data.modalities ?? []).some((m) => paper.data.modalities?.includes(m)) ||
          [...words(other.data.title)].some((w) => mine.has(w));
        expect(shares, `${paper.id} -> ${id}`).toBe(true);
      }
    }
  });
});
