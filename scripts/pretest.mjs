/**
 * npm test, first step (npm runs `pretest` before `test`): a fresh clone sets itself up here, or stops with one line.
 *
 * - A Node older than package.json's `engines` stops the run with one line saying how to get a newer one (the lint
 *   step would otherwise run, then Astro would refuse with its own message).
 * - A missing `node_modules`, or one that does not hold what package-lock.json pins, is installed with `npm ci`
 *   (otherwise the first step fails with "eslint: not found").
 * - The browser is found, or installed, or named in one line by the browser tests' own step (scripts/e2e.ts).
 *
 * Plain JavaScript without dependencies: it runs before they are installed, and on a Node too old for the rest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The [major, minor] a ">=22.12"-style range asks for, or undefined for any other form. */
export function minimumNode(range) {
  const m = /^\s*>=\s*(\d+)(?:\.(\d+))?(?:\.\d+)?\s*$/.exec(range ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}

/** Whether Node `version` ("22.12.0") is at least `minimum` ([22, 12]). */
export function nodeIsRecentEnough(version, minimum) {
  const [major, minor] = version.split('.').map(Number);
  return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
}

/**
 * The packages package-lock.json pins that node_modules lacks or holds at another version, read from npm's record of
 * what it installed (node_modules/.package-lock.json). Optional packages (other platforms' binaries) may be absent,
 * and packages installed beyond the lock file are left alone.
 */
export function missingPackages(lock, installed) {
  const have = installed?.packages ?? {};
  return Object.entries(lock.packages ?? {})
    .filter(([path, p]) => path !== '' && !p.optional && !p.devOptional && !p.link)
    .filter(([path, p]) => have[path]?.version !== p.version)
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version}`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** Checks Node and the installed packages of the project in `root`; resolves to the exit code. */
export function prepare(root, { node = process.versions.node, log = console.log, install = npmCi } = {}) {
  const pkg = readJson(join(root, 'package.json'));
  const minimum = minimumNode(pkg?.engines?.node);
  if (minimum && !nodeIsRecentEnough(node, minimum)) {
    log(
      `npm test needs Node ${pkg.engines.node} and this is ${node}: run \`nvm use\` (.nvmrc names the version), or \`bash .ci/run\`, which installs Node 24 and runs the tests.`,
    );
    return 1;
  }
  const lock = readJson(join(root, 'package-lock.json'));
  if (!lock) return 0;
  const missing = missingPackages(lock, readJson(join(root, 'node_modules', '.package-lock.json')));
  if (missing.length === 0) return 0;
  const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
  log(`npm test: node_modules lacks what package-lock.json pins (${shown}); installing with npm ci.`);
  if (install(root) !== 0) {
    log('npm test: `npm ci` failed (its output is above); fix that and run npm test again.');
    return 1;
  }
  return 0;
}

function npmCi(root) {
  return spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' }).status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(prepare(fileURLToPath(new URL('..', import.meta.url))));
}
