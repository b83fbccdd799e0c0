import { describe, expect, it } from 'vitest';
import { MAX_TOPICS, packTopics, topicKey, topicsFor, unpackTopics, type Topic } from '@/lib/search/topics';
import { buildTopics } from '@/lib/search/topic-pages';
import type { FacetValue } from '@/lib/search/facets';
import { FACETS, type Facet } from '@/lib/search/state';
import { leaves, modalities, subgroups, tasks, taxonomy, venues } from '@/schemas/vocabularies';
import { pathText, VOCABULARY_FILES } from '@/schemas/vocabulary-schemas';

const topic = (kind: string, label: string, names: string[] = []): Topic => ({
  kind,
  label,
  path: `${kind.toLowerCase()}/${topicKey(label).replace(/ /g, '-')}/`,
  count: 3,
  names: [...new Set([label, ...names].map(topicKey))],
});

const topics = [
  topic('Category', 'Classification'),
  topic('Group', 'Zero-shot', ['zero shot']),
  topic('Modality', 'Chest X-ray', ['CXR', 'chest xray']),
  topic('Modality', 'Radiography (other)', ['X-ray']),
  topic('Modality', 'CT', ['computed tomography']),
  topic('Modality', 'Ultrasound', ['US']),
  topic('Anatomy', 'Chest', ['lung']),
  topic('Task', 'Zero-shot classification', ['zero-shot']),
  topic('Task', 'Linear-probe / fine-tuned classification', ['classification']),
  topic('Dataset', 'MIMIC-CXR', ['MIMIC-CXR-JPG']),
  topic('Dataset', 'BraTS', ['BraTS 2019']),
  topic('Year', '2019'),
];
const labels = (q: string) => topicsFor(q, topics).map((t) => `${t.kind}: ${t.label}`);

describe('pages a query names', () => {
  it('compares names without case, accents or punctuation', () => {
    expect(topicKey('Chest X-ray')).toBe(topicKey('chest  x ray'));
    expect(topicKey('Fundus/Retina')).toBe('fundus retina');
    expect(topicKey('Ségmentation')).toBe('segmentation');
    expect(topicKey('  -- ')).toBe('');
  });

  it('finds a name that is the whole query, or whole words of it, in the order the query names them', () => {
    expect(labels('mimic-cxr')).toEqual(['Dataset: MIMIC-CXR']);
    expect(labels('report generation on MIMIC-CXR-JPG')).toEqual(['Dataset: MIMIC-CXR']);
    expect(labels('computed tomography and chest X-ray')).toEqual(['Modality: CT', 'Modality: Chest X-ray']);
    // a part of a word is not a name: "mimic" alone, "CTA", "ultrasounds"
    expect(labels('mimic')).toEqual([]);
    expect(labels('CTA ultrasounds')).toEqual([]);
    expect(labels('')).toEqual([]);
  });

  it('matches a short name only as the whole query or in capitals', () => {
    expect(labels('ct')).toEqual(['Modality: CT']);
    expect(labels('zero-shot segmentation CT')).toContain('Modality: CT');
    expect(labels('zero-shot segmentation ct')).not.toContain('Modality: CT');
    expect(labels('help us')).toEqual([]);
    expect(labels('US and CT')).toEqual(['Modality: Ultrasound', 'Modality: CT']);
  });

  it('offers neither a name inside a longer one nor an alias where another page is named outright', () => {
    // "X-ray" and "chest" are inside "chest X-ray"; "2019" inside "BraTS 2019"
    expect(labels('chest x-ray')).toEqual(['Modality: Chest X-ray']);
    expect(labels('BraTS 2019 segmentation')).toEqual(['Dataset: BraTS']);
    // "classification" is the category's own name and only an alias of the task
    expect(labels('classification')).toEqual(['Category: Classification']);
    // "zero-shot" is the group's own name and only an alias of the task
    expect(labels('zero-shot')).toEqual(['Group: Zero-shot']);
  });

  it('travels to the page packed, and unpacks to the same topics', () => {
    expect(unpackTopics(packTopics(topics))).toEqual(topics);
    expect(packTopics(topics).length).toBeLessThan(JSON.stringify(topics).length);
  });

  it(`offers at most ${MAX_TOPICS} pages`, () => {
    const many = Array.from({ length: MAX_TOPICS + 3 }, (_, i) => topic('Dataset', `Set${i}`));
    const q = many.map((t) => t.label).join(' ');
    expect(topicsFor(q, many)).toHaveLength(MAX_TOPICS);
  });
});

describe('the pages a search can name', () => {
  const values = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValue[]])) as Record<Facet, FacetValue[]>;
  values.modality = [{ value: modalities[0]!.label, count: 4 }];
  values.task = [{ value: tasks[0]!.label, count: 2 }];
  values.venue = [{ value: venues[0]!.short, count: 1 }];
  values.year = [{ value: '2023', count: 5 }];
  values.dataset = [{ value: 'Some Set', count: 2 }];
  const group = subgroups[0]!;
  values.group = [{ value: group.title, count: 6 }];
  const built = buildTopics(values, [
    { id: 'some-set', name: 'Some Set', aliases: ['SS-1'] },
    { id: 'unused', name: 'Unused Set' },
  ]);

  it('lists every value with papers, with its page, its count and the names it answers to', () => {
    expect(built.map((t) => [t.kind, t.label, t.path, t.count])).toEqual([
      [
        'Group',
        `${leaves.find((l) => l.id === group.leaf)!.title} › ${group.title}`,
        `taxonomy/${taxonomy.branches.find((b) => b.leaves.some((l) => l.id === group.leaf))!.id}/${group.leaf}/${group.key}/`,
        6,
      ],
      ['Modality', modalities[0]!.label, `modalities/${modalities[0]!.id}/`, 4],
      ['Task', tasks[0]!.label, `tasks/${tasks[0]!.id}/`, 2],
      ['Dataset', 'Some Set', 'datasets/some-set/', 2],
      ['Venue', venues[0]!.name, `venues/${venues[0]!.id}/`, 1],
      ['Year', '2023', 'years/2023/', 5],
    ]);
    expect(built.find((t) => t.kind === 'Group')!.names).toContain(topicKey(group.title));
    expect(built.find((t) => t.kind === 'Dataset')!.names).toEqual(['some set', 'ss 1']);
    expect(built.find((t) => t.kind === 'Modality')!.names).toEqual([
      ...new Set([modalities[0]!.label, ...modalities[0]!.aliases].map(topicKey)),
    ]);
    expect(built.find((t) => t.kind === 'Venue')!.names).toEqual([venues[0]!.name, venues[0]!.short].map(topicKey));
  });
});

describe('a word names one value of a vocabulary', () => {
  const term = (id: string, label: string, aliases: string[] = []) => ({ id, label, description: 'x', aliases });
  const conflicts = (file: 'modalities.json' | 'anatomy.json', list: ReturnType<typeof term>[]) =>
    VOCABULARY_FILES[file].conflicts(list).map((c) => ({ path: c.path, message: c.message(pathText) }));

  it('accepts the real vocabularies, and a value whose alias repeats its own label', () => {
    // importing them ran the check; this one repeats its label in another spelling
    expect(modalities.length).toBeGreaterThan(0);
    expect(conflicts('modalities.json', [term('cxr', 'Chest X-ray', ['chest x-ray', 'CXR'])])).toEqual([]);
  });

  it("refuses a word that is one value's label and another's alias, or two values' alias, saying where both are", () => {
    expect(conflicts('modalities.json', [term('ct', 'CT'), term('spect', 'SPECT', ['ct'])])).toEqual([
      {
        path: [1, 'aliases', 0],
        message: expect.stringContaining(
          '"ct" (of "spect") and "CT" (of "ct", [0].label) are the same word to the search',
        ),
      },
    ]);
    const [echo] = conflicts('anatomy.json', [term('us', 'Ultrasound', ['echo']), term('heart', 'Heart', ['Echo'])]);
    expect(echo!.path).toEqual([1, 'aliases', 0]);
    expect(echo!.message).toMatch(
      /"Echo" \(of "heart"\) and "echo" \(of "us", \[0\]\.aliases\[0\]\).*keep it on one of them/,
    );
  });

  it('refuses an id used twice, and a group named like a group of another category', () => {
    expect(conflicts('modalities.json', [term('ct', 'CT'), term('ct', 'Cone-beam CT')])).toEqual([
      { path: [1, 'id'], message: expect.stringContaining('the id "ct" is already used ([0].id)') },
    ]);
    const group = (id: string, title: string, aliases: string[] = []) => ({ id, title, description: 'x', aliases });
    const leaf = (id: string, groups: ReturnType<typeof group>[]) => ({
      id,
      title: id,
      order: 1,
      description: 'x',
      groups,
    });
    const found = VOCABULARY_FILES['taxonomy.json'].conflicts({
      branches: [
        {
          id: 'b',
          title: 'B',
          order: 1,
          description: 'x',
          leaves: [
            leaf('a', [group('x', 'Zero-shot'), group('w', 'Other')]),
            leaf('b2', [group('y', 'Prompting', ['zero shot']), group('y', 'Again')]),
          ],
        },
      ],
    });
    expect(found.map((c) => pathText(c.path))).toEqual([
      'branches[0].leaves[1].groups[1].id',
      'branches[0].leaves[1].groups[0].aliases[0]',
    ]);
    expect(found[0]!.message(pathText)).toContain(
      'the group id "b2/y" is already used (branches[0].leaves[1].groups[0].id)',
    );
    expect(found[1]!.message(pathText)).toContain('"zero shot" (of "b2/y") and "Zero-shot" (of "a/x"');
  });
});
