import { defineConfig, devices } from '@playwright/test';

import { BASE_SITE, port } from './tests/helpers/sites';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium';

// Browser tests run against the built site (npm run build first), in the Chromium that
// scripts/lib/chromium.ts finds: CHROMIUM_PATH, Playwright's own, or chromium / google-chrome on PATH.
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  // A first search loads pagefind.js, its web worker, the WebAssembly and index, then one fragment per result:
  // about 2 s on an idle 2-core machine, up to 7 s while two test workers and two servers share it.
  expect: { timeout: 10_000 },
  // axe over a long page (the contributing guide, insights) takes 10-20 s on a busy 2-core machine.
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Two static builds are served: dist/ at the root and dist-base/ under the GitHub Pages base path
  // (npm run build and npm run build:base). tests/helpers/sites.ts names their URLs.
  webServer: [
    {
      command: `npx sirv dist --port ${port} --host localhost --quiet`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // dist-base/ holds the base-path build in a sub-folder, exactly as GitHub Pages serves it.
      command: `npx sirv dist-base --port ${port + 1} --host localhost --quiet`,
      url: BASE_SITE,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
