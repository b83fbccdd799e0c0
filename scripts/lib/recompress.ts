/**
 * Pagefind gzips its own files, quickly. Two of them are fetched by every search whatever its words: the page
 * metadata (a hash and a word count per page, so it grows with the catalogue) and the WebAssembly. This gzips
 * them again with Zopfli, whose output is ordinary gzip (Pagefind's runtime inflates it as it does its own) and
 * smaller: at 10,000 papers the metadata went from 67.8 to 58.4 KB and the WebAssembly from 59.8 to 56.9 KB
 * (docs/benchmarks.md). The index chunks and fragments, hundreds to thousands of files fetched a few at a time,
 * stay as Pagefind wrote them: Zopfli takes from a third of a second to a second per chunk.
 * The WebAssembly is the same in every build of a Pagefind version, so its result is kept in
 * node_modules/.cache/recompress/ (or $RECOMPRESS_CACHE), named by the hash of what it holds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Where Zopfli's output for a given content is kept between builds ($RECOMPRESS_CACHE: bench:build's cold builds). */
const CACHE =
  process.env['RECOMPRESS_CACHE'] || fileURLToPath(new URL('../../node_modules/.cache/recompress/', import.meta.url));

/** The files of a Pagefind bundle that every search fetches, from its pagefind-entry.json. */
export async function filesOfEverySearch(bundle: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  return Object.values(entry.languages).flatMap(({ hash, wasm }) => [
    `pagefind.${hash}.pf_meta`,
    ...(wasm ? [`wasm.${wasm}.pagefind`] : []),
  ]);
}

/** Zopfli's gzip of `content`; with a cache folder, from there when an earlier build made it. */
async function zopfli(content: Buffer, cacheDir?: string): Promise<Buffer> {
  // Five passes: fifteen (Zopfli's default) saved 13 bytes more on the 10,000-paper metadata, in a quarter more time.
  const pack = async () => Buffer.from(await gzipAsync(content, { numiterations: 5 }));
  if (!cacheDir) return pack();
  const cached = join(cacheDir, `${createHash('sha256').update(content).digest('hex')}.gz`);
  if (existsSync(cached)) {
    const kept = await readFile(cached);
    if (gunzipSync(kept).equals(content)) return kept;
  }
  const packed = await pack();
  mkdirSync(cacheDir, { recursive: true });
  await writeFile(cached, packed);
  return packed;
}

/**
 * Gzips each named file of `bundle` again with Zopfli, keeping the smaller of the two; the content inflated
 * is checked to be the same before a file is replaced. Resolves to the bytes saved by file name.
 */
export async function recompress(
  bundle: string,
  files: readonly string[],
  cacheDir = CACHE,
): Promise<Record<string, number>> {
  const saved: Record<string, number> = {};
  for (const name of files) {
    const path = join(bundle, name);
    const original = await readFile(path);
    const content = gunzipSync(original);
    // The metadata changes with every catalogue: only the WebAssembly is worth keeping.
    const packed = await zopfli(content, name.startsWith('wasm.') ? cacheDir : undefined);
    if (packed.length >= original.length) continue;
    if (!gunzipSync(packed).equals(content)) throw new Error(`Zopfli changed the content of ${path}`);
    await writeFile(path, packed);
    saved[name] = original.length - packed.length;
  }
  return saved;
}
