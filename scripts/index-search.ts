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
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';

const PAPER_PAGES = 'papers/*/index.html';

/** Index the paper pages of the site built in `site`; resolves to how many pages were indexed. */
async function indexSite(site: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob: PAPER_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not read the pages: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`no paper pages (${PAPER_PAGES}) to index in ${site}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
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
