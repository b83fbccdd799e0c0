/**
 * A throw-away copy of the project for tests that change content: copied to a temporary folder
 * (without node_modules, builds and Git; node_modules is symlinked), changed there, built there and
 * served there, so that no test entry is ever left in the repository's content/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../scripts/lib/copy-project.ts';
import sirv from 'sirv';

export type TempSite = {
  root: string;
  /** Run a project script (e.g. "scripts/new.ts") with tsx inside the copy; returns its standard output. */
  runScript(script: string, args: string[]): string;
  /** `npm run build` inside the copy (the site and its search index), into its dist/. */
  build(): void;
  /** Serve the copy's dist/ on a port; resolves to the site's root URL. */
  serve(port: number): Promise<string>;
  dispose(): Promise<void>;
};

/** Copy the project at `from` (default: the current folder) into a new temporary folder. */
export function makeTempSite(from = process.cwd()): TempSite {
  const root = mkdtempSync(join(tmpdir(), 'clip-catalogue-'));
  copyProject(from, root);
  // The copy is built at the root path whatever the calling environment says.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['BASE_PATH'];
  delete env['OUT_DIR'];
  let server: Server | undefined;
  return {
    root,
    runScript: (script, args) =>
      execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    build: () => {
      execFileSync('npm', ['run', 'build', '--silent'], {
        cwd: root,
        env,
        stdio: 'pipe',
        timeout: 240_000,
      });
    },
    serve: (port) =>
      new Promise((resolve, reject) => {
        const handler = sirv(join(root, 'dist'), { dev: false, etag: false });
        server = createServer((req, res) =>
          handler(req, res, () => {
            res.statusCode = 404;
            res.end('not found');
          }),
        );
        server.once('error', reject);
        server.listen(port, 'localhost', () => resolve(`http://localhost:${port}/`));
      }),
    dispose: async () => {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
