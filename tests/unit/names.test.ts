import { describe, expect, it } from 'vitest';
import { familyName, makePaperId, titleKey } from '@/lib/catalogue/names';
import { splitAuthors } from '@/lib/seed/authors';

describe('names', () => {
  it('splits author lines of every shape the seed uses', () => {
    expect(splitAuthors('Ruizhi Liao, Daniel Moyer, and William M. Wells')).toEqual([
      'Ruizhi Liao',
      'Daniel Moyer',
      'William M. Wells',
    ]);
    expect(splitAuthors('Andrew Y. Ng & Pranav Rajpurkar')).toEqual(['Andrew Y. Ng', 'Pranav Rajpurkar']);
    expect(splitAuthors('Jongseong Jang∗, Daeun Kyung∗, Edward Choi')).toEqual([
      'Jongseong Jang',
      'Daeun Kyung',
      'Edward Choi',
    ]);
    expect(splitAuthors('Pengyu Wang; Huaqi Zhang; Yixuan Yuan')).toEqual([
      'Pengyu Wang',
      'Huaqi Zhang',
      'Yixuan Yuan',
    ]);
    expect(splitAuthors('Aohan Liu,Yuchen Guo,Jun-Hai Yong')).toEqual(['Aohan Liu', 'Yuchen Guo', 'Jun-Hai Yong']);
    expect(splitAuthors('Jeﬀery A. Goldstein')).toEqual(['Jeffery A. Goldstein']);
  });

  it('makes readable, unique ids', () => {
    expect(familyName('Philip Müller')).toBe('muller');
    const taken = new Set<string>();
    const a = makePaperId(
      'Kihyun You',
      2023,
      'CXR-CLIP: Toward Large Scale Chest X-ray Language-Image Pre-training',
      taken,
    );
    expect(a).toBe('you2023cxr');
    taken.add(a);
    expect(makePaperId('Kihyun You', 2023, 'CXR-CLIP: another paper', taken)).toBe('you2023cxr-clip');
  });

  it('normalises titles for duplicate detection', () => {
    expect(titleKey('Freeze the Backbones: a Parameter-Efficient ...')).toBe(
      titleKey('Freeze the backbones - A parameter efficient'),
    );
    expect(titleKey('Vision–Language')).toBe(titleKey('vision-language'));
  });
});
