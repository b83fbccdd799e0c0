import { describe, expect, it } from 'vitest';
import {
  cleanIds,
  comparePath,
  idsFromSearch,
  joinCsl,
  joinRecords,
  MAX_SELECTION,
  parseStored,
  selectionSearch,
  shareSearch,
  toggleId,
} from '@/lib/site/selection';

describe('the selection', () => {
  it('keeps well-formed ids once each, in the order chosen', () => {
    expect(cleanIds(['b2020x', 'a2021y', 'b2020x', '../etc', 'A<script>', 7, null, ''])).toEqual(['b2020x', 'a2021y']);
    expect(cleanIds(Array.from({ length: MAX_SELECTION + 5 }, (_, i) => `p${i}`))).toHaveLength(MAX_SELECTION);
  });

  it('reads anything stored as a list of ids, and garbage as an empty selection', () => {
    expect(parseStored('["x2020a","x2020a","y2021b"]')).toEqual(['x2020a', 'y2021b']);
    expect(parseStored('{"a":1}')).toEqual([]);
    expect(parseStored('not json')).toEqual([]);
    expect(parseStored(null)).toEqual([]);
  });

  it('travels in a URL and comes back the same', () => {
    const ids = ['huang2021gloria', 'wang2022medclip'];
    expect(shareSearch(ids)).toBe('?ids=huang2021gloria,wang2022medclip');
    expect(idsFromSearch(shareSearch(ids))).toEqual(ids);
    expect(idsFromSearch('?ids=ok2020a,<b>,ok2020a')).toEqual(['ok2020a']);
    expect(shareSearch([])).toBe('');
  });

  it('says in its URL whether it is shown as a table', () => {
    const ids = ['huang2021gloria', 'wang2022medclip'];
    expect(selectionSearch(ids, 'table')).toBe('?ids=huang2021gloria,wang2022medclip&view=table');
    expect(selectionSearch(ids, 'cards')).toBe(shareSearch(ids));
    expect(new URLSearchParams(selectionSearch(ids, 'table')).get('view')).toBe('table');
    expect(idsFromSearch(selectionSearch(ids, 'table'))).toEqual(ids);
    expect(selectionSearch([], 'table')).toBe('?view=table');
    expect(selectionSearch([], 'cards')).toBe('');
    expect(comparePath(ids)).toBe(`selection/${selectionSearch(ids, 'table')}`);
  });

  it('adds an id once, at the end, and removes it', () => {
    const one = toggleId(['a2020a'], 'b2020b', true);
    expect(one).toEqual(['a2020a', 'b2020b']);
    expect(toggleId(one, 'b2020b', true)).toEqual(one);
    expect(toggleId(one, 'a2020a', false)).toEqual(['b2020b']);
  });
});

describe('joining per-paper citation files', () => {
  it('separates BibTeX or RIS records by one blank line', () => {
    expect(joinRecords(['@misc{a,\n}\n', '\n@misc{b,\n}'])).toBe('@misc{a,\n}\n\n@misc{b,\n}\n');
  });

  it('merges CSL-JSON arrays into one array', () => {
    expect(JSON.parse(joinCsl(['[{"id":"a"}]', '[{"id":"b"}]']))).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
