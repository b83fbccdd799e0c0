/**
 * npm run bench:search uses this to build a synthetic catalogue of N papers shaped like the real one:
 * a temporary copy of the project (never the repository's content/papers) holding the real entries plus
 * generated ones whose titles, authors, venues, years, categories, modalities and code links are drawn
 * from the real entries' own distributions, with a fixed seed so every run builds the same catalogue.
 *
 * The command line is scripts/generate-synthetic.ts.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paperSchema, type Paper } from '../../src/schemas/paper.ts';
import { paperToMarkdown } from '../../src/lib/catalogue/files.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { copyProject } from './copy-project.ts';

/** A small deterministic PRNG (mulberry32), so synthetic catalogues are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads and validates the real paper entries of a project. */
export function readPapers(root: string): Paper[] {
  return loadCatalogue(root).papers.map((p) => p.data);
}

/**
 * `count` synthetic papers sampled from the real ones: each field is drawn from the real values of that
 * field (titles are recombined from real title halves, so the vocabulary and word frequencies match).
 */
export function synthesise(real: Paper[], count: number, seed = 42): { id: string; paper: Paper }[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const words = real.map((p) => p.title.split(/\s+/));
  const authors = [...new Set(real.flatMap((p) => p.authors))];
  const out: { id: string; paper: Paper }[] = [];
  for (let i = 1; i <= count; i++) {
    const a = pick(words);
    const b = pick(words);
    const title = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))].join(' ');
    const shape = pick(real);
    const n = pick(real).authors.length;
    const names = [...new Set(Array.from({ length: n }, () => pick(authors)))];
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const modalities = pick(real).modalities;
    const paper: Paper = {
      title,
      authors: names,
      venue: shape.venue,
      year: pick(real).year,
      categories: [...pick(real).categories],
      ...(modalities ? { modalities: [...modalities] } : {}),
      links: {
        paper: `https://example.org/papers/${id}`,
        ...(pick(real).links.code ? { code: `https://github.com/example/${id}` } : {}),
      },
      added: pick(real).added,
    };
    out.push({ id, paper: paperSchema.parse(paper) });
  }
  return out;
}

/**
 * Copies the project (as tests/helpers/temp-site.ts does) into `out` and adds
 * `total - real` synthetic papers, so the copy holds `total` papers. node_modules is linked, not copied.
 */
export function writeSyntheticProject(root: string, out: string, total: number, seed = 42): { papers: number } {
  rmSync(out, { recursive: true, force: true });
  copyProject(root, out);
  const real = readPapers(root);
  const extra = Math.max(0, total - real.length);
  for (const { id, paper } of synthesise(real, extra, seed)) {
    writeFileSync(join(out, 'content/papers', `${id}.md`), paperToMarkdown(paper));
  }
  return { papers: real.length + extra };
}
