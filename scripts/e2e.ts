/**
 * npm run test:e2e [-- playwright args]: find a Chromium (scripts/lib/chromium.ts), or try
 * `npx playwright install chromium` for at most two minutes, or stop with one line saying what to install;
 * then run the Playwright suite with CHROMIUM_PATH set, so no browser test fails for want of a browser.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, playwrightChromium } from './lib/chromium.ts';

let found = findChromium();
if ('error' in found && !process.env.CHROMIUM_PATH) {
  console.log('No Chromium found; trying `npx playwright install chromium` (at most 2 minutes) ...');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 120_000 });
  const own = install.status === 0 ? playwrightChromium() : undefined;
  if (own) found = { path: own, source: "Playwright's browser (just installed)" };
}
if ('error' in found) {
  console.error(`error: ${found.error}`);
  process.exit(1);
}
console.log(`Browser tests use ${found.path} (${found.source})`);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: found.path },
});
process.exit(run.status ?? 1);
