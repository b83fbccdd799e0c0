import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { describe, expect, it } from 'vitest';
import siteMap, { withCachedCollators } from '../../src/integrations/sitemap.ts';

type Hook = (options: unknown) => Promise<void> | void;
const hook = (integration: AstroIntegration, name: string) =>
  (integration.hooks as Record<string, Hook | undefined>)[name]!;

/** Runs an integration's hooks as `astro build` would, on `pages`; returns the files it wrote. */
async function build(integration: AstroIntegration, pages: string[]): Promise<Record<string, string>> {
  const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  await hook(integration, 'astro:routes:resolved')({ routes: [] });
  await hook(
    integration,
    'astro:config:done',
  )({
    config: { site: 'https://example.org', base: '/', trailingSlash: 'always', build: { format: 'directory' } },
    logger,
  });
  await hook(
    integration,
    'astro:build:done',
  )({
    dir: pathToFileURL(`${out}/`),
    pages: pages.map((pathname) => ({ pathname })),
    logger,
  });
  return Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

describe('sitemap integration', () => {
  it('writes the same sitemap as @astrojs/sitemap itself', async () => {
    const pages = ['papers/b10/', 'papers/b2/', 'Papers/a/', 'about/', 'papers/b1/', 'authors/é/', 'authors/e/', ''];
    const ours = await build(siteMap(), pages);
    const theirs = await build(sitemap(), pages);
    expect(Object.keys(ours).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(ours).toEqual(theirs);
    // The numeric order the library asks for: b1, b2, b10.
    const locs = [...ours['sitemap-0.xml']!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.filter((l) => l!.includes('/papers/b'))).toEqual([
      'https://example.org/papers/b1/',
      'https://example.org/papers/b2/',
      'https://example.org/papers/b10/',
    ]);
  });

  it('compares strings exactly as localeCompare does, and puts localeCompare back afterwards', async () => {
    const original = String.prototype.localeCompare;
    const words = ['b10', 'B2', 'b1', 'é', 'e', 'E', 'ä', 'a', 'z', '', 'résumé', 'resume'];
    const calls: [string | undefined, Intl.CollatorOptions | undefined][] = [
      [undefined, undefined],
      ['en', { numeric: true }],
      ['en', { sensitivity: 'base' }],
      ['de', undefined],
      ['sv', { caseFirst: 'upper' }],
    ];
    const compareAll = () =>
      calls.flatMap(([locales, options]) =>
        words.flatMap((a) => words.map((b) => Math.sign(a.localeCompare(b, locales, options)))),
      );
    const expected = compareAll();
    const inside = await withCachedCollators(() => {
      expect(String.prototype.localeCompare).not.toBe(original);
      return compareAll();
    });
    expect(inside).toEqual(expected);
    expect(String.prototype.localeCompare).toBe(original);
    await expect(
      withCachedCollators(() => {
        throw new Error('the hook failed');
      }),
    ).rejects.toThrow('the hook failed');
    expect(String.prototype.localeCompare).toBe(original);
  });
});
