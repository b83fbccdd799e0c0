import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageReport, replaceBlock } from '@/lib/coverage';
import { loadCatalogue } from '../helpers/catalogue';

describe('docs/data-quality.md', () => {
  it('carries the coverage numbers of the current content (run npm run report:data after editing entries)', () => {
    const doc = readFileSync('docs/data-quality.md', 'utf8');
    const { papers } = loadCatalogue();
    expect(doc).toBe(replaceBlock(doc, 'coverage', coverageReport(papers.map((p) => p.data))));
  });
});

describe('the seed import', () => {
  const { papers, datasets } = loadCatalogue();

  it('keeps every seed paper once: 165 records, two of them repeats', () => {
    expect(papers).toHaveLength(163);
    expect(new Set(papers.map((p) => p.data.title.toLowerCase())).size).toBe(163);
  });

  it('has only https links and the ten datasets of the resource table', () => {
    for (const p of papers) for (const link of Object.values(p.data.links)) expect(link).toMatch(/^https:\/\//);
    expect(datasets.map((d) => d.data.name).sort()).toEqual(
      [
        'ChiMed-VL',
        'CT-RATE',
        'FFA-IR',
        'MedICaT',
        'MIMIC-CXR',
        'OpenPath',
        'PadChest',
        'PMC-OA',
        'Quilt-1M',
        'ROCO',
      ].sort(),
    );
  });

  it('files the paper listed under two sections in both categories', () => {
    const lesion = papers.find((p) => p.data.title === 'Multimodal self-supervised learning for lesion localization');
    expect(lesion?.data.categories).toEqual(['multi-scale', 'dense-prediction']);
  });
});

describe('replaceBlock', () => {
  it('replaces only the marked block and refuses a document without markers', () => {
    expect(replaceBlock('a\n<!-- x:start -->\nold\n<!-- x:end -->\nb', 'x', 'new')).toBe(
      'a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb',
    );
    expect(() => replaceBlock('no markers', 'x', 'new')).toThrow(/markers/);
  });
});
