import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIST_FILES, loadList, vocabularyFileProblems, vocabularyProblems } from '@/lib/catalogue/vocabulary-check';
import { formatProblem } from '@/lib/catalogue/problem';

const real = (name: string) => readFileSync(`content/${name}`, 'utf8');
const lines = (name: Parameters<typeof vocabularyFileProblems>[0], text: string) =>
  vocabularyFileProblems(name, text).map(formatProblem);
/** The 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('the lists of content/', () => {
  it('are all checked, and the real ones pass', () => {
    expect(Object.keys(LIST_FILES).sort()).toEqual([
      'anatomy.json',
      'author-aliases.json',
      'clip-usage.json',
      'modalities.json',
      'not-sources.json',
      'tasks.json',
      'taxonomy.json',
      'venues.json',
    ]);
    expect(vocabularyProblems('.')).toEqual([]);
  });

  it('name the line of a value of the wrong type, and of an unknown field', () => {
    const text = real('modalities.json').replace('"aliases": ["mammogram"', '"aliases": [3, "mammogram"');
    expect(lines('modalities.json', text)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/modalities.json:${lineOf(text, '[3, "mammogram"')}: \\d+\\.aliases\\.0: expected text, found`,
        ),
      ),
    ]);
    const typo = real('venues.json').replace('"short": "MICCAI"', '"shrot": "MICCAI"');
    const found = lines('venues.json', typo).join('\n');
    expect(found).toMatch(
      new RegExp(
        `^content/venues.json:${lineOf(typo, '"shrot"')}: \\d+\\.shrot: unknown field "shrot".*Allowed here: id, short, name`,
        'm',
      ),
    );
    // the missing "short" is reported too, on its block's line
    expect(found).toMatch(/:\d+: \d+\.short: required field is missing; add it \(Short display name/);
  });

  it('name both lines of a word given to two values, and of an id used twice', () => {
    const text = real('modalities.json').replace('"aliases": ["mammogram"', '"aliases": ["CXR", "mammogram"');
    const [shared] = vocabularyFileProblems('modalities.json', text);
    expect(shared).toMatchObject({ file: 'content/modalities.json', line: lineOf(text, '["CXR", "mammogram"') });
    expect(shared!.message).toContain(`"CXR" (of "chest-x-ray", line ${lineOf(text, '"CXR"')})`);

    // "segmentation" comes after "detection" in the file: the later one is reported, naming the earlier one's line
    const twice = real('tasks.json').replace('"id": "segmentation"', '"id": "detection"');
    const first = lineOf(twice, '"id": "detection"');
    const second = first + lineOf(twice.split('\n').slice(first).join('\n'), '"id": "detection"');
    expect(vocabularyFileProblems('tasks.json', twice)).toMatchObject([
      {
        line: second,
        field: expect.stringMatching(/^\d+\.id$/),
        message: expect.stringContaining(`the id "detection" is already used (line ${first})`),
      },
    ]);
  });

  it('refuse a label two venues share once case and punctuation are set aside', () => {
    const venue = (id: string, short: string, aliases: string[]) => ({
      id,
      short,
      name: `${short} full`,
      kind: 'journal',
      aliases,
    });
    const text = JSON.stringify(
      [venue('ieee-tmi', 'IEEE TMI', ['TMI']), venue('tmi-letters', 'TMI Letters', ['t.m.i'])],
      null,
      2,
    );
    expect(vocabularyFileProblems('venues.json', text)).toEqual([
      {
        file: 'content/venues.json',
        line: lineOf(text, '"t.m.i"'),
        field: '1.aliases.0',
        message: `"t.m.i" (of "tmi-letters") and "TMI" (of "ieee-tmi", line ${lineOf(text, '"TMI"')}) are the same label once case and punctuation are set aside, so a paper's venue written this way could not be told apart; keep it on one venue`,
      },
    ]);
  });

  it('point at the line of a JSON syntax error, and of a field written twice', () => {
    const comma = real('anatomy.json').replace(/\]\n {2}\},\n/, '],\n  },\n');
    const [syntax] = vocabularyFileProblems('anatomy.json', comma);
    expect(syntax).toMatchObject({ field: '(json)', line: lineOf(comma, '],\n  },') + 1 });
    expect(syntax!.message).toMatch(/^the JSON cannot be read \(.+\); check the line and the one above it/);

    const doubled = real('clip-usage.json').replace(/("label": "[^"]+",)/, '$1 "label": "Again",');
    expect(vocabularyFileProblems('clip-usage.json', doubled)).toMatchObject([
      { line: lineOf(doubled, '"Again"'), field: '(json)', message: expect.stringContaining('written twice') },
    ]);
  });

  it('checks the sites that are not sources and the author aliases the same way', () => {
    const text = real('not-sources.json').replace('"host": "aitopics.org"', '"host": "21docs.com"');
    const first = lineOf(text, '"host": "21docs.com"');
    const second = lineOf(text, '"host": "21docs.com",\n    "kind": "aggregator"\n  },\n  {') + 4;
    expect(lines('not-sources.json', text)).toEqual([
      `content/not-sources.json:${second}: 1.host: "21docs.com" is already listed (line ${first}); remove one of the two`,
    ]);
    const claimed = JSON.stringify(
      [
        { name: 'Bee, Ann', variants: ['Bea, Ann'], evidence: 'same ORCID' },
        { name: 'Cee, Ann', variants: ['Bea, Ann'], evidence: 'same ORCID' },
      ],
      null,
      2,
    );
    expect(lines('author-aliases.json', claimed)).toEqual([
      `content/author-aliases.json:${claimed.slice(0, claimed.lastIndexOf('"Bea, Ann"')).split('\n').length}: 1.variants.0: "Bea, Ann" is listed for both "Bee, Ann" (line ${lineOf(claimed, '"name": "Bee')}) and "Cee, Ann"; keep it under one person`,
    ]);
    const aliases = real('author-aliases.json').replace(/"evidence": "[^"]*"/, '"evidence": ""');
    expect(lines('author-aliases.json', aliases)[0]).toMatch(
      /^content\/author-aliases.json:\d+: 0\.evidence: say how you know/,
    );
  });

  it('refuses to load a broken list, with the problems as the checker words them', () => {
    expect(() => loadList('modalities.json', [{ id: 'x', label: 'X', description: 'x', aliases: [7] }])).toThrow(
      /A list of content\/ is not valid:\n.*aliases.*\nFix it, then run npm run check\./,
    );
    expect(loadList('modalities.json', JSON.parse(real('modalities.json')))).toHaveLength(
      JSON.parse(real('modalities.json')).length,
    );
  });
});
