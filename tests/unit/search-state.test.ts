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
  MAX_SEARCHES,
  fewerWording,
  foundWords,
  isPhrase,
  operatorNotes,
  operators,
  searchedWords,
  searchesFor,
  tooComplex,
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
      { left: 'CT', term: 'zero-shot atlas', lacks: true },
      { left: 'zero-shot', term: 'CT atlas', lacks: true },
      { left: 'atlas', term: 'CT zero-shot', lacks: true },
    ]);
    // A repeated word is one word to leave out; a single word, or one word repeated, leaves nothing to try.
    expect(leaveOneOut('ct brain CT')).toEqual([
      { left: 'CT', term: 'brain', lacks: true },
      { left: 'brain', term: 'ct CT', lacks: true },
    ]);
    for (const term of ['segmentation', 'ct CT', '  ', null]) expect(leaveOneOut(term)).toEqual([]);
    // A lone letter left would search every word starting with it: that query is not offered.
    expect(leaveOneOut('x atlas')).toEqual([{ left: 'x', term: 'atlas', lacks: true }]);
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
    expect(operators('ultrasound OR echo cardiac')?.sides).toEqual(['ultrasound', 'echo cardiac']);
    expect(operators('CT OR MRI OR ct')?.sides).toEqual(['CT', 'MRI']);
    // while the second alternative is being typed, the first is searched alone
    expect(operators('ct OR')).toEqual({ sides: ['ct'], not: [] });
    expect(operators('ct OR m')).toEqual({ sides: ['ct'], not: [] });
    // "or" in lower case is a word; OR alone is the acronym (operating room); nothing of two characters: no query
    for (const term of ['ct or mri', 'OR', 'OR OR', 'x OR y', null]) expect(operators(term)).toBeNull();
    expect(searchedWords('CT OR MRI')).toBe('CT MRI');
    expect(searchedWords('ct or mri')).toBe('ct or mri');
  });

  it('reads NOT in capitals before a word, or "-" at its start, as excluding the word; alone, from every paper', () => {
    expect(operators('segmentation NOT SAM -clip')).toEqual({ sides: ['segmentation'], not: ['SAM', 'clip'] });
    expect(operators('ct OR mri --brain NOT Brain')).toEqual({ sides: ['ct', 'mri'], not: ['brain'] });
    expect(operators('NOT SAM')).toEqual({ sides: [''], not: ['SAM'] });
    // a hyphen inside a word excludes nothing; nor does a last NOT (its word is still to come) or "-x"
    expect(operators('x-ray self-supervised')).toBeNull();
    expect(searchTerm('ct NOT')).toBe('ct');
    expect(searchTerm('ct NOT s')).toBe('ct');
    expect(operators('ct -x')).toEqual({ sides: ['ct'], not: [] });
    // the words searched (spelling) and the words the papers found hold (highlighting)
    expect(searchedWords('ct OR mri NOT brain')).toBe('ct mri brain');
    expect(foundWords('ct OR mri NOT brain')).toBe('ct mri');
  });

  it(`searches a query that would take more than ${MAX_SEARCHES} searches as its words, and says so`, () => {
    expect(searchesFor(4, 0)).toBe(15);
    expect(searchesFor(2, 2)).toBe(12);
    const four = Array.from({ length: 4 }, (_, i) => `w${i}`).join(' OR ');
    expect(operators(four)?.sides).toHaveLength(4);
    expect(tooComplex(four)).toBe(false);
    for (const term of [`${four} OR w9`, `${four} NOT w9`, 'a1 OR b1 NOT c1 NOT d1 NOT e1']) {
      expect(operators(term), term).toBeNull();
      expect(tooComplex(term), term).toBe(true);
      expect(operatorNotes(term)).toEqual([{ text: expect.stringContaining(`at most ${MAX_SEARCHES} searches`) }]);
    }
  });

  it('leaves out one alternative, or word of the one alternative, and each excluded word, when nothing was found', () => {
    expect(leaveOneOut('ct OR mri brain OR pet')).toEqual([
      { left: 'ct', term: 'mri brain OR pet', lacks: false },
      { left: 'mri brain', term: 'ct OR pet', lacks: false },
      { left: 'pet', term: 'ct OR mri brain', lacks: false },
    ]);
    // one alternative so far: its words, as without OR
    expect(leaveOneOut('ct brain OR')).toEqual([
      { left: 'ct', term: 'brain', lacks: true },
      { left: 'brain', term: 'ct', lacks: true },
    ]);
    expect(leaveOneOut('ct brain -sam')).toEqual([
      { left: 'ct', term: 'brain NOT sam', lacks: true },
      { left: 'brain', term: 'ct NOT sam', lacks: true },
      { left: 'sam', term: 'ct brain', lacks: false },
    ]);
    // without its excluded word, "NOT sam" would search nothing: not offered
    expect(leaveOneOut('NOT sam')).toEqual([]);
  });

  it('drops AND in capitals between words', () => {
    expect(searchTerm('CT AND MRI')).toBe('CT MRI');
    expect(searchTerm('AND')).toBe('AND');
    expect(searchTerm('brand and not')).toBe('brand and not');
  });

  it('offers OR in capitals for "or" in lower case between words', () => {
    expect(operatorNotes('ultrasound or echocardiography')).toEqual([
      { text: expect.stringContaining('OR in capitals'), q: 'ultrasound OR echocardiography' },
    ]);
    expect(operatorNotes('or ct')).toEqual([]);
    expect(operatorNotes('ct OR mri')).toEqual([]);
  });

  it('highlights the words of every alternative, never OR itself or an excluded word', () => {
    const parts = highlightTerms('CT or MRI of the brain', 'CT OR brain NOT MRI');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['CT', 'brain']);
  });

  it('reads a whole query in quotes as a phrase, offers it without quotes, and drops quotes among operators', () => {
    expect(isPhrase('"report generation"')).toBe(true);
    expect(isPhrase('"report generation" chest')).toBe(false);
    expect(isPhrase('"')).toBe(false);
    expect(leaveOneOut('"zero-shot segmentation"')).toEqual([
      { left: '"', term: 'zero-shot segmentation', lacks: false },
    ]);
    expect(fewerWording('"zero-shot segmentation"').offer('"')).toBe('Without quotes');
    expect(fewerWording('ct brain').offer('ct')).toBe('Without “ct”');
    // Pagefind matches a phrase only as a whole query, so the searches of operators combine its words
    expect(operators('"report generation" OR "question answering"')).toEqual({
      sides: ['report generation', 'question answering'],
      not: [],
    });
    expect(operators('"report generation" NOT chest')).toEqual({ sides: ['report generation'], not: ['chest'] });
    expect(operatorNotes('"report generation" NOT chest')).toEqual([{ text: expect.stringContaining('Quotes') }]);
    expect(operatorNotes('"report generation"')).toEqual([]);
    // a phrase is literal, operators and all; quotes that do not make the whole query one phrase are dropped
    expect(operators('"NOT SAM"')).toBeNull();
    expect(isPhrase('"report generation" OR "question answering"')).toBe(false);
    expect(searchTerm('"report generation" "question answering"')).toBe('report generation question answering');
    expect(searchTerm('"report gen')).toBe('report gen');
    expect(searchTerm('"report generation"')).toBe('"report generation"');
  });
});
