import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SORT_FILES, type SortKey } from '@/lib/search/orders';
import { filesOfEverySearch, recompress } from '../../scripts/lib/recompress.ts';

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

type Fixture = { id: string; title: string; year: number; added: string; body: string };

/** A built site with a paper page per fixture, the catalogue export the sort orders are made from, and a list page. */
function site(papers: Fixture[], listed = papers): string {
  const dir = mkdtempSync(join(tmpdir(), 'index-search-'));
  for (const p of papers) {
    mkdirSync(join(dir, 'papers', p.id), { recursive: true });
    writeFileSync(join(dir, 'papers', p.id, 'index.html'), page(p.title, p.body));
  }
  mkdirSync(join(dir, 'years', '2024'), { recursive: true });
  writeFileSync(join(dir, 'years', '2024', 'index.html'), page('Papers of 2024', 'a list page'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'catalogue.json'), JSON.stringify({ papers: listed }));
  return dir;
}

const ECHO: Fixture = { id: 'echo-clip', title: 'EchoCLIP', year: 2023, added: '2024-07-26', body: 'echo videos' };
const ATLAS: Fixture = { id: 'atlas', title: 'atlas of CT', year: 2024, added: '2024-07-26', body: 'ct volumes' };
const BRAIN: Fixture = { id: 'brain', title: 'Brain MRI', year: 2022, added: '2025-01-02', body: 'mri scans' };

describe('search index step (scripts/index-search.ts)', () => {
  it('runs after astro build in both builds, as its own process', () => {
    expect(PACKAGE.scripts['build']).toMatch(/^astro build && tsx scripts\/index-search\.ts$/);
    expect(PACKAGE.scripts['build:base']).toMatch(/OUT_DIR=\S+ npm run build$/);
  });

  it('indexes the paper pages and nothing else', () => {
    const dir = site([ECHO]);
    const run = index(dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`search index: 1 paper pages indexed into ${join(dir, 'pagefind')}`);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(1);
  });

  it("writes the sort orders beside the index, by Pagefind's page ids", () => {
    const dir = site([ECHO, ATLAS, BRAIN]);
    expect(index(dir).status).toBe(0);
    // Each fragment's file name is its page id; its URL says which paper it is.
    const fragments = join(dir, 'pagefind', 'fragment');
    const idOf = new Map(
      readdirSync(fragments).map((name) => {
        const text = gunzipSync(readFileSync(join(fragments, name))).toString();
        const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
        return [url.split('/')[2]!, name.replace('.pf_fragment', '')];
      }),
    );
    const order = (key: SortKey) => JSON.parse(readFileSync(join(dir, 'pagefind', SORT_FILES[key]), 'utf8')) as unknown;
    expect(order('date')).toEqual(['atlas', 'echo-clip', 'brain'].map((id) => idOf.get(id)));
    expect(order('added')).toEqual([1, 2, 0]); // brain was added last
    expect(order('title')).toEqual([0, 2, 1]); // atlas, Brain, EchoCLIP: case aside
  });

  // Every search fetches the page metadata and the WebAssembly; Zopfli's gzip of them is smaller than zlib's best.
  it('gzips the files every search fetches again, smaller, holding the same bytes', async () => {
    const dir = site([ECHO, ATLAS]);
    const bundle = join(dir, 'pagefind');
    expect(index(dir).status).toBe(0);
    const files = await filesOfEverySearch(bundle);
    expect(files).toEqual([expect.stringMatching(/^pagefind\.en_\w+\.pf_meta$/), 'wasm.en.pagefind']);
    const wasm = readFileSync(join(bundle, 'wasm.en.pagefind'));
    const content = gunzipSync(wasm);
    expect(content.subarray(0, 12).toString()).toBe('pagefind_dcd');
    // Pagefind's own gzip is within a few bytes of zlib's best; Zopfli's, about 5% below it.
    expect(wasm.length).toBeLessThan(0.98 * gzipSync(content, { level: 9 }).length);
    // On its own: a file gzipped at zlib's fastest level is replaced by a smaller one inflating to the same bytes.
    const meta = Buffer.from(`pagefind_dcd${'en_1a2b3c4 137 '.repeat(400)}`);
    writeFileSync(join(bundle, 'test.pf_meta'), gzipSync(meta, { level: 1 }));
    const saved = await recompress(bundle, ['test.pf_meta'], join(dir, 'cache'));
    const rewritten = readFileSync(join(bundle, 'test.pf_meta'));
    expect(gunzipSync(rewritten)).toEqual(meta);
    expect(saved['test.pf_meta']).toBe(gzipSync(meta, { level: 1 }).length - rewritten.length);
    expect(saved['test.pf_meta']).toBeGreaterThan(0);
  });

  it('names the page when an indexed page is not in the catalogue export', () => {
    const dir = site([ECHO, ATLAS], [ECHO]);
    const run = index(dir);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `error: search index: /papers/atlas/ is indexed but is not a paper of ${join(dir, 'data', 'catalogue.json')}`,
    );
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
