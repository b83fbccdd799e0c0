import { describe, expect, it } from 'vitest';
import { paperCount } from '../../src/lib/site/count';

describe('paperCount', () => {
  it('says "paper" for exactly one and "papers" otherwise', () => {
    expect([0, 1, 2, 11, 21].map(paperCount)).toEqual(['0 papers', '1 paper', '2 papers', '11 papers', '21 papers']);
  });
});
