import { describe, expect, it } from 'vitest';
import {
  checkSite,
  extractCssUrls,
  extractLinks,
  fileForPath,
  formatProblem,
  groupProblems,
  pathForFile,
  resolveRef,
  srcsetUrls,
} from '@/lib/quality/site-links';

/** A tiny built site: URL path of each file -> its text. */
function site(files: Record<string, string>) {
  return { files: Object.keys(files), read: (f: string) => files[f] ?? '' };
}

const page = (body: string, head = '') =>
  `<!doctype html>\n<html lang="en">\n<head><title>t</title>${head}</head>\n<body>\n${body}\n</body>\n</html>`;

describe('extractLinks', () => {
  it('finds ids, a[name] targets and every URL attribute with its line', () => {
    const html = page(
      [
        '<a href="/papers/x/">x</a>',
        '<h2 id="links">Links</h2><a name="old-anchor"></a>',
        '<img src="/_astro/a.png" srcset="/_astro/a.png 1x, /_astro/a@2.png 2x" alt="">',
        '<form action="/search/"><input name="q"></form>',
        '<template><a href="/in-template/">t</a></template>',
      ].join('\n'),
      '<link rel="stylesheet" href="/_astro/s.css"><link rel="preconnect" href="https://fonts.example">',
    );
    const { ids, refs } = extractLinks(html);
    expect([...ids].sort()).toEqual(['links', 'old-anchor']);
    expect(refs.map((r) => `${r.source} ${r.value}`)).toEqual([
      'link[href] /_astro/s.css',
      'a[href] /papers/x/',
      'img[src] /_astro/a.png',
      'img[srcset] /_astro/a.png',
      'img[srcset] /_astro/a@2.png',
      'form[action] /search/',
      'a[href] /in-template/',
    ]);
    expect(refs.find((r) => r.value === '/papers/x/')?.line).toBe(5);
  });
});

describe('srcsetUrls and extractCssUrls', () => {
  it('takes the URL of each srcset candidate', () => {
    expect(srcsetUrls('a.png 480w,b.png 800w')).toEqual(['a.png', 'b.png']);
  });
  it('finds url() and @import targets but not data: URLs', () => {
    const css = `@import "/x.css";a{background:url(/img/a.svg)}b{src:url('/f.woff2') format("woff2"),url("data:font/woff2;base64,AA")}`;
    expect(extractCssUrls(css)).toEqual(['/x.css', '/img/a.svg', '/f.woff2']);
  });
});

describe('resolveRef', () => {
  it('resolves relative links against the page and decodes path and fragment', () => {
    expect(resolveRef('../y/#a%20b', '/papers/x/')).toEqual({ kind: 'internal', path: '/papers/y/', fragment: 'a b' });
    expect(resolveRef('#top', '/a/')).toEqual({ kind: 'internal', path: '/a/', fragment: 'top' });
  });
  it('says when a value is not a URL at all', () => {
    expect(resolveRef('http://[oops/', '/')).toEqual({ kind: 'invalid' });
  });
  it('treats other hosts and non-http schemes as external, the published origin as internal', () => {
    expect(resolveRef('https://arxiv.org/abs/1', '/')).toEqual({ kind: 'external' });
    expect(resolveRef('mailto:a@b.c', '/')).toEqual({ kind: 'external' });
    expect(resolveRef('https://site.example/a/', '/', ['https://site.example'])).toMatchObject({
      kind: 'internal',
      path: '/a/',
    });
  });
});

describe('fileForPath and pathForFile', () => {
  const files = new Set(['/index.html', '/a/index.html', '/s.css', '/404.html']);
  it('maps slash URLs to index.html and asset URLs to themselves', () => {
    expect(fileForPath('/a/', files)).toEqual({ file: '/a/index.html' });
    expect(fileForPath('/s.css', files)).toEqual({ file: '/s.css' });
  });
  it('explains a missing trailing slash, a .html page and a missing file', () => {
    expect(fileForPath('/a', files)).toEqual({ reason: 'missing trailing slash: link to /a/' });
    expect(fileForPath('/404', files)).toEqual({ reason: 'no file /404; the page is /404.html' });
    expect(fileForPath('/b/', files)).toEqual({ reason: 'no page there (no file /b/index.html)' });
  });
  it('gives the URL a file is served at', () => {
    expect(pathForFile('/a/index.html')).toBe('/a/');
    expect(pathForFile('/404.html')).toBe('/404.html');
  });
});

describe('checkSite', () => {
  it('passes a sound site', () => {
    const s = site({
      '/index.html': page(
        '<a href="/a/#part">a</a> <a href="#">top</a> <a href="https://example.org/">ext</a>',
        '<link rel="stylesheet" href="/s.css">',
      ),
      '/a/index.html': page('<h2 id="part">Part</h2><a href="../">home</a><a href="#top">top</a>'),
      '/s.css': 'a{background:url(/i.svg)}',
      '/i.svg': '<svg/>',
    });
    expect(checkSite(s.files, s.read, { base: '/' })).toEqual([]);
  });

  it('reports a missing page, a missing anchor, a missing asset and a broken CSS url with file and line', () => {
    const s = site({
      '/index.html': page('<a href="/nope/">x</a>\n<a href="/a/#missing">y</a>\n<script src="/app.js"></script>'),
      '/a/index.html': page('<p id="present">a</p>'),
      '/s.css': 'a{background:url(/gone.svg)}',
    });
    const problems = checkSite(s.files, s.read, { base: '/' });
    expect(problems.map((p) => formatProblem('dist', p))).toEqual([
      'dist/index.html:5:4: a[href] "/nope/" -> no page there (no file /nope/index.html)',
      'dist/index.html:6:4: a[href] "/a/#missing" -> no element with id="missing" on /a/',
      'dist/index.html:7:9: script[src] "/app.js" -> no such file (/app.js)',
      'dist/s.css: css url() "/gone.svg" -> no such file (/gone.svg)',
    ]);
  });

  it('reports links that escape the base path, including absolute links to the published origin', () => {
    const base = '/Repo/';
    const s = site({
      '/Repo/index.html': page(
        '<a href="/Repo/a/">in</a><a href="/a/">escapes</a><link rel="canonical" href="https://u.github.io/a/">',
      ),
      '/Repo/a/index.html': page('<a href="../../">up too far</a>'),
    });
    const problems = checkSite(s.files, s.read, { base, siteOrigins: ['https://u.github.io'] });
    expect(problems.map((p) => [p.file, p.href, p.reason])).toEqual([
      ['/Repo/a/index.html', '../../', 'leaves the base path /Repo/ (resolves to /)'],
      ['/Repo/index.html', '/a/', 'leaves the base path /Repo/ (resolves to /a/)'],
      ['/Repo/index.html', 'https://u.github.io/a/', 'leaves the base path /Repo/ (resolves to /a/)'],
    ]);
  });

  it('checks fragments against the target page, not the linking page', () => {
    const s = site({
      '/index.html': page('<h2 id="here">h</h2><a href="/b/#here">b</a>'),
      '/b/index.html': page('<p>no ids</p>'),
    });
    expect(checkSite(s.files, s.read, { base: '/' }).map((p) => p.reason)).toEqual([
      'no element with id="here" on /b/',
    ]);
  });
});

describe('groupProblems', () => {
  it('folds the same broken link on many pages into one entry listing the pages', () => {
    const s = site({
      '/a/index.html': page('<a href="/gone/">g</a>'),
      '/b/index.html': page('<a href="/gone/">g</a><a href="/a/#x">x</a>'),
    });
    expect(groupProblems('dist', checkSite(s.files, s.read, { base: '/' }))).toEqual([
      {
        what: 'a[href] "/gone/" -> no page there (no file /gone/index.html)',
        where: ['dist/a/index.html:5:4', 'dist/b/index.html:5:4'],
      },
      { what: 'a[href] "/a/#x" -> no element with id="x" on /a/', where: ['dist/b/index.html:5:26'] },
    ]);
  });
});
