/**
 * A static host for the benchmarks (bench:search, bench:build's Lighthouse runs): serves a built site from a
 * folder the way a real static host with compression does: text files gzipped (level 6, cached), Pagefind's
 * index files (already gzip-compressed by Pagefind) as they are, correct content types, `dir/` -> `dir/index.html`,
 * and optionally the site's 404 page with status 404 for a missing path. Reports the body bytes of every
 * response, so a benchmark can count what a visitor downloads.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One response: the requested path and the bytes of its body as sent (gzipped when text). */
export type Sent = { path: string; bytes: number; status: number };

/** Extensions sent gzip-compressed, as hosts compress text but not already-compressed files. */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.csv', '.bib', '.ris']);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

export type StaticOptions = {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Extra folders served under a URL prefix, e.g. { '/__baseline/': '/tmp/baseline' }. */
  mounts?: Record<string, string>;
  /** A file of the site (e.g. '404.html') sent with status 404 for a missing path, as GitHub Pages does. */
  notFound?: string;
  /** Called for every response. */
  onSend?: (sent: Sent) => void;
};

export type StaticServer = { server: Server; origin: string; close: () => Promise<void> };

/** Serve `siteDir` on localhost until close() is called. */
export async function serveStatic(siteDir: string, options: StaticOptions = {}): Promise<StaticServer> {
  const gz = new Map<string, Buffer>();
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const site = resolve(siteDir);

  const send = (res: ServerResponse, path: string, file: string, status: number, head: boolean): void => {
    const ext = extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (TEXT.has(ext)) {
      if (!gz.has(file)) gz.set(file, gzipSync(body, { level: 6 }));
      body = gz.get(file)!;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    options.onSend?.({ path, bytes: body.length, status });
    res.writeHead(status, headers).end(head ? undefined : body);
  };

  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    const [base, rest] = mount ? [mount[1], path.slice(mount[0].length)] : [site, path];
    let file = join(base, rest);
    if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const head = req.method === 'HEAD';
    if (existsSync(file)) return send(res, path, file, 200, head);
    const notFound = options.notFound && join(site, options.notFound);
    if (notFound && existsSync(notFound)) return send(res, path, notFound, 404, head);
    options.onSend?.({ path, bytes: 0, status: 404 });
    res.writeHead(404).end();
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, 'localhost', ready);
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
