/**
 * npm run build, second step: writes the Pagefind search index of the built site into <site>/pagefind/.
 *
 *   tsx scripts/index-search.ts [site]    # default: $OUT_DIR (as astro.config.mjs reads it), else ./dist
 *
 * It runs as its own process after `astro build` has exited, not inside the build as an integration: at
 * 10,000 papers Astro holds about 1.6 GB until it exits and Pagefind takes about 1.9 GB, so indexing in the
 * same build would add the two (3.4 GB) where one after the other peaks at the larger.
 * Only paper pages carry data-pagefind-body, so only they are read (papers/<id>/index.html): the list pages,
 * a third of the output's bytes, would cost time and add nothing.
 * Beside the index it writes the search's sort orders (src/lib/search/orders.ts), from the index's page ids and
 * the build's catalogue export (data/catalogue.json), and it gzips the two files every search fetches again,
 * smaller (scripts/lib/recompress.ts).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import type { CatalogueExport } from '../src/schemas/catalogue.ts';
import { buildSortOrders, type OrderedPaper, SORT_FILES, SORT_KEYS } from '../src/lib/search/orders.ts';
import { filesOfEverySearch, recompress } from './lib/recompress.ts';

const PAPER_PAGES = 'papers/*/index.html';
/** The build's open-data export, which the sort orders are made from. */
const CATALOGUE = 'data/catalogue.json';

/** Pagefind's page id (a search result's `id`, its fragment's file name) and URL of every indexed page. */
async function indexedPages(bundle: string): Promise<{ pageId: string; url: string }[]> {
  const dir = join(bundle, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  const pages: { pageId: string; url: string }[] = [];
  // A fragment is gzipped JSON behind a short signature (pagefind_dcd); a few hundred reads in flight.
  for (let i = 0; i < names.length; i += 256) {
    const batch = names.slice(i, i + 256);
    const texts = await Promise.all(batch.map(async (name) => gunzipSync(await readFile(join(dir, name))).toString()));
    texts.forEach((text, j) => {
      const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
      pages.push({ pageId: batch[j]!.slice(0, -'.pf_fragment'.length), url });
    });
  }
  return pages;
}

/** Writes the search's sort orders (src/lib/search/orders.ts) for the pages indexed into `bundle`. */
async function writeSortOrders(site: string, bundle: string): Promise<void> {
  if (!existsSync(join(site, CATALOGUE))) throw new Error(`no ${CATALOGUE} in ${site} to make the sort orders from`);
  const catalogue = JSON.parse(await readFile(join(site, CATALOGUE), 'utf8')) as CatalogueExport;
  const byId = new Map(catalogue.papers.map((p) => [p.id, p]));
  const papers: OrderedPaper[] = (await indexedPages(bundle)).map(({ pageId, url }) => {
    const id = /\/papers\/([^/]+)\/$/.exec(url)?.[1] ?? '';
    const paper = byId.get(id);
    if (!paper) throw new Error(`${url} is indexed but is not a paper of ${join(site, CATALOGUE)}`);
    return { pageId, id, data: paper };
  });
  const orders = buildSortOrders(papers);
  for (const key of SORT_KEYS) await writeFile(join(bundle, SORT_FILES[key]), JSON.stringify(orders[key]));
}

/** Index the paper pages of the site built in `site`; resolves to how many pages were indexed. */
async function indexSite(site: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob: PAPER_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not read the pages: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`no paper pages (${PAPER_PAGES}) to index in ${site}`);
    const bundle = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await Promise.all([writeSortOrders(site, bundle), recompress(bundle, await filesOfEverySearch(bundle))]);
    return added.page_count;
  } finally {
    await close();
  }
}

const site = resolve(process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist');
if (!existsSync(join(site, 'papers'))) {
  console.error(
    `error: ${site} holds no built site (no papers/ folder); run astro build first (npm run build does both)`,
  );
  process.exit(1);
}
try {
  const pages = await indexSite(site);
  console.log(`search index: ${pages} paper pages indexed into ${join(site, 'pagefind')}`);
} catch (error) {
  console.error(`error: search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
