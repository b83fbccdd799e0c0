/**
 * Internal link and anchor checking over a built static site (dist/ or dist-base/).
 *
 * Pure: the caller reads the files and hands in their paths and contents, so the same logic serves
 * `scripts/check-links.ts`, the base-path crawl in tests/e2e and the unit tests.
 * Paths are URL paths of files in the output folder, e.g. "/papers/huang2021gloria/index.html".
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One URL reference found in a page: `<a href>`, `<img src>`, one `srcset` candidate, `<form action>`... */
export type PageRef = {
  /** Element and attribute it came from, e.g. "a[href]". */
  source: string;
  /** The value as written, e.g. "/papers/huang2021gloria/#links". */
  value: string;
  /** 1-based line in the HTML file (0 when unknown, e.g. in CSS). */
  line: number;
  /** 1-based column of the attribute (built pages are often one long line). */
  col: number;
};

/** What a page offers to links (its ids) and what it links to. */
export type PageLinks = { ids: Set<string>; refs: PageRef[] };

/** Attributes that hold a URL the browser will request or navigate to, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** `<link rel>` values that are not fetched from this site or are only hints (no file needs to exist). */
const NON_RESOURCE_RELS = new Set(['preconnect', 'dns-prefetch']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  const kids: Node[] = 'childNodes' in node ? [...node.childNodes] : [];
  // <template> keeps its children in a separate fragment; links in it are still shipped to the reader.
  if (isElement(node) && node.tagName === 'template' && 'content' in node) kids.push(node.content as Node);
  return kids;
}

/**
 * Splits a srcset into its URLs ("a.png 1x, b.png 2x" -> ["a.png", "b.png"]).
 * URLs containing a comma would need the full HTML algorithm; the site's asset URLs never contain one.
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((u) => u !== '');
}

/**
 * Parses one HTML page (with parse5, the WHATWG parser) and returns the ids it defines (`id`, and `name`
 * on `<a>`, both valid fragment targets) and every URL reference with its line.
 */
export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const refs: PageRef[] = [];
  const stack: Node[] = [parse(html, { sourceCodeLocationInfo: true })];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      const attrs = new Map(node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
      const id = attrs.get('id');
      if (id) ids.add(id);
      if (node.tagName === 'a' && attrs.get('name')) ids.add(attrs.get('name')!);
      const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const skip = node.tagName === 'link' && rels.some((r) => NON_RESOURCE_RELS.has(r));
      for (const attr of skip ? [] : (URL_ATTRIBUTES[node.tagName] ?? [])) {
        const value = attrs.get(attr);
        if (value === undefined) continue;
        const loc = node.sourceCodeLocation?.attrs?.[attr] ?? node.sourceCodeLocation;
        const values = attr === 'srcset' ? srcsetUrls(value) : [value];
        for (const v of values)
          refs.push({
            source: `${node.tagName}[${attr}]`,
            value: v,
            line: loc?.startLine ?? 0,
            col: loc?.startCol ?? 0,
          });
      }
    }
    stack.push(...childrenOf(node).reverse());
  }
  refs.sort((a, b) => a.line - b.line || a.col - b.col);
  return { ids, refs };
}

/** URLs referenced by a stylesheet (`url(...)`, `@import "../..."`), e.g. fonts; data: URLs are left out. */
export function extractCssUrls(css: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const value = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (value !== '' && !value.startsWith('data:') && !value.startsWith('#')) found.push(value);
  }
  return found;
}

/** Options of a site check. */
export type CheckOptions = {
  /** Base path the site is built for, with leading and trailing slash, e.g. "/Awesome-CLIP-in-Medical-Imaging/". */
  base: string;
  /**
   * Origin(s) the site is published at (e.g. "https://clip-medical-imaging.github.io"): absolute links to it,
   * such as canonical URLs, are checked like internal ones.
   */
  siteOrigins?: string[];
};

/** One broken reference: in which file and line, what it says, and why it is broken. */
export type LinkProblem = { file: string; line: number; col: number; source: string; href: string; reason: string };

/** A reference resolved against the page it is on. */
export type ResolvedRef =
  { kind: 'external' } | { kind: 'invalid' } | { kind: 'internal'; path: string; fragment: string | undefined };

const LOCAL_ORIGIN = 'http://site.invalid';

/**
 * Resolves `value` as the browser would from the page at URL path `pagePath`, and says whether it stays on
 * this site. mailto:, tel:, data:, javascript: and other-host links are external (not checked here); a value
 * no browser can parse is invalid.
 */
export function resolveRef(value: string, pagePath: string, siteOrigins: string[] = []): ResolvedRef {
  let target: URL;
  try {
    target = new URL(value.trim(), LOCAL_ORIGIN + pagePath);
  } catch {
    return { kind: 'invalid' };
  }
  const origins = new Set([LOCAL_ORIGIN, ...siteOrigins.map((o) => new URL(o).origin)]);
  if (!origins.has(target.origin)) return { kind: 'external' };
  let path = target.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded form; the file lookup will then fail and be reported
  }
  const raw = target.hash.slice(1);
  let fragment: string | undefined;
  if (target.hash !== '' || value.trim().endsWith('#')) {
    try {
      fragment = decodeURIComponent(raw);
    } catch {
      fragment = raw;
    }
  }
  return { kind: 'internal', path, fragment };
}

/**
 * The file a URL path is served from by a static host, or why there is none.
 * "/a/" -> "/a/index.html"; "/a.css" -> itself; "/a" when only "/a/index.html" exists is refused, because the
 * site's URLs always end with a slash (a host would have to redirect).
 */
export function fileForPath(path: string, files: ReadonlySet<string>): { file: string } | { reason: string } {
  if (path.endsWith('/')) {
    const file = `${path}index.html`;
    return files.has(file) ? { file } : { reason: `no page there (no file ${file})` };
  }
  if (files.has(path)) return { file: path };
  if (files.has(`${path}/index.html`)) return { reason: `missing trailing slash: link to ${path}/` };
  if (files.has(`${path}.html`)) return { reason: `no file ${path}; the page is ${path}.html` };
  return { reason: `no such file (${path})` };
}

/** The URL path a file is served at: "/a/index.html" -> "/a/"; "/404.html" stays. */
export function pathForFile(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** A fragment that needs no element: "#" and "#top" scroll to the top of the document (HTML spec). */
function isTopFragment(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top';
}

/**
 * Checks every internal reference of every HTML page (and every `url()` of every stylesheet) of a built site:
 * the target file must exist, stay under the base path, and carry the #fragment's id when there is one.
 *
 * @param files  every file of the output folder as a URL path, e.g. "/papers/x/index.html", "/_astro/a.css"
 * @param read   returns the text of an HTML or CSS file of `files`
 * @returns      the broken references, in file then line order (empty when the site is sound)
 */
export function checkSite(
  files: Iterable<string>,
  read: (file: string) => string,
  { base, siteOrigins = [] }: CheckOptions,
): LinkProblem[] {
  const fileSet = new Set(files);
  const pages = new Map<string, PageLinks>();
  const pageLinks = (file: string): PageLinks => {
    let links = pages.get(file);
    if (!links) {
      links = extractLinks(read(file));
      pages.set(file, links);
    }
    return links;
  };
  const problems: LinkProblem[] = [];
  const sorted = [...fileSet].sort();
  for (const file of sorted) {
    let refs: PageRef[];
    if (file.endsWith('.html')) refs = pageLinks(file).refs;
    else if (file.endsWith('.css'))
      refs = extractCssUrls(read(file)).map((value) => ({ source: 'css url()', value, line: 0, col: 0 }));
    else continue;
    const pagePath = pathForFile(file);
    for (const ref of refs) {
      const resolved = resolveRef(ref.value, pagePath, siteOrigins);
      if (resolved.kind === 'external') continue;
      const report = (reason: string) =>
        problems.push({ file, line: ref.line, col: ref.col, source: ref.source, href: ref.value, reason });
      if (resolved.kind === 'invalid') {
        report('not a valid URL');
        continue;
      }
      if (!resolved.path.startsWith(base)) {
        report(`leaves the base path ${base} (resolves to ${resolved.path})`);
        continue;
      }
      const target = fileForPath(resolved.path, fileSet);
      if ('reason' in target) {
        report(target.reason);
        continue;
      }
      if (resolved.fragment === undefined || isTopFragment(resolved.fragment)) continue;
      if (!target.file.endsWith('.html')) continue;
      if (!pageLinks(target.file).ids.has(resolved.fragment)) {
        report(`no element with id="${resolved.fragment}" on ${pathForFile(target.file)}`);
      }
    }
  }
  return problems;
}

/** Where a problem is: "dist/a/index.html:12:40", or just the file when the position is unknown. */
function place(root: string, p: LinkProblem): string {
  return p.line > 0 ? `${root}${p.file}:${p.line}:${p.col}` : `${root}${p.file}`;
}

/** One line per problem: "dist/a/index.html:12:40: a[href] "/b/" -> no page there (no file /b/index.html)". */
export function formatProblem(root: string, p: LinkProblem): string {
  return `${place(root, p)}: ${p.source} "${p.href}" -> ${p.reason}`;
}

/**
 * Groups problems that differ only by page (one template bug repeats on every page) into one entry each:
 * "a[href] "/x/" -> reason" with the places it occurs, in first-seen order.
 */
export function groupProblems(root: string, problems: LinkProblem[]): { what: string; where: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const p of problems) {
    const what = `${p.source} "${p.href}" -> ${p.reason}`;
    groups.set(what, [...(groups.get(what) ?? []), place(root, p)]);
  }
  return [...groups].map(([what, where]) => ({ what, where }));
}
