import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/index-search.ts');
const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** Runs the indexing step, as `npm run build` does after `astro build`, on `site`. */
function index(site: string) {
  const env = { ...process.env };
  delete env['OUT_DIR'];
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, site], { encoding: 'utf8', env });
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>` +
  `<nav>Browse Search About</nav><article data-pagefind-body><h1>${title}</h1><p>${body}</p></article></body></html>`;

describe('search index step (scripts/index-search.ts)', () => {
  it('runs after astro build in both builds, as its own process', () => {
    expect(PACKAGE.scripts['build']).toMatch(/^astro build && tsx scripts\/index-search\.ts$/);
    expect(PACKAGE.scripts['build:base']).toMatch(/OUT_DIR=\S+ npm run build$/);
  });

  it('indexes the paper pages and nothing else', () => {
    const site = mkdtempSync(join(tmpdir(), 'index-search-'));
    mkdirSync(join(site, 'papers', 'echo-clip'), { recursive: true });
    writeFileSync(join(site, 'papers', 'echo-clip', 'index.html'), page('EchoCLIP', 'echocardiography videos'));
    mkdirSync(join(site, 'years', '2024'), { recursive: true });
    writeFileSync(join(site, 'years', '2024', 'index.html'), page('Papers of 2024', 'a list page'));
    const run = index(site);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`search index: 1 paper pages indexed into ${join(site, 'pagefind')}`);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(1);
  });

  it('stops with one line when the folder holds no built site', () => {
    const empty = mkdtempSync(join(tmpdir(), 'index-search-'));
    const run = index(empty);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `error: ${empty} holds no built site (no papers/ folder); run astro build first (npm run build does both)`,
    );
    expect(existsSync(join(empty, 'pagefind'))).toBe(false);
  });

  it('fails when no paper page can be indexed', () => {
    const site = mkdtempSync(join(tmpdir(), 'index-search-'));
    mkdirSync(join(site, 'papers'), { recursive: true });
    const run = index(site);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: search index: no paper pages (papers/*/index.html) to index');
  });
});
