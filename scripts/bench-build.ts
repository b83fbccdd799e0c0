/**
 * Build benchmark: times `astro build` of the real catalogue, cold (no Astro cache, no .astro/, no output)
 * and warm (cache kept), 3 runs each, and measures what the build ships. Writes a table into the
 * bench:build block of docs/benchmarks.md.
 *
 *   npm run bench:build              # 3 cold + 3 warm runs
 *   npm run bench:build -- --runs 5
 *
 * Each run is a fresh Node process calling Astro's build() (the same build `npm run build` does, Pagefind
 * indexing included) with its own cacheDir and outDir under .cache/bench/, so that clearing the cache never
 * touches node_modules/.astro, which other checkouts sharing node_modules may be using.
 */
import { replaceBlock } from '../src/lib/quality/blocks.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCatalogue } from '../src/lib/catalogue/load.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number, e.g. --runs 3');

const root = process.cwd();
const work = resolve('.cache/bench');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'astro-cache');
const DOC = 'docs/benchmarks.md';

/** One build in a child process; returns its wall-clock time in seconds. */
function build(): number {
  const program = `import { build } from 'astro';
await build({ root: ${JSON.stringify(root)}, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)}, logLevel: 'error' });`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status}); run npm run build to see why`);
  return seconds;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

type Size = { files: number; bytes: number; gzip: number };

/** Files, raw bytes and gzip bytes (level 9, as a static host's pre-compression would) by kind. */
function measure(dir: string) {
  const kinds: Record<'html' | 'css' | 'js' | 'pagefind' | 'other', Size> = {
    html: { files: 0, bytes: 0, gzip: 0 },
    css: { files: 0, bytes: 0, gzip: 0 },
    js: { files: 0, bytes: 0, gzip: 0 },
    pagefind: { files: 0, bytes: 0, gzip: 0 },
    other: { files: 0, bytes: 0, gzip: 0 },
  };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = file.slice(dir.length + 1);
    // Pagefind's index is counted on its own: it grows with the catalogue, not with the templates.
    const kind = rel.startsWith('pagefind/')
      ? 'pagefind'
      : entry.name.endsWith('.html')
        ? 'html'
        : entry.name.endsWith('.css')
          ? 'css'
          : /\.m?js$/.test(entry.name)
            ? 'js'
            : 'other';
    const bytes = statSync(file).size;
    kinds[kind].files += 1;
    kinds[kind].bytes += bytes;
    if (kind === 'html' || kind === 'css' || kind === 'js')
      kinds[kind].gzip += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return kinds;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;

const cold: number[] = [];
const warm: number[] = [];
// Cold and warm runs alternate, so that a change in the machine's load (it may be shared) hits both alike.
const loadBefore = loadavg()[0]!;
for (let i = 0; i < RUNS; i++) {
  rmSync(work, { recursive: true, force: true });
  rmSync('.astro', { recursive: true, force: true });
  cold.push(build());
  console.log(`cold build ${i + 1}/${RUNS}: ${cold.at(-1)!.toFixed(2)} s`);
  rmSync(outDir, { recursive: true, force: true });
  warm.push(build());
  console.log(`warm build ${i + 1}/${RUNS}: ${warm.at(-1)!.toFixed(2)} s`);
}
const loadAfter = loadavg()[0]!;

const sizes = measure(outDir);
const total = Object.values(sizes).reduce((acc, s) => ({ files: acc.files + s.files, bytes: acc.bytes + s.bytes }), {
  files: 0,
  bytes: 0,
});
const { papers, datasets } = loadCatalogue();
const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version as string;
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const cpu = cpus();
// A load above the core count means other jobs competed for the CPUs: the times are then upper bounds.
const busy =
  Math.max(loadBefore, loadAfter) > cpu.length
    ? ` (above ${cpu.length}: other jobs shared the CPUs, so read the times as upper bounds)`
    : '';
const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} s`;

const block = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit} by \`npm run bench:build\`:
${papers.length} papers, ${datasets.length} datasets; Astro ${astroVersion}, Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}.
Median of ${RUNS} runs of a full \`astro build\` (Pagefind indexing included), each in a fresh Node process;
1-minute load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after${busy}.
Cold: Astro's cache, \`.astro/\` and the output removed first. Warm: cache kept, output removed.

| build | median | range |
| --- | ---: | ---: |
| cold | ${median(cold).toFixed(2)} s | ${range(cold)} |
| warm | ${median(warm).toFixed(2)} s | ${range(warm)} |

| output | files | bytes | gzip -9 |
| --- | ---: | ---: | ---: |
| HTML pages | ${sizes.html.files} | ${mb(sizes.html.bytes)} | ${mb(sizes.html.gzip)} (${kb(sizes.html.gzip / Math.max(1, sizes.html.files))} per page) |
| CSS | ${sizes.css.files} | ${kb(sizes.css.bytes)} | ${kb(sizes.css.gzip)} |
| JavaScript files (Astro inlines small scripts into the HTML) | ${sizes.js.files} | ${kb(sizes.js.bytes)} | ${kb(sizes.js.gzip)} |
| Pagefind index and UI | ${sizes.pagefind.files} | ${mb(sizes.pagefind.bytes)} | (already compressed) |
| other (feeds, sitemap, schema, images) | ${sizes.other.files} | ${kb(sizes.other.bytes)} | |
| **total** | **${total.files}** | **${mb(total.bytes)}** | |
`;

const doc = readFileSync(DOC, 'utf8');
writeFileSync(DOC, replaceBlock(doc, 'bench:build', block.trimEnd()));
console.log(block);
rmSync(work, { recursive: true, force: true });
