import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFirstListed, parseSeedDatasets, parseSeedPapers } from '@/lib/seed/parse';
import { importSeed, type Corrections } from '@/lib/seed/import';
import { venueIdForLabel } from '@/schemas/vocabularies';
import { seedDatasets } from '@/lib/seed/datasets';
import { paperSchema } from '@/schemas/paper';
import { venues } from '@/schemas/vocabularies';
import { paperToMarkdown } from '@/lib/catalogue/files';
import { checkCatalogue } from '@/lib/catalogue/check-catalogue';

const readme = readFileSync('tests/fixtures/seed/awesome.md', 'utf8');
const firstListed = parseFirstListed(readFileSync('tests/fixtures/seed/first-listed.tsv', 'utf8'));
const none: Corrections = { corrections: [], modalities: [] };

describe('parsing the seed format', () => {
  const records = parseSeedPapers(readme);

  it('reads every record with its section, venue label, year and line', () => {
    expect(records).toHaveLength(7);
    expect(records[0]).toMatchObject({ section: 'Multi-scale', venueLabel: 'ECCV', year: 2022, line: 14 });
    expect(records.at(-1)).toMatchObject({
      section: 'Dense Prediction',
      venueLabel: 'CVPR workshop',
      year: 2024,
      title: 'Test-Time Adaptation with SaLIP',
    });
  });

  it('joins a title wrapped over two lines', () => {
    expect(records[2]!.title).toBe(
      'G2D: From Global to Dense Radiography Representation Learning via Vision-Language Pre-training',
    );
  });

  it('reads the dataset table', () => {
    expect(parseSeedDatasets(readme).map((d) => d.name)).toEqual(['MIMIC-CXR', 'PadChest']);
  });

  it('rejects a record without a paper link, naming its line', () => {
    expect(() =>
      parseSeedPapers('### Multi-scale\n\n[**MICCAI 2020**] A title \\\n_An Author_ \\\n[[code](https://x.org)]\n'),
    ).toThrow(/seed line 3: record has no paper link/);
  });
});

describe('importing the seed', () => {
  const { entries, changes } = importSeed(parseSeedPapers(readme), firstListed, venues, none);
  const byTitle = (t: string) => [...entries].find(([, p]) => p.title.startsWith(t))!;

  it('makes one entry per paper, a repeated paper filed under both its categories', () => {
    expect(entries.size).toBe(6);
    const [id, lesion] = byTitle('Multimodal self-supervised');
    expect(id).toBe('yang2024multimodal');
    expect(lesion.categories).toEqual(['multi-scale', 'dense-prediction']);
    expect(changes.some((c) => c.id === id && c.kind === 'duplicate')).toBe(true);
  });

  it('splits authors on commas, "and" and "&", drops footnote marks, stores them family name first', () => {
    expect(byTitle('Making the Most')[1].authors).toEqual(['Boecking, Benedikt', 'Usuyama, Naoto', 'Oktay, Ozan']);
    expect(byTitle('G2D')[1].authors).toEqual(['Liu, Che', 'Ouyang, Cheng', 'Cheng, Sibo']);
    expect(byTitle('Improving Medical')[1].authors).toEqual(['Baliah, Sanoojan', 'Maani, Fadillah A.']);
  });

  it('unwraps redirects, adds missing schemes, normalises arXiv links and extracts identifiers', () => {
    const medclip = byTitle('MedCLIP')[1];
    expect(medclip.links).toEqual({
      paper: 'https://aclanthology.org/2022.emnlp-main.256/',
      code: 'https://github.com/RyanWangZf/MedCLIP',
    });
    expect(byTitle('Making the Most')[1].links).toEqual({
      paper: 'https://link.springer.com/chapter/10.1007/978-3-031-20059-5_1',
      project: 'https://hi-ml.readthedocs.io/en/latest/multimodal.html',
    });
    const g2d = byTitle('G2D')[1];
    expect(g2d.arxiv).toBe('2312.01522');
    expect(g2d.links.paper).toBe('https://arxiv.org/abs/2312.01522');
    expect(byTitle('Making the Most')[1].doi).toBe('10.1007/978-3-031-20059-5_1');
  });

  it('maps venue spellings to the vocabulary', () => {
    expect(byTitle('Improving Medical')[1].venue).toBe('ieee-tmi');
    expect(byTitle('Test-Time')[1].venue).toBe('cvpr-workshop');
    expect(venueIdForLabel('Nature Communication', venues)).toBe('nature-communications');
  });

  it('dates each entry from first-listed.tsv', () => {
    expect(byTitle('Multimodal self-supervised')[1].added).toBe('2024-01-04');
  });

  it('produces entries that pass the schema and the whole-catalogue check', () => {
    for (const p of entries.values()) expect(paperSchema.safeParse(p).success).toBe(true);
    const { problems } = checkCatalogue(
      [...entries].map(([id, p]) => ({ file: `content/papers/${id}.md`, text: paperToMarkdown(p) })),
      [],
    );
    expect(problems).toEqual([]);
  });

  it('applies a correction and records its source', () => {
    const corrected = importSeed(parseSeedPapers(readme), firstListed, venues, {
      corrections: [
        {
          title: 'Test-Time Adaptation with SaLIP',
          set: { code: 'https://github.com/aleemsidra/SaLIP' },
          source: 'https://example.org/src',
          defect: 'code link missing',
          action: 'corrected',
        },
      ],
      modalities: [
        { title: 'Test-Time Adaptation with SaLIP', modalities: ['multiple'], evidence: 'https://example.org/abs' },
      ],
    });
    const salip = [...corrected.entries.values()].find((p) => p.title.startsWith('Test-Time'))!;
    expect(salip.links.code).toBe('https://github.com/aleemsidra/SaLIP');
    expect(salip.modalities).toEqual(['multiple']);
    expect(corrected.changes.find((c) => c.kind === 'corrected')?.detail).toMatch(
      /Source: https:\/\/example\.org\/src/,
    );
  });

  it('keeps a flagged defect visible on the entry', () => {
    const flagged = importSeed(parseSeedPapers(readme), firstListed, venues, {
      corrections: [
        {
          title: 'Test-Time Adaptation with SaLIP',
          defect: 'the paper link could not be verified.',
          action: 'flagged',
        },
      ],
      modalities: [],
    });
    const salip = [...flagged.entries.values()].find((p) => p.title.startsWith('Test-Time'))!;
    expect(salip.notes).toEqual(['the paper link could not be verified.']);
  });

  it('refuses two different papers that share a link instead of guessing which is right', () => {
    const copied = readme.replace(
      'https://ieeexplore.ieee.org/document/10182304',
      'https://link.springer.com/chapter/10.1007/978-3-031-20059-5_1',
    );
    expect(() => importSeed(parseSeedPapers(copied), firstListed, venues, none)).toThrow(
      /shares link link\.springer\.com.* with "Making the Most/,
    );
  });

  it('refuses an unknown venue label and a paper missing from first-listed.tsv', () => {
    const odd = readme
      .replace('[**TMI 2023**]', '[**Journal of Nowhere 2023**]')
      .replace('Test-Time Adaptation with SaLIP', 'An unlisted title');
    expect(() => importSeed(parseSeedPapers(odd), firstListed, venues, none)).toThrow(
      /venue "Journal of Nowhere" is not in content\/venues\.json[\s\S]*"An unlisted title" has no date in first-listed\.tsv/,
    );
  });

  it('turns the dataset table into entries linked to the papers that introduced each model', () => {
    const { entries: ds, changes: dsChanges } = seedDatasets(parseSeedDatasets(readme), entries);
    const mimic = ds.get('mimic-cxr')!.dataset;
    expect(mimic.models).toEqual([{ name: 'BioViL', paper: 'boecking2022making' }]);
    expect(mimic.textSources).toEqual(['medical reports']);
    expect(mimic.languages).toEqual(['en', 'zh']);
    expect(ds.get('padchest')!.dataset.languages).toEqual(['es']);
    expect(dsChanges.some((c) => c.kind === 'typo')).toBe(true);
  });
});
