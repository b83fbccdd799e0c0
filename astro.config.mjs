// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

// The site can be built for a sub-path (e.g. a GitHub Pages project site):
//   BASE_PATH=/Awesome-CLIP-in-Medical-Imaging/ SITE_URL=https://user.github.io npm run build
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://clip-medical-imaging.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
