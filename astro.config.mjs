// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import catalogueGuard from './src/integrations/catalogue-guard.ts';
import paperFiles from './src/integrations/paper-files.ts';
import sitemap from './src/integrations/sitemap.ts';

// The site can be built for a sub-path (e.g. a GitHub Pages project site):
//   BASE_PATH=/Awesome-CLIP-in-Medical-Imaging/ SITE_URL=https://user.github.io npm run build
// OUT_DIR lets both builds live side by side (npm run build:base writes dist-base/).
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://clip-medical-imaging.github.io';
const outDir = process.env.OUT_DIR ?? './dist';

// The one inline script (the theme, set before paint) is allowed by its hash; every other script is a
// bundled file that Astro hashes itself. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // Four pages are rendered at a time. Astro awaits each page's write to disk, and one page at a time left the
  // renderer idle for about a third of a 10,000-paper build (measured: 99-114 s with 1, 68-83 s with 4, 74-86 s
  // with 8 or 16, which also hold more memory). Pages share only memoised, read-only data, so the output is the same.
  build: { concurrency: 4 },
  integrations: [catalogueGuard(), mdx(), sitemap(), paperFiles()],
  // The search page's worker (src/scripts/search/search-worker.ts) is an ES module worker: it imports pagefind.js.
  vite: { plugins: [tailwindcss()], worker: { format: 'es' } },
  // Code blocks (the commands in CONTRIBUTING.md) are shown plain: Shiki colours them with inline styles,
  // which the HTML validation refuses (no-inline-style), and no entry or page needs coloured code.
  markdown: { syntaxHighlight: false },
  // Writes .astro/collections/*.schema.json plus a manifest mapping each content file to its schema, so
  // the Astro editor extension validates paper front matter as you type (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
  // A Content-Security-Policy <meta> on every page (GitHub Pages cannot send headers): scripts only from
  // this site or by hash, never inline event handlers or javascript: URLs, whatever an entry contains.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeHash] },
    },
  },
});
