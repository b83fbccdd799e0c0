/**
 * Splits the build's bundle of paper files (src/pages/papers/files.bundle.json.ts) into
 * <outDir>/papers/<id>/<file> and deletes the bundle, before Pagefind and the sitemap look at the output.
 * Refuses a key that would write outside a paper's folder (ids are checked by the schema; this is the last guard).
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { FILES_BUNDLE, PAPER_FILES } from '../lib/site/routes.ts';
import { PAPER_ID_PATTERN } from '../schemas/ids.ts';

const FILES = new Set<string>(Object.keys(PAPER_FILES));
const safeKey = (key: string) => {
  const [id = '', file = '', ...rest] = key.split('/');
  return rest.length === 0 && PAPER_ID_PATTERN.test(id) && FILES.has(file);
};

export default function paperFiles(): AstroIntegration {
  return {
    name: 'paper-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundlePath = join(site, FILES_BUNDLE);
        const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as Record<string, string>;
        const bad = Object.keys(bundle).filter((key) => !safeKey(key));
        if (bad.length) throw new Error(`paper-files: refusing to write ${bad.slice(0, 3).join(', ')}`);
        // The paper pages made each folder already; a few hundred writes in flight keep the disk busy.
        const entries = Object.entries(bundle);
        for (let i = 0; i < entries.length; i += 256) {
          await Promise.all(entries.slice(i, i + 256).map(([key, body]) => writeFile(join(site, 'papers', key), body)));
        }
        await rm(bundlePath);
        logger.info(`wrote ${entries.length} paper files`);
      },
    },
  };
}
