/**
 * Copy the project into another folder for a throw-away build (tests that add entries, the synthetic
 * search benchmark): everything but dependencies, build output, caches and Git; node_modules is symlinked.
 */
import { cpSync, realpathSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

const SKIP = new Set(['node_modules', '.git', '.astro', 'test-results', 'playwright-report', 'blob-report', '.cache']);

export function copyProject(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const name = basename(src);
      return !SKIP.has(name) && !/^dist(?:-|$)/.test(name);
    },
  });
  symlinkSync(realpathSync(join(from, 'node_modules')), join(to, 'node_modules'), 'dir');
}
