// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';

// The site can be built for a sub-path (e.g. a GitHub Pages project site):
//   BASE_PATH=/Awesome-CLIP-in-Medical-Imaging/ SITE_URL=https://user.github.io npm run build
// OUT_DIR lets both builds live side by side (npm run build:base writes dist-base/).
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://clip-medical-imaging.github.io';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefind()],
  vite: { plugins: [tailwindcss()] },
  // Code blocks (the commands in CONTRIBUTING.md) are shown plain: Shiki colours them with inline styles,
  // which the HTML validation refuses (no-inline-style), and no entry or page needs coloured code.
  markdown: { syntaxHighlight: false },
  // Writes .astro/collections/*.schema.json plus a manifest mapping each content file to its schema, so
  // the Astro editor extension validates paper front matter as you type (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
});
