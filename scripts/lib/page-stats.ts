/**
 * What each built page weighs, for bench:build: every HTML page of a build folder with its page type (from its
 * URL), its gzipped size (level 6, what the static server and a typical host send) and its DOM element count
 * (parsed with parse5, the HTML parser of the standard, so implied elements count as a browser counts them),
 * plus the sizes of the large export files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { FACT_KINDS } from '../../src/lib/site/facts.ts';

/** One built page. `first` is false for page 2, 3 ... of a paginated list. */
export type PageStat = { url: string; type: string; first: boolean; bytes: number; gzip: number; elements: number };

const kinds = FACT_KINDS.map((k) => k.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const factTypes = new Map(FACT_KINDS.map((k) => [k.key, k]));

/** Page types by URL, first match wins; the group `page` is the page number of a paginated list. */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^\/$/, () => 'home'],
  [/^\/404\.html$/, () => '404'],
  [/^\/taxonomy\/$/, () => 'taxonomy'],
  [/^\/taxonomy\/[^/]+\/$/, () => 'branch'],
  [/^\/taxonomy\/[^/]+\/[^/]+\/(?<page>\d+\/)?$/, () => 'leaf'],
  [/^\/taxonomy\/[^/]+\/[^/]+\/[^/]+\/(?<page>\d+\/)?$/, () => 'group'],
  [/^\/papers\/[^/]+\/$/, () => 'paper'],
  [/^\/authors\/$/, () => 'authors index'],
  [/^\/authors\/letters\/[^/]+\/(?<page>\d+\/)?$/, () => 'authors by letter'],
  [/^\/authors\/[^/]+\/(?<page>\d+\/)?$/, () => 'author'],
  [/^\/(years|venues|datasets)\/$/, (m) => `${m[1]} index`],
  [/^\/(year|venue|dataset)s\/[^/]+\/(?<page>\d+\/)?$/, (m) => m[1]!],
  [new RegExp(`^/(${kinds})/$`), (m) => `${factTypes.get(m[1]!)!.plural.toLowerCase()} index`],
  [new RegExp(`^/(${kinds})/[^/]+/(?<page>\\d+/)?$`), (m) => factTypes.get(m[1]!)!.label.toLowerCase()],
  [/^\/([^/]+)\/$/, (m) => m[1]!],
];

/** The page type of a site path. pageType('/years/2023/2/') -> { type: 'year', first: false } */
export function pageType(url: string): { type: string; first: boolean } {
  for (const [pattern, name] of PATTERNS) {
    const m = url.match(pattern);
    if (m) return { type: name(m), first: !m.groups?.['page'] };
  }
  return { type: `other (${url.split('/')[1]})`, first: true };
}

/** Elements in a parsed tree, template contents included. */
function countElements(html: string): number {
  type Node = { tagName?: string; childNodes?: Node[]; content?: Node };
  const stack: Node[] = [parse(html) as unknown as Node];
  let n = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (node.tagName) n++;
    if (node.childNodes) stack.push(...node.childNodes);
    if (node.content) stack.push(node.content);
  }
  return n;
}

/** Every HTML page under `dir` with its type, sizes and element count. */
export function pageStats(dir: string): PageStat[] {
  const out: PageStat[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const url = `/${file
      .slice(dir.length + 1)
      .split(sep)
      .join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    const html = readFileSync(file);
    out.push({
      url,
      ...pageType(url),
      bytes: html.length,
      gzip: gzipSync(html, { level: 6 }).length,
      elements: countElements(html.toString('utf8')),
    });
  }
  return out.sort((a, b) => a.url.localeCompare(b.url));
}

/** The downloads that grow with the catalogue, as files (not pages). */
export const EXPORT_FILES = ['bibtex/all.bib', 'data/catalogue.json', 'data/papers.csv'];

/** Raw and gzipped size of each export file that exists. */
export function exportSizes(dir: string): { file: string; bytes: number; gzip: number }[] {
  return EXPORT_FILES.filter((f) => existsSync(join(dir, f))).map((file) => ({
    file,
    bytes: statSync(join(dir, file)).size,
    gzip: gzipSync(readFileSync(join(dir, file)), { level: 6 }).length,
  }));
}

/** Files and bytes of a build folder: all of it, and Pagefind's index on its own. */
export function outputSize(dir: string): { files: number; bytes: number; pagefindBytes: number } {
  let files = 0;
  let bytes = 0;
  let pagefindBytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    files++;
    bytes += size;
    if (file.slice(dir.length + 1).startsWith(`pagefind${sep}`)) pagefindBytes += size;
  }
  return { files, bytes, pagefindBytes };
}
