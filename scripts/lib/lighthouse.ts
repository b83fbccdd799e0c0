/**
 * Lighthouse for bench:build: audits one URL with the `lighthouse` CLI of node_modules (a fresh headless
 * Chromium per run, launched by Lighthouse itself; mobile form factor with its default simulated throttling;
 * categories performance, accessibility, best practices and SEO) several times, and keeps the median of each
 * score and metric separately.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './chromium.ts';

/** Scores 0-100; CLS unitless; TBT and LCP in ms. */
export type LighthouseResult = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  /** Lighthouse's measure of the machine's speed during the run (higher is faster; a busy machine scores lower). */
  benchmarkIndex: number;
  /** Failed audits of the non-performance categories (id: title), from the last run, to explain a lost point. */
  failed: string[];
  /**
   * For a page audited with its error status (the 404 page): best practices with the one console error that the
   * status itself logs ("Failed to load resource" for the page's own URL) set aside, as the issue sets the page's
   * SEO aside; any other console error still counts. Undefined for other pages.
   */
  bestPracticesOwnStatusAside?: number;
  runs: number;
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type ConsoleItem = { source?: string; description?: string; sourceLocation?: { url?: string } };

export type Report = {
  runtimeError?: { code: string; message: string };
  finalDisplayedUrl?: string;
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      title: string;
      scoreDisplayMode: string;
      details?: { items?: ConsoleItem[] };
    }
  >;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Best practices (0-100) recomputed with the console errors that are only the page's own error status counted as
 * passed: Lighthouse logs a document answered with 404 as "Failed to load resource", whatever the page does.
 */
export function bestPracticesOwnStatusAside(report: Report): number {
  const category = report.categories['best-practices']!;
  const ownStatus = (item: ConsoleItem) =>
    item.source === 'network' &&
    item.sourceLocation?.url === report.finalDisplayedUrl &&
    /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(item.description ?? '');
  const items = report.audits['errors-in-console']?.details?.items ?? [];
  const score = (id: string) =>
    id === 'errors-in-console' && items.length > 0 && items.every(ownStatus) ? 1 : (report.audits[id]?.score ?? 0);
  const refs = category.auditRefs.filter((ref) => ref.weight > 0);
  const total = refs.reduce((sum, ref) => sum + ref.weight, 0);
  return Math.round((refs.reduce((sum, ref) => sum + ref.weight * score(ref.id), 0) / total) * 100);
}

/** One Lighthouse run; resolves with its report. */
async function runOnce(url: string, chromePath: string, ignoreStatus: boolean): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const output = join(dir, 'report.json');
  const args = [
    join(import.meta.dirname, '../../node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    // The screenshot of the whole page is for the HTML report only; skipping it saves time, not points.
    '--disable-full-page-screenshot',
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
    ...(ignoreStatus ? ['--ignore-status-code'] : []),
  ];
  try {
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chromePath },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.once('error', fail);
      child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`lighthouse ${url} exited with ${code}`))));
    });
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    if (report.runtimeError)
      throw new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `runs` Lighthouse runs of `url`, each value the median over the runs. `ignoreStatus` audits a page served
 * with an error status (the 404 page), which Lighthouse otherwise refuses.
 * Example: await lighthouse('http://localhost:4000/', '/usr/bin/chromium', 3) -> { performance: 100, ... }
 */
export async function lighthouse(url: string, chromePath: string, runs = 3, ignoreStatus = false) {
  const reports: Report[] = [];
  for (let i = 0; i < runs; i++) reports.push(await runOnce(url, chromePath, ignoreStatus));
  const score = (id: string) => median(reports.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
  const metric = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? NaN));
  const last = reports.at(-1)!;
  const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    last.categories[c]!.auditRefs.filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, audit: last.audits[ref.id]! }))
      .filter(({ audit }) => audit.scoreDisplayMode === 'binary' && audit.score !== 1)
      .map(({ id, audit }) => `${id}: ${audit.title}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: metric('cumulative-layout-shift'),
    tbtMs: metric('total-blocking-time'),
    lcpMs: metric('largest-contentful-paint'),
    benchmarkIndex: median(reports.map((r) => r.environment?.benchmarkIndex ?? NaN)),
    failed: [...new Set(failed)],
    ...(ignoreStatus ? { bestPracticesOwnStatusAside: median(reports.map(bestPracticesOwnStatusAside)) } : {}),
    runs,
  } satisfies LighthouseResult;
}
