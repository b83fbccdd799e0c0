import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  countsByFacet,
  effectiveSort,
  exactWord,
  highlightTerms,
  isEmptyState,
  isTooShort,
  searchTerm,
  leaveOneOut,
  MAX_WORDS_LEFT_OUT,
  MAX_ALTERNATIVES,
  alternatives,
  operatorNotes,
  searchedWords,
  tooManyAlternatives,
  pagefindFilters,
  sortOption,
  parseSearchParams,
  toSearchParams,
  showsStaticList,
  toggleFilter,
} from '@/lib/search/state';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

describe('search state in the URL', () => {
  it('reads words, repeated facet values and the sort', () => {
    expect(parse('q=zero-shot+CT&category=Dense+prediction&year=2024&year=2023&sort=newest')).toEqual({
      q: 'zero-shot CT',
      filters: { category: ['Dense prediction'], year: ['2024', '2023'] },
      sort: 'newest',
      view: 'cards',
    });
  });

  it('ignores unknown keys and sorts, empty and repeated values', () => {
    expect(parse('q=++&colour=red&year=&year=2023&year=2023&sort=sideways')).toEqual({
      q: '',
      filters: { year: ['2023'] },
      sort: 'relevance',
      view: 'cards',
    });
  });

  it('writes a stable query string that reads back to the same state', () => {
    const state = parse('view=table&sort=oldest&venue=MICCAI&q=report&code=Code+available&venue=MedIA');
    const written = toSearchParams(state).toString();
    expect(written).toBe('q=report&venue=MICCAI&venue=MedIA&code=Code+available&sort=oldest&view=table');
    expect(parse(written)).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(toSearchParams(EMPTY_STATE).toString()).toBe('');
    expect(isEmptyState(parse('sort=newest'))).toBe(true);
    expect(isEmptyState(parse('modality=CT'))).toBe(false);
  });

  it('waits for a second letter before searching words', () => {
    expect(isTooShort(parse('q=c'))).toBe(true);
    expect(isTooShort(parse('q=ct'))).toBe(false);
    expect(isTooShort(parse('year=2023'))).toBe(false);
  });

  it('offers, for a search that found nothing, the same words with one left out', () => {
    expect(leaveOneOut('CT zero-shot atlas')).toEqual([
      { left: 'CT', term: 'zero-shot atlas' },
      { left: 'zero-shot', term: 'CT atlas' },
      { left: 'atlas', term: 'CT zero-shot' },
    ]);
    // A repeated word is one word to leave out; a single word, or one word repeated, leaves nothing to try.
    expect(leaveOneOut('ct brain CT')).toEqual([
      { left: 'CT', term: 'brain' },
      { left: 'brain', term: 'ct CT' },
    ]);
    for (const term of ['segmentation', 'ct CT', '  ', null]) expect(leaveOneOut(term)).toEqual([]);
    // A lone letter left would search every word starting with it: that query is not offered.
    expect(leaveOneOut('x atlas')).toEqual([{ left: 'x', term: 'atlas' }]);
    const long = Array.from({ length: 12 }, (_, i) => `w${i}`).join(' ');
    expect(leaveOneOut(long)).toHaveLength(MAX_WORDS_LEFT_OUT);
  });

  it('leaves out a last word of one letter, which would search every word starting with it', () => {
    expect(searchTerm('zero-shot s')).toBe('zero-shot');
    expect(searchTerm('  chest   x ')).toBe('chest');
    expect(searchTerm('chest x-ray')).toBe('chest x-ray');
    expect(searchTerm('x ray')).toBe('x ray');
    expect(searchTerm('ct')).toBe('ct');
    expect(searchTerm('   ')).toBeNull();
  });
});

describe('Pagefind options', () => {
  it('ORs values within a facet and ANDs facets', () => {
    const state = parse('category=Classification&category=Dense+prediction&year=2024');
    expect(pagefindFilters(state)).toEqual({
      all: [
        { facet: { any: ['category:Classification', 'category:Dense prediction'] } },
        { facet: { any: ['year:2024'] } },
      ],
    });
  });

  it('can leave one facet out, to count its values under the other facets', () => {
    const state = parse('category=Classification&year=2024');
    expect(pagefindFilters(state, 'category')).toEqual({ all: [{ facet: { any: ['year:2024'] } }] });
    expect(pagefindFilters(parse('q=x'))).toEqual({});
  });

  it('sorts by year or date added, and newest first when there are no words to rank by', () => {
    expect(sortOption(parse('q=clip'))).toBeUndefined();
    expect(sortOption(parse('year=2023'))).toEqual({ date: 'desc' });
    expect(sortOption(parse('q=clip&sort=oldest'))).toEqual({ date: 'asc' });
    expect(sortOption(parse('q=clip&sort=added'))).toEqual({ added: 'desc' });
    expect(sortOption(parse('sort=title'))).toEqual({ title: 'asc' });
    expect(effectiveSort(parse(''))).toBe('newest');
    expect(effectiveSort(parse('q=ct'))).toBe('relevance');
    expect(effectiveSort(parse('q=ct&sort=oldest'))).toBe('oldest');
  });

  it("keeps a list page's search within the list, before the reader's own filters", () => {
    expect(pagefindFilters(parse('year=2024'), undefined, { facet: 'modality', value: 'CT' })).toEqual({
      all: [{ facet: { any: ['modality:CT'] } }, { facet: { any: ['year:2024'] } }],
    });
    expect(pagefindFilters(EMPTY_STATE, undefined, { facet: 'venue', value: 'MICCAI' })).toEqual({
      all: [{ facet: { any: ['venue:MICCAI'] } }],
    });
  });

  it("shows a list page's own static list only while the reader asks for nothing else", () => {
    expect(showsStaticList(parse(''))).toBe(true);
    expect(showsStaticList(parse('sort=newest'))).toBe(true);
    expect(showsStaticList(parse('sort=title'))).toBe(false);
    expect(showsStaticList(parse('view=table'))).toBe(false);
    expect(showsStaticList(parse('q=ct'))).toBe(false);
  });

  it('regroups the counts of the single facet filter by facet, keeping colons inside values', () => {
    expect(countsByFacet({ 'year:2023': 4, 'dataset:MIMIC-CXR: v2': 1, 'bogus:x': 9, nocolon: 2 })).toEqual({
      year: { '2023': 4 },
      dataset: { 'MIMIC-CXR: v2': 1 },
    });
  });
});

describe('toggling a filter', () => {
  it('adds a value once and removes the facet with its last value', () => {
    const on = toggleFilter(toggleFilter(EMPTY_STATE, 'year', '2023', true), 'year', '2023', true);
    expect(on.filters).toEqual({ year: ['2023'] });
    expect(toggleFilter(on, 'year', '2023', false).filters).toEqual({});
  });
});

describe('a query of one word in capitals', () => {
  it('is searched as that word only (quoted), and any other query as typed', () => {
    expect(exactWord('SAM')).toBe('"SAM"');
    expect(exactWord(' US ')).toBe('"US"');
    expect(exactWord('3D')).toBe('"3D"');
    expect(exactWord('LIMITR')).toBe('"LIMITR"');
    for (const typed of ['sam', 'Sam', 'SAM segmentation', 'CXR-CLIP', 'X', '2024', 'ABCDEFG', '', null])
      expect(exactWord(typed)).toBeUndefined();
  });
});

describe('highlighting query terms in a title', () => {
  it('marks words that start with a query term, case-insensitively', () => {
    expect(highlightTerms('Zero-shot segmentation of CT scans', 'ct SEGMENT')).toEqual([
      { text: 'Zero-shot ', match: false },
      { text: 'segmentation', match: true },
      { text: ' of ', match: false },
      { text: 'CT', match: true },
      { text: ' scans', match: false },
    ]);
  });

  it('marks only the word itself (or its plural) for a query of one word in capitals, which finds only that word', () => {
    expect(highlightTerms('SAM, SAMs and SAM-based: same sample', 'SAM')).toEqual([
      { text: 'SAM', match: true },
      { text: ', ', match: false },
      { text: 'SAMs', match: true },
      { text: ' and ', match: false },
      { text: 'SAM', match: true },
      { text: '-based: same sample', match: false },
    ]);
    // typed in lowercase, it is the start of a word
    expect(highlightTerms('same sample', 'sam').every((p) => p.match || p.text === ' ')).toBe(true);
  });

  it('marks a word in capitals as a whole word among other query words, which still mark the words they start', () => {
    expect(highlightTerms('US segmentation using SAM, USs and sam', 'US segment sam')).toEqual([
      { text: 'US', match: true },
      { text: ' ', match: false },
      { text: 'segmentation', match: true },
      { text: ' using ', match: false },
      { text: 'SAM', match: true },
      { text: ', ', match: false },
      { text: 'USs', match: true },
      { text: ' and ', match: false },
      { text: 'sam', match: true },
    ]);
  });

  it('highlights a hyphenated query word as one word, as Pagefind joins it', () => {
    expect(highlightTerms('Chest X-Ray and X-rays, not X or ray-tracing', 'chest x-ray')).toEqual([
      { text: 'Chest', match: true },
      { text: ' ', match: false },
      { text: 'X-Ray', match: true },
      { text: ' and ', match: false },
      { text: 'X-rays', match: true },
      { text: ', not X or ', match: false },
      { text: 'ray', match: true },
      { text: '-tracing', match: false },
    ]);
    // A plain query word still matches the parts of a title's hyphenated word.
    expect(highlightTerms('Vision-Language Pre-training', 'language')).toEqual([
      { text: 'Vision-', match: false },
      { text: 'Language', match: true },
      { text: ' Pre-training', match: false },
    ]);
  });

  it('leaves the title whole when there are no words', () => {
    expect(highlightTerms('GLoRIA', '')).toEqual([{ text: 'GLoRIA', match: false }]);
  });
});

describe('operators in a query', () => {
  it('reads OR in capitals as joining alternatives, each kept once, empty and one-letter ones dropped', () => {
    expect(alternatives('ultrasound OR echo cardiac')).toEqual(['ultrasound', 'echo cardiac']);
    expect(alternatives('CT OR MRI OR ct')).toEqual(['CT', 'MRI']);
    // while the second alternative is being typed, the first is searched alone
    expect(alternatives('ct OR')).toEqual(['ct']);
    expect(alternatives('ct OR m')).toEqual(['ct']);
    expect(alternatives('OR ct')).toEqual(['ct']);
    // "or" in lower case is a word; OR alone is the acronym (operating room); nothing of two characters: no query
    for (const term of ['ct or mri', 'OR', 'OR OR', 'x OR y', null]) expect(alternatives(term)).toBeNull();
    expect(searchedWords('CT OR MRI')).toBe('CT MRI');
    expect(searchedWords('ct or mri')).toBe('ct or mri');
  });

  it(`searches more than ${MAX_ALTERNATIVES} alternatives as words, and says so`, () => {
    const most = Array.from({ length: MAX_ALTERNATIVES }, (_, i) => `w${i}`).join(' OR ');
    expect(alternatives(most)).toHaveLength(MAX_ALTERNATIVES);
    expect(tooManyAlternatives(most)).toBe(false);
    expect(alternatives(`${most} OR w9`)).toBeNull();
    expect(tooManyAlternatives(`${most} OR w9`)).toBe(true);
    expect(operatorNotes(`${most} OR w9`)).toEqual([{ text: expect.stringContaining(`at most ${MAX_ALTERNATIVES}`) }]);
  });

  it('leaves out one alternative at a time for a query of alternatives that found nothing', () => {
    expect(leaveOneOut('ct OR mri brain OR pet')).toEqual([
      { left: 'ct', term: 'mri brain OR pet' },
      { left: 'mri brain', term: 'ct OR pet' },
      { left: 'pet', term: 'ct OR mri brain' },
    ]);
    // one alternative so far: its words, as without OR
    expect(leaveOneOut('ct brain OR')).toEqual([
      { left: 'ct', term: 'brain' },
      { left: 'brain', term: 'ct' },
    ]);
  });

  it('drops AND and NOT in capitals between words, and says that nothing is excluded', () => {
    expect(searchTerm('CT AND MRI')).toBe('CT MRI');
    expect(searchTerm('ct NOT segmentation')).toBe('ct segmentation');
    expect(searchTerm('AND')).toBe('AND');
    expect(searchTerm('brand and not')).toBe('brand and not');
    expect(operatorNotes('ct NOT segmentation')).toEqual([{ text: expect.stringContaining('cannot be excluded') }]);
    expect(operatorNotes('ct -segmentation')).toEqual([{ text: expect.stringContaining('cannot be excluded') }]);
    // a hyphen inside a word, or NOT as the last word typed so far, is no exclusion
    expect(operatorNotes('x-ray self-supervised')).toEqual([]);
    expect(operatorNotes('ct NOT')).toEqual([]);
  });

  it('offers OR in capitals for "or" in lower case between words', () => {
    expect(operatorNotes('ultrasound or echocardiography')).toEqual([
      { text: expect.stringContaining('OR in capitals'), q: 'ultrasound OR echocardiography' },
    ]);
    expect(operatorNotes('or ct')).toEqual([]);
    expect(operatorNotes('ct OR mri')).toEqual([]);
  });

  it('highlights the words of every alternative, never OR itself', () => {
    const parts = highlightTerms('CT or MRI of the brain', 'CT OR brain');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['CT', 'brain']);
  });
});
