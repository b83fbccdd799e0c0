/**
 * Internal link and anchor check over the built site(s): every href/src/srcset/action to a page, asset or
 * #anchor of the site must resolve, and in the base-path build must stay under the base path.
 *
 *   npm run check:links                      # dist/ (base /) and dist-base/ (base /Awesome-CLIP-in-Medical-Imaging/)
 *   tsx scripts/check-links.ts dist:/ dist-base:/Awesome-CLIP-in-Medical-Imaging/
 *
 * Exits 1 listing each broken reference (attribute, href, why) with the file:line where it occurs. The same
 * broken link on many pages (a template bug) is listed once with three of its places, unless --all is given.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { checkSite, groupProblems } from '../src/lib/quality/site-links.ts';
import { parseArgs } from 'node:util';
import { BASE_PATH } from './lib/sites.ts';
import { printGroups } from './lib/report.ts';

// Canonical and feed URLs are absolute on the published origin; they are checked like relative links.
const SITE_ORIGIN = process.env.SITE_URL ?? 'https://clip-medical-imaging.github.io';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean', default: false } },
});
const targets = positionals.length > 0 ? positionals : ['dist:/', `dist-base:${BASE_PATH}`];

let failed = false;
for (const target of targets) {
  const cut = target.indexOf(':');
  const [dir, base] = cut === -1 ? [target, '/'] : [target.slice(0, cut), target.slice(cut + 1)];
  if (!existsSync(join(dir, base, 'index.html'))) {
    console.error(`${dir}: no ${join(dir, base, 'index.html')}; build first (npm run build / npm run build:base)`);
    failed = true;
    continue;
  }
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `/${join(d.parentPath, d.name).slice(dir.length).split(sep).filter(Boolean).join('/')}`);
  const problems = checkSite(files, (f) => readFileSync(join(dir, f), 'utf8'), { base, siteOrigins: [SITE_ORIGIN] });
  const pages = files.filter((f) => f.endsWith('.html')).length;
  if (problems.length === 0) {
    console.log(`${dir} (base ${base}): ${pages} pages, ${files.length} files, 0 broken links or anchors`);
  } else {
    failed = true;
    printGroups(
      groupProblems(dir, problems).map(({ what, where }) => [what, where] as const),
      values.all!,
    );
    console.error(`${dir} (base ${base}): ${problems.length} broken links or anchors in ${pages} pages`);
  }
}
process.exit(failed ? 1 : 0);
