/**
 * A synthetic catalogue of N papers shaped like the real one, in a temporary copy of the project (never the
 * repository's content/); logic in scripts/lib/synthetic.ts.
 *
 *   tsx scripts/generate-synthetic.ts --count 10000 [--out /tmp/dir]   prints the project directory
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticProject } from './lib/synthetic.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, out: { type: 'string' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--count must be a positive whole number, got "${values.count}"`);
const out = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'clip-synthetic-'));
if (out === resolve('.') || out.startsWith(resolve('content')))
  throw new Error(`--out must be outside the project, got ${out}`);
const { papers } = writeSyntheticProject(resolve('.'), out, count);
console.log(`${out} (${papers} papers)`);
