import { describe, expect, it } from 'vitest';
import { datasetCount, paperCount } from '../../src/lib/site/count';

describe('paperCount', () => {
  it('says "paper" for exactly one and "papers" otherwise', () => {
    expect([0, 1, 2, 11, 21].map(paperCount)).toEqual(['0 papers', '1 paper', '2 papers', '11 papers', '21 papers']);
  });
});

describe('datasetCount', () => {
  it('separates the thousands of a whole number and keeps abbreviated or short counts as written', () => {
    expect(['4998', '16577', '1200000', '656', '87K', '1.6M', '8.1K'].map(datasetCount)).toEqual([
      '4,998',
      '16,577',
      '1,200,000',
      '656',
      '87K',
      '1.6M',
      '8.1K',
    ]);
  });
});
