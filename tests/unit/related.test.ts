import { describe, expect, it } from 'vitest';
import { kthLargest, relatedPapers, words, type Relatable } from '../../src/lib/site/related.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';

const p = (id: string, title: string, facts: Partial<Relatable['data']> = {}, body = '', year = 2023): Relatable => ({
  id,
  body,
  data: { title, year, categories: ['others'], ...facts },
});

describe('relatedPapers', () => {
  const papers = [
    p(
      'echo-1',
      'Contrastive pre-training on echocardiogram videos',
      { modalities: ['ultrasound'], anatomy: ['heart'] },
      'Echocardiography videos paired with reports.',
    ),
    p(
      'echo-2',
      'Segmenting the left ventricle in echocardiography',
      { modalities: ['ultrasound'], anatomy: ['heart'] },
      'Synthetic echocardiography images help.',
    ),
    p('breast-us', 'Breast ultrasound lesion classification', { modalities: ['ultrasound'], anatomy: ['breast'] }),
    p('cxr-1', 'Zero-shot chest radiograph diagnosis', {
      modalities: ['chest-x-ray'],
      tasks: ['zero-shot-classification'],
      datasets: { evaluation: ['chexpert'] },
    }),
    p('cxr-2', 'Prompting CLIP for chest radiographs', {
      modalities: ['chest-x-ray'],
      tasks: ['zero-shot-classification'],
      datasets: { evaluation: ['chexpert'] },
    }),
    p('alone', 'Federated privacy attacks', {}),
  ];
  const related = relatedPapers(papers, 3);

  it('ranks papers that share distinctive facts and words first: echocardiography finds echocardiography', () => {
    expect(related.get('echo-1')![0]).toBe('echo-2');
    expect(related.get('echo-1')).toContain('breast-us');
    expect(related.get('cxr-1')![0]).toBe('cxr-2');
  });

  it('never lists a paper as related to itself, nor papers sharing nothing distinctive', () => {
    for (const [id, list] of related) expect(list).not.toContain(id);
    expect(related.get('alone')).toEqual([]);
    expect(related.get('echo-1')).not.toContain('cxr-1');
  });

  it('is limited to the requested number', () => {
    expect(relatedPapers(papers, 1).get('echo-1')).toHaveLength(1);
  });

  it('ignores a feature shared by a large share of the catalogue (here, one category for everyone)', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      p(`x${i}`, `Unrelated topic ${i} number${i}`, { categories: ['classification'] }),
    );
    const out = relatedPapers(many, 5);
    for (const list of out.values()) expect(list).toEqual([]);
  });

  it('grows about linearly: 4,000 papers with common features finish quickly and give bounded lists', () => {
    const vocab = ['ct', 'mri', 'ultrasound', 'chest-x-ray', 'fundus', 'histopathology'];
    const big = Array.from({ length: 4000 }, (_, i) =>
      p(`b${i}`, `Paper ${i} about topic${i % 300} and theme${i % 97}`, {
        categories: ['classification'],
        modalities: [vocab[i % vocab.length]!],
        tasks: ['zero-shot-classification'],
      }),
    );
    const out = relatedPapers(big, 5);
    expect(out.size).toBe(4000);
    for (const list of out.values()) expect(list.length).toBeLessThanOrEqual(5);
  });

  it('gives every paper of the real catalogue at most five related papers, each sharing a fact or a word with it', () => {
    const { papers: real } = loadCatalogue();
    const all = relatedPapers(real, 5);
    expect(all.size).toBe(real.length);
    const byId = new Map(real.map((x) => [x.id, x]));
    const traits = (x: Relatable) =>
      new Set([
        ...words(`${x.data.title} ${x.body ?? ''}`),
        ...[x.data.names, x.data.subgroups, x.data.modalities, x.data.anatomy, x.data.tasks, x.data.clipUsage]
          .flatMap((l) => l ?? [])
          .map((v) => `fact:${v}`),
        ...[...(x.data.datasets?.training ?? []), ...(x.data.datasets?.evaluation ?? [])].map((v) => `fact:${v}`),
      ]);
    for (const paper of real) {
      const list = all.get(paper.id)!;
      expect(list.length).toBeLessThanOrEqual(5);
      const mine = traits(paper);
      for (const id of list) {
        expect(
          [...traits(byId.get(id)!)].some((t) => mine.has(t)),
          `${paper.id} -> ${id}`,
        ).toBe(true);
      }
    }
  });
});

describe('kthLargest', () => {
  it('finds the k-th largest score as a sort would, ties included, and nothing when there are k or fewer', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const count = 1 + Math.floor(random() * 80);
      // Few distinct values, so ties at the cut are common.
      const scores = Float64Array.from({ length: count }, () => Math.round(random() * 10) / 10);
      for (const k of [1, 5, 20]) {
        const got = kthLargest(scores, count, k, new Float64Array(k));
        const sorted = scores.slice().sort();
        expect(got).toBe(count <= k ? -Infinity : sorted[count - k]);
      }
    }
  });

  it('reads only the first `count` scores', () => {
    expect(kthLargest(Float64Array.from([1, 2, 3, 99, 99]), 3, 2, new Float64Array(2))).toBe(2);
  });
});
