import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/site/page-title.ts';

describe('pageTitle', () => {
  it('adds the site name when it fits', () => {
    expect(pageTitle('Authors', 'Site')).toBe('Authors · Site');
    expect(pageTitle('Site', 'Site')).toBe('Site');
  });

  it('drops the site name, then cuts at a word boundary, never beyond the limit', () => {
    const title =
      'GLoRIA: A Multimodal Global-Local Representation Learning Framework for Label-efficient Medical Image Recognition';
    const short = 'A title of exactly sixty-odd characters that fits alone here';
    expect(pageTitle(short, 'CLIP in Medical Imaging')).toBe(short);
    const cut = pageTitle(title, 'CLIP in Medical Imaging');
    expect(cut.length).toBeLessThanOrEqual(70);
    expect(cut.endsWith('…')).toBe(true);
    expect(title.startsWith(cut.slice(0, -1))).toBe(true);
    expect(title.charAt(cut.length - 1)).toBe(' ');
  });
});
