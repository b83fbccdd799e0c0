/** Where the two builds under test are served (see playwright.config.ts). */
export const port = Number(process.env.E2E_PORT ?? 4321);
/** The sub-path of the base-path build; must match the build:base script in package.json. */
export { BASE_PATH } from '../../scripts/lib/sites.ts';
import { BASE_PATH } from '../../scripts/lib/sites.ts';
/** Root of the base-path build, e.g. http://localhost:4322/Awesome-CLIP-in-Medical-Imaging/ */
export const BASE_SITE = `http://localhost:${port + 1}${BASE_PATH}`;
