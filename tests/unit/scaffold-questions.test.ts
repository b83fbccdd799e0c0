import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '@/lib/contributing/bibtex';
import { askForMissing, venueChoices, type Choice, type Prompter } from '@/lib/contributing/scaffold-questions';
import { leaves, modalities, venues } from '@/schemas/vocabularies';

const vocab = { venues, leaves, modalities };
type Asked = { kind: string; message: string; choices?: Choice[] };

/**
 * A terminal user who answers from a script: each answer must pass the prompt's own validation,
 * and a question nobody scripted fails the test.
 */
function scriptedUser(answers: Record<string, unknown>) {
  const asked: Asked[] = [];
  const answer = (message: string) => {
    const key = Object.keys(answers).find((k) => message.startsWith(k));
    if (!key) throw new Error(`unexpected question: ${message}`);
    return answers[key];
  };
  const ask: Prompter = {
    input: async ({ message, validate }) => {
      asked.push({ kind: 'input', message });
      const value = String(answer(message));
      const verdict = validate?.(value) ?? true;
      if (verdict !== true) throw new Error(`"${value}" refused: ${verdict}`);
      return value;
    },
    checkbox: async ({ message, choices }) => {
      asked.push({ kind: 'checkbox', message, choices });
      const value = answer(message) as string[];
      for (const v of value) expect(choices.map((c) => c.value)).toContain(v);
      return value;
    },
    search: async ({ message, source }) => {
      const choices = source(undefined);
      asked.push({ kind: 'search', message, choices });
      const value = String(answer(message));
      expect(choices.map((c) => c.value)).toContain(value);
      return value;
    },
    confirm: async ({ message }) => {
      asked.push({ kind: 'confirm', message });
      return Boolean(answer(message));
    },
  };
  return { ask, asked };
}

describe('questions on a terminal', () => {
  it('with a complete BibTeX entry, asks only for category, group, summary, modality and code, offering the vocabularies', async () => {
    const bib = parseBibtex(readFileSync('tests/fixtures/bibtex/new-paper.bib', 'utf8'))[0];
    const { ask, asked } = scriptedUser({
      Categories: ['dense-prediction'],
      Groups: ['dense-prediction/segmentation'],
      Summary: 'We probe what a chest X-ray model learns. It is tested on two datasets.',
      'Imaging modalities': ['chest-x-ray'],
      'Is there an official code repository?': true,
      'Code repository URL': 'https://github.com/example/probing',
      'Trained weights': 'none',
    });
    const flags = await askForMissing({}, bib, vocab, ask);
    expect(asked.map((a) => a.kind)).toEqual([
      'checkbox',
      'checkbox',
      'input',
      'checkbox',
      'confirm',
      'input',
      'input',
    ]);
    expect(asked[0]!.choices!.map((c) => c.value)).toEqual(leaves.map((l) => l.id));
    const dense = leaves.find((l) => l.id === 'dense-prediction')!;
    expect(asked[1]!.choices!.map((c) => c.value)).toEqual(dense.groups!.map((g) => `dense-prediction/${g.id}`));
    expect(asked[3]!.choices!.map((c) => c.value)).toEqual(modalities.map((m) => m.id));
    expect(flags).toMatchObject({
      categories: ['dense-prediction'],
      subgroups: ['dense-prediction/segmentation'],
      modalities: ['chest-x-ray'],
      code: 'https://github.com/example/probing',
      weights: 'none',
    });
  });

  it('asks about weights only once there is a repository, taking a link, "none" or nothing', async () => {
    const bib = parseBibtex(readFileSync('tests/fixtures/bibtex/new-paper.bib', 'utf8'))[0];
    const given = { categories: ['others'], summary: 'One. Two.', modalities: ['ct'] };
    for (const [answer, weights] of [
      ['https://huggingface.co/example/model', 'https://huggingface.co/example/model'],
      ['NONE', 'NONE'],
      ['', undefined],
    ] as const) {
      const { ask } = scriptedUser({ 'Trained weights': answer });
      const flags = await askForMissing({ ...given, code: 'https://github.com/example/probing' }, bib, vocab, ask);
      expect(flags.weights).toBe(weights);
    }
    const { ask } = scriptedUser({ 'Trained weights': 'soon' });
    await expect(askForMissing({ ...given, code: 'https://github.com/x/y' }, bib, vocab, ask)).rejects.toThrow(
      /an https:\/\/ link, "none", or nothing/,
    );
    const noRepository = scriptedUser({ 'Is there an official code repository?': false });
    await askForMissing(given, bib, vocab, noRepository.ask);
    expect(noRepository.asked.map((a) => a.message)).toEqual(['Is there an official code repository?']);
  });

  it('with nothing given, asks for every required fact, venue from a searchable list', async () => {
    const { ask, asked } = scriptedUser({
      Title: 'A Fresh Title',
      Authors: 'Ada Lovelace; Alan Turing',
      Venue: 'miccai',
      Year: '2024',
      Categories: ['others'],
      Summary: 'We probe what a chest X-ray model learns. It is tested on two datasets.',
      'Imaging modalities': [],
      'Is there an official code repository?': false,
    });
    const flags = await askForMissing({}, undefined, vocab, ask);
    expect(asked.map((a) => a.message.split(/[ ,(:]/)[0])).toEqual([
      'Title',
      'Authors',
      'Venue',
      'Year',
      'Categories',
      'Summary',
      'Imaging',
      'Is',
    ]);
    expect(flags).toMatchObject({
      title: 'A Fresh Title',
      authors: 'Ada Lovelace; Alan Turing',
      venue: 'miccai',
      year: '2024',
      categories: ['others'],
    });
  });

  it('asks for the venue when the BibTeX names one that is not in content/venues.json, and says how to add it', async () => {
    const bib = parseBibtex(
      '@article{a, title={T}, author={Doe, Jane}, journal={Journal of Imaginary Results}, year={2024}}',
    )[0];
    const said: string[] = [];
    const { ask, asked } = scriptedUser({
      Venue: 'media',
      Categories: ['others'],
      Summary: 'We probe what a chest X-ray model learns. It is tested on two datasets.',
      'Imaging modalities': [],
      'Is there': false,
    });
    await askForMissing({}, bib, vocab, ask, (l) => said.push(l));
    expect(asked[0]!.kind).toBe('search');
    expect(said.join('\n')).toMatch(/"Journal of Imaginary Results" is not in content\/venues\.json.*Adding a venue/);
  });

  it('treats an arXiv id alone as a preprint: no venue or year question', async () => {
    const { ask, asked } = scriptedUser({
      Title: 'T',
      Authors: 'Jane Doe',
      Categories: ['others'],
      Summary: 'We probe what a chest X-ray model learns. It is tested on two datasets.',
      'Imaging modalities': [],
      'Is there': false,
    });
    await askForMissing({ arxiv: '2401.00001' }, undefined, vocab, ask);
    expect(asked.map((a) => a.kind)).toEqual(['input', 'input', 'checkbox', 'input', 'checkbox', 'confirm']);
  });

  it('refuses an empty title and a code link that is not https', async () => {
    await expect(askForMissing({}, undefined, vocab, scriptedUser({ Title: '  ' }).ask)).rejects.toThrow(
      /the title is required/,
    );
    const user = scriptedUser({
      Categories: ['others'],
      Summary: 'We probe what a chest X-ray model learns. It is tested on two datasets.',
      'Imaging modalities': [],
      'Is there': true,
      'Code repository URL': 'http://x.org',
    });
    await expect(
      askForMissing({ title: 'T', authors: 'A B', venue: 'miccai', year: 2024 }, undefined, vocab, user.ask),
    ).rejects.toThrow(/an https:\/\/ link/);
  });

  it('filters venues by id, name or alias as you type', () => {
    expect(venueChoices('medical image analysis', venues).map((c) => c.value)).toContain('media');
    expect(venueChoices(undefined, venues)).toHaveLength(venues.length);
    expect(venueChoices('no such venue at all', venues)).toEqual([]);
  });
});
