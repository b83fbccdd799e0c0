/** The sub-path of the base-path build (`npm run build:base`, GitHub Pages project sites); must match package.json. */
export const BASE_PATH = '/Awesome-CLIP-in-Medical-Imaging/';
