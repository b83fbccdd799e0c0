/**
 * Finding a Chromium for the browser tests and benchmarks, in this order: CHROMIUM_PATH, Playwright's own
 * browser, then chromium, chromium-browser, google-chrome and google-chrome-stable on PATH. `npm run test:e2e`
 * (scripts/e2e.ts) also tries `npx playwright install chromium` before giving up with one clear line.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The flags that keep a headless Chromium quiet and working as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable of that name on PATH, if any. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (executable(candidate)) return candidate;
  }
  return undefined;
}

/** Playwright's own downloaded Chromium, when it is installed. */
export function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export type FoundChromium = { path: string; source: string } | { error: string };

/** Look for a Chromium without installing anything. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundChromium {
  const given = env['CHROMIUM_PATH'];
  if (given) {
    return executable(given)
      ? { path: given, source: 'CHROMIUM_PATH' }
      : { error: `CHROMIUM_PATH is set to "${given}", which is not an executable file; fix or unset it` };
  }
  const own = playwrightChromium();
  if (own) return { path: own, source: "Playwright's browser" };
  for (const name of ON_PATH) {
    const path = onPath(name);
    if (path) return { path, source: `${name} on PATH` };
  }
  return {
    error:
      'no Chromium found for the browser tests: install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium; or npx playwright install chromium) or set CHROMIUM_PATH=/path/to/chromium',
  };
}

/** The path of a Chromium, or undefined to let Playwright report its own error (for playwright.config.ts). */
export function chromiumPath(): string | undefined {
  const found = findChromium();
  return 'path' in found ? found.path : undefined;
}
