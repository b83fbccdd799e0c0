import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real command line, on a copy of the real catalogue with broken entries added.
const root = mkdtempSync(join(tmpdir(), 'catalogue-check-'));
cpSync('content', join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runCheck(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--root', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('npm run check', () => {
  it('passes on the real catalogue', () => {
    const { code, out } = runCheck();
    expect(code).toBe(0);
    expect(out).toMatch(/Checked \d+ papers and \d+ datasets: no problems/);
  });

  it('lists every problem of every broken file, and exits non-zero', () => {
    const valid = readFileSync('tests/fixtures/entries/valid.md', 'utf8');
    const existing = readFileSync(join(root, 'content/papers/dawidowicz2023limitr.md'), 'utf8');
    writeFileSync(
      join(root, 'content/papers/broken2024one.md'),
      valid.replace('venue: iccv', 'venue: nowhere').replace('year: 2023', 'year: 20x'),
    );
    writeFileSync(
      join(root, 'content/papers/copy2023limitr.md'),
      existing.replace(/^added: .*$/m, 'added: 2026-01-05'),
    );
    writeFileSync(join(root, 'content/papers/evil2024entry.mdx'), valid);
    const { code, out } = runCheck();
    expect(code).toBe(1);
    expect(out).toContain('content/papers/broken2024one.md:7: venue: unknown venue "nowhere"');
    expect(out).toContain('content/papers/broken2024one.md:8: year: year is a four-digit number');
    expect(out).toMatch(
      /content\/papers\/copy2023limitr\.md:2: title: duplicate of content\/papers\/dawidowicz2023limitr\.md/,
    );
    expect(out).toMatch(/content\/papers\/evil2024entry\.mdx:1: \(file\): MDX can run code/);
    // The valid fixture is also a duplicate of the real LIMITR entry; every problem is counted in the summary.
    expect(out).toMatch(/\n\d+ problem\(s\) in \d+ papers and \d+ datasets/);

    const only = runCheck(join(root, 'content/papers/evil2024entry.mdx'));
    expect(only.code).toBe(1);
    expect(only.out).not.toContain('broken2024one.md');
    expect(only.out).toContain('1 problem(s) in 1 file(s)');
  });

  it('reports a broken vocabulary list with its line, before any entry, instead of a stack trace', () => {
    const file = join(root, 'content/venues.json');
    const text = readFileSync(file, 'utf8');
    try {
      const broken = text.replace('"short": "MICCAI"', '"short": 2024');
      writeFileSync(file, broken);
      const { code, out } = runCheck();
      expect(code).toBe(1);
      const line = broken.slice(0, broken.indexOf('"short": 2024')).split('\n').length;
      expect(out).toMatch(
        new RegExp(
          `content/venues.json:${line}: \\d+\\.short: expected text, found the number 2024; put it in double quotes to make it text: "2024"`,
        ),
      );
      expect(out).toContain('1 problem(s) in the vocabulary lists of content/; fix them first');
      expect(out).not.toMatch(/\bat \S+ \(.*:\d+:\d+\)/);
    } finally {
      writeFileSync(file, text);
    }
  });
});
