/**
 * Measuring a command as a whole process tree, for bench:build (Linux: reads /proc):
 * - wall time, from spawn to exit;
 * - CPU time, user + system of the command and all its descendants: the kernel's resource usage as
 *   /usr/bin/time reports it (the command plus every descendant it waited for) or, when larger, the sum of the
 *   last utime + stime polled from /proc of every process seen in the tree. Both are lower bounds: rusage
 *   misses helpers a program kills without waiting for them (Astro's build leaves Pagefind's service process
 *   and esbuild's so), the poll misses processes shorter than its interval and each one's last interval;
 * - peak memory, the largest sum of resident set sizes of the command and all its descendants, polled from
 *   /proc every 100 ms (shared pages count once per process, as `ps` sums them).
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a command cost: seconds and bytes. */
export type TreeUsage = {
  wallS: number;
  userS: number;
  sysS: number;
  /** userS + sysS. */
  cpuS: number;
  peakRssBytes: number;
  /** Where cpuS comes from: the kernel's rusage, or polling /proc (larger when descendants were not waited for). */
  cpuSource: 'rusage' | 'polled';
  /** The kernel's rusage (NaN without /usr/bin/time) and the polled sum, both kept to show how far they differ. */
  rusageCpuS: number;
  polledCpuS: number;
  /** How many processes the tree held at most at one sample. */
  peakProcesses: number;
};

const TIME = '/usr/bin/time';
const getconf = (name: string, fallback: number) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};
const PAGE = getconf('PAGESIZE', 4096);
const TICK = getconf('CLK_TCK', 100);

type Stat = { pid: number; ppid: number; start: string; ticks: number; rssPages: number };

/** Fields of /proc/<pid>/stat (see proc(5)); the command name in parentheses may contain spaces. */
function readStat(pid: string): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // exited between listing and reading
  }
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // f[0] is field 3 (state): ppid is field 4, utime 14, stime 15, starttime 22, rss 24.
  return {
    pid: Number(pid),
    ppid: Number(f[1]),
    ticks: Number(f[11]) + Number(f[12]),
    start: f[19]!,
    rssPages: Number(f[21]),
  };
}

/** The processes of the tree rooted at `root` right now. */
function tree(root: number): Stat[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((s): s is Stat => !!s);
  const children = new Map<number, Stat[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out = all.filter((s) => s.pid === root);
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!.pid) ?? []));
  return out;
}

export type MeasureOptions = {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling interval of the memory poll in ms (default 100). */
  intervalMs?: number;
};

/**
 * Run `command args` to completion and measure it; stdout is discarded, stderr shown. Throws when it fails.
 * Example: await measureTree(process.execPath, ['-e', 'console.log(1)']) -> { wallS: 0.05, cpuS: 0.04, ... }
 */
export async function measureTree(command: string, args: string[], options: MeasureOptions = {}): Promise<TreeUsage> {
  const useTime = existsSync(TIME);
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(dir, 'time.txt');
  const [file, argv] = useTime ? [TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peakRssBytes = 0;
  let peakProcesses = 0;
  // Last CPU ticks seen per process (pid + start time, as pids are reused).
  const ticks = new Map<string, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const procs = tree(child.pid);
    const rss = procs.reduce((sum, p) => sum + p.rssPages * PAGE, 0);
    peakRssBytes = Math.max(peakRssBytes, rss);
    peakProcesses = Math.max(peakProcesses, procs.length);
    for (const p of procs) ticks.set(`${p.pid}@${p.start}`, p.ticks);
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('exit', (status) => done(status));
  });
  const wallS = (performance.now() - started) / 1000;
  clearInterval(timer);
  try {
    if (code !== 0) throw new Error(`${command} ${args.join(' ').slice(0, 200)} failed (exit ${code})`);
    const polledCpuS = [...ticks.values()].reduce((a, b) => a + b, 0) / TICK;
    if (useTime) {
      // /usr/bin/time may print a warning line before its own; its last line is ours.
      const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!;
      const [userS, sysS] = last.split(' ').map(Number) as [number, number];
      const rusageCpuS = userS + sysS;
      const cpuSource = polledCpuS > rusageCpuS ? 'polled' : 'rusage';
      const cpuS = Math.max(rusageCpuS, polledCpuS);
      return { wallS, userS, sysS, cpuS, peakRssBytes, cpuSource, rusageCpuS, polledCpuS, peakProcesses };
    }
    return {
      wallS,
      userS: NaN,
      sysS: NaN,
      cpuS: polledCpuS,
      peakRssBytes,
      cpuSource: 'polled',
      rusageCpuS: NaN,
      polledCpuS,
      peakProcesses,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
