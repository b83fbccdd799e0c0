import { describe, expect, it } from 'vitest';
import {
  acronymsOf,
  buildVocabulary,
  checkedWords,
  editDistance,
  isKnown,
  isKnownWhole,
  replaceWord,
  spellingCandidates,
  typedWord,
  unknownWords,
  unmatchedWords,
} from '../../src/lib/search/spelling';

const vocabulary = buildVocabulary([
  ['Lesion segmentation with text prompts', 'Kvasir-SEG'],
  ['Zero-shot segmentation of CT', 'Segment Anything'],
  ['Segmentations of chest X-rays', 'Zhang'],
  ['Chest radiograph classification', 'Zhang', 'Localisation'],
  ['Tumour localisation'],
  ['Radiography and radiographs'],
]);

describe('vocabulary', () => {
  it('holds each word as the index does, with how many papers hold it, sorted', () => {
    const words = vocabulary.map(([w]) => w);
    expect(words).toEqual([...words].sort());
    expect(Object.fromEntries(vocabulary)).toMatchObject({ segmentation: 2, kvasirseg: 1, xrays: 1, zhang: 2 });
  });

  it('holds a hyphenated word whole and each of its parts, which Pagefind finds pages by too', () => {
    const held = Object.fromEntries(buildVocabulary([['CLIP-driven applications'], ['Semantic-driven', 'CLIP']]));
    expect(held).toEqual({ applications: 1, clip: 2, clipdriven: 1, driven: 2, semantic: 1, semanticdriven: 1 });
    expect(unknownWords(['driven'], buildVocabulary([['CLIP-driven applications']]))).toEqual([]);
  });
});

describe('which query words to check', () => {
  it('checks every word of two characters or more, abbreviations and numbers too', () => {
    expect(checkedWords('CT segmantation VQA 2023 x-ray q9z a')).toEqual([
      'ct',
      'segmantation',
      'vqa',
      '2023',
      'xray',
      'q9z',
    ]);
  });

  it("lists a word none of the results' matched words matches", () => {
    // Pagefind's fallback for "segmantation" matched "seg" inside these words.
    expect(unmatchedWords('segmantation', ['Kvasir-SEG.', 'TP-DRSeg:'])).toEqual(['segmantation']);
    expect(unmatchedWords('zzqxvw', ['Z.'])).toEqual(['zzqxvw']);
    expect(unmatchedWords('chest x-ray', ['Chest', 'X-rays'])).toEqual([]);
    expect(unmatchedWords('segments', ['segment'])).toEqual([]);
    // a part of a hyphenated word is matched: Pagefind found "driven" in "CLIP-driven"
    expect(unmatchedWords('driven', ['CLIP-driven'])).toEqual([]);
    // Pagefind left "q9z" out (no indexed word starts with it) and matched "xq" as "x": neither was found
    expect(unmatchedWords('segmentation q9z', ['segmentation'])).toEqual(['q9z']);
    expect(unmatchedWords('X-ray xq', ['X-ray', 'x'])).toEqual(['xq']);
    // a short word with a plural "s" is the word; a longer one is not
    expect(unmatchedWords('CTs', ['CT'])).toEqual([]);
    expect(unmatchedWords('ctxs', ['CT'])).toEqual(['ctxs']);
  });

  it('matches a word typed in capitals whole or as its plural, never as the start of a longer word', () => {
    expect([...acronymsOf('PET imaging CTs MIMIC-CXR 3D')]).toEqual(['pet', '3d']);
    // "PET" matched the authors named Peter: another word
    expect(unmatchedWords('PET', ['Peter', 'Petros'])).toEqual(['pet']);
    expect(unmatchedWords('PET imaging', ['Peter', 'imaging'])).toEqual(['pet']);
    expect(unmatchedWords('CT', ['CTs'])).toEqual([]);
    expect(unmatchedWords('CXR', ['MIMIC-CXR'])).toEqual([]);
    // typed in lower case it is still the start of a word
    expect(unmatchedWords('pet', ['Peter'])).toEqual([]);
  });
});

describe('which words no paper holds', () => {
  it('knows a word, its extensions and its stems, and nothing else', () => {
    expect(isKnown('segment', vocabulary)).toBe(true);
    expect(isKnown('segmentations', vocabulary)).toBe(true);
    expect(isKnown('segmenting', vocabulary)).toBe(true);
    expect(isKnown('segmantation', vocabulary)).toBe(false);
    expect(unknownWords(['chest', 'zzqxvw', 'radiograhy'], vocabulary)).toEqual(['zzqxvw', 'radiograhy']);
  });

  it('knows short words and numbers the papers hold, and no others', () => {
    const held = buildVocabulary([['CT of the chest, 2023', 'ChestX-ray14']]);
    expect(Object.fromEntries(held)).toMatchObject({ ct: 1, of: 1, '2023': 1, ray14: 1 });
    expect(unknownWords(['ct', 'cts', 'of', '2023', '202', 'ray14', '14'], held)).toEqual(['14']);
    expect(unknownWords(['xq', '1999', 'q9z', 'ctss'], held)).toEqual(['xq', '1999', 'q9z', 'ctss']);
  });

  it('knows an acronym only when the papers hold it whole or as its plural', () => {
    const held = buildVocabulary([['Peter Petros, CTs and SAM', 'MIMIC-CXR']]);
    expect(isKnown('pet', held)).toBe(true);
    expect(isKnownWhole('pet', held)).toBe(false);
    expect(isKnownWhole('ct', held)).toBe(true);
    expect(isKnownWhole('sam', held)).toBe(true);
    expect(isKnownWhole('cxr', held)).toBe(true);
    expect(isKnownWhole('mimi', held)).toBe(false);
    expect(unknownWords(['pet', 'ct', 'mimi'], held, acronymsOf('PET CT MIMI'))).toEqual(['pet', 'mimi']);
    expect(unknownWords(['pet', 'mimi'], held)).toEqual([]);
  });
});

describe('spelling suggestions', () => {
  it('counts edits, a swap of two letters as one', () => {
    expect(editDistance('segmantation', 'segmentation', 2)).toBe(1);
    expect(editDistance('zhnag', 'zhang', 1)).toBe(1);
    expect(editDistance('radiograhy', 'radiograph', 2)).toBe(2);
    expect(editDistance('zzqxvw', 'zhang', 2)).toBe(3);
  });

  it('offers the nearest words, not another form of one already offered', () => {
    expect(spellingCandidates('segmantation', vocabulary)).toEqual(['segmentation']);
    // "radiography", then neither "radiograph" nor "radiographs": the same word to Pagefind's stemmer.
    expect(spellingCandidates('radiograhy', vocabulary)).toEqual(['radiography']);
    expect(spellingCandidates('localization', vocabulary)).toEqual(['localisation']);
    expect(spellingCandidates('zhnag', vocabulary)).toEqual(['zhang']);
    expect(spellingCandidates('zzqxvw', vocabulary)).toEqual([]);
    // abbreviations, numbers and words with digits are named, never corrected
    expect(spellingCandidates('seg', vocabulary)).toEqual([]);
    expect(spellingCandidates('segmentation2', vocabulary)).toEqual([]);
    expect(spellingCandidates('2024', buildVocabulary([['2023']]))).toEqual([]);
  });

  it('names a word back as it was typed', () => {
    expect(typedWord('EHR data', 'ehr')).toBe('EHR');
    expect(typedWord('chest X-Rey', 'xrey')).toBe('X-Rey');
    expect(typedWord('chest', 'ehr')).toBe('ehr');
  });

  it('replaces one word of the query, keeping the rest as typed', () => {
    expect(replaceWord('Segmantation of CT', 'segmantation', 'segmentation')).toBe('segmentation of CT');
    expect(replaceWord('chest x-rey', 'xrey', 'xray')).toBe('chest xray');
  });
});
