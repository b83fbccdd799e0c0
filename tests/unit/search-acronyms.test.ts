import { describe, expect, it } from 'vitest';
import { acronymOfToken, acronymToken, acronymTokens, isAcronym } from '@/lib/search/acronyms';
import { indexedWords } from '@/lib/search/state';

describe('acronyms in queries of several words (src/lib/search/acronyms.ts)', () => {
  it('takes a word of two to six capitals and digits, with a letter, as an acronym', () => {
    for (const word of ['CT', 'US', 'SAM', '3D', 'LIMITR', 'T2']) expect(isAcronym(word), word).toBe(true);
    for (const word of ['ct', 'Sam', 'X', '2024', 'ABCDEFG', 'CXR-CLIP', 'CTs', ''])
      expect(isAcronym(word), word).toBe(false);
  });

  it('gives each acronym an index word that only it starts, and reads it back', () => {
    const acronyms = ['US', 'USA', 'U9', 'CT', 'CTA', '3D', 'LIMITR'];
    const tokens = acronyms.map(acronymToken);
    expect(acronymToken('US')).toBe('zz2us0');
    // one index word each, as Pagefind splits and lowercases words
    for (const t of tokens) expect(indexedWords(t)).toEqual([t]);
    // Pagefind matches a query word as the start of longer words: no token starts another
    for (const a of tokens)
      for (const b of tokens) if (a !== b) expect(b.startsWith(a), `${a} starts ${b}`).toBe(false);
    expect(tokens.map(acronymOfToken)).toEqual(acronyms.map((a) => a.toLowerCase()));
    for (const word of ['zz3us0', 'zzus0', 'zz2us', 'us', 'zero', 'zz2US0'])
      expect(acronymOfToken(word), word).toBeUndefined();
  });

  it('finds the acronyms a text writes: whole words in capitals, their plurals, the parts of hyphenated names', () => {
    expect(acronymTokens(['SAM for CT and MRI scans, SAMs', 'MIMIC-CXR, 3D CTs'])).toBe(
      ['SAM', 'CT', 'MRI', 'MIMIC', 'CXR', '3D'].map(acronymToken).join(' '),
    );
    // not words of mixed case, numbers, single letters, or capitals inside a longer word
    expect(acronymTokens(['CheXzero and BioViL in 2024: X-ray, U-Net, ABCDEFG, COVIDx'])).toBe('');
    expect(acronymTokens([])).toBe('');
  });
});
