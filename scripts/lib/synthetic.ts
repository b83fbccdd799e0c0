/**
 * npm run bench:search uses this to build a synthetic catalogue of N papers shaped like the real one:
 * a temporary copy of the project (never the repository's content/papers) holding the real entries plus
 * generated ones whose every field (and summary) is drawn from the real entries' own distributions (see
 * synthesise), with a fixed seed so every run builds the same catalogue.
 *
 * The command line is scripts/generate-synthetic.ts.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paperSchema, type Paper } from '../../src/schemas/paper.ts';
import { paperToMarkdown } from '../../src/lib/catalogue/files.ts';
import { titleKey } from '../../src/lib/catalogue/names.ts';
import { loadCatalogue, type LoadedPaper } from '../../src/lib/catalogue/load.ts';
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

/** A real entry as the generator samples it: front matter and summary. */
export type RealPaper = Pick<LoadedPaper, 'data' | 'body'>;
export type SyntheticPaper = { id: string; paper: Paper; summary: string };

/** Sentences of a Markdown summary (split at a paragraph break, or a full stop followed by a capital or digit). */
export const sentences = (text: string): string[] =>
  text
    .split(/\n\s*\n|(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/**
 * The authors of synthetic papers, as a field grows: each place in an author list goes to a new person with the
 * real catalogue's share of first appearances (distinct authors / author places, about 0.8), else to someone
 * already listed, chosen in proportion to their papers so far (a Yule-Simon process, seeded with the real lists).
 * So most authors have one paper and a few have many, as in the real data, and the number of authors (and of
 * author pages) grows with the catalogue instead of stopping at the real names. A new person's name joins a real
 * family name to a real given name, never one already used.
 * Returns a function giving the next author of a paper whose list so far is `list`.
 */
export function authorSource(real: readonly RealPaper[], rand: () => number): (list: readonly string[]) => string {
  const places = real.flatMap((p) => p.data.authors);
  const share = new Set(places).size / places.length;
  const parts = places.filter((name) => name.includes(', ')).map((name) => name.split(', '));
  const families = [...new Set(parts.map(([family]) => family!))];
  const givens = [...new Set(parts.map(([, given]) => given!))];
  const used = new Set(places.map((name) => name.toLowerCase()));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const fresh = (): string => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = `${pick(families)}, ${pick(givens)}`;
      if (!used.has(name.toLowerCase())) return name;
    }
    throw new Error('synthetic authors: no unused family and given name pair left');
  };
  return (list) => {
    let name = rand() < share ? fresh() : pick(places);
    for (let attempt = 0; list.includes(name); attempt++) name = attempt < 5 ? pick(places) : fresh();
    used.add(name.toLowerCase());
    places.push(name);
    return name;
  };
}

/**
 * `count` synthetic papers sampled from the real ones, field by field from the real distributions, so that
 * pages, cards, facets and the search index weigh what real entries weigh:
 * - the taxonomy placement (categories, groups, use of CLIP) comes whole from one real entry, so it is valid;
 * - the imaging facts (modalities, anatomy, datasets) whole from another, so they agree with each other;
 * - tasks, venue, year, code, date added each from a random real entry, names from real names with a number;
 * - authors as in authorSource: the number of authors of a random real entry, new people at the real rate;
 * - titles recombine two real title halves; summaries recombine real summary sentences (same length in
 *   sentences as a random real summary), so word frequencies and page sizes match.
 * An entry whose placement comes from a flagged real entry is flagged too (no summary, as real ones).
 */
export function synthesise(real: readonly RealPaper[], count: number, seed = 42): SyntheticPaper[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const entry = () => pick(real).data;
  const words = real.map((p) => p.data.title.split(/\s+/));
  const newAuthor = authorSource(real, rand);
  const names = [...new Set(real.flatMap((p) => p.data.names ?? []))];
  const summaries = real.map((p) => sentences(p.body));
  const pool = summaries.flat();
  // Titles are unique (the checker refuses duplicates): recombine until the title is new, else number it.
  const seen = new Set(real.map((p) => titleKey(p.data.title)));
  const newTitle = () => {
    let title = '';
    for (let attempt = 0; attempt < 20 && (!title || seen.has(titleKey(title))); attempt++) {
      const a = pick(words);
      const b = pick(words);
      title = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))].join(' ');
    }
    if (seen.has(titleKey(title))) title = `${title} ${seen.size}`;
    seen.add(titleKey(title));
    return title;
  };
  const out: SyntheticPaper[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const title = newTitle();
    const placement = entry();
    const imaging = entry();
    // A flagged real entry has no summary and may lack groups: its synthetic twin is flagged too.
    const shape = pick(summaries.filter((s) => s.length));
    const summary = placement.flagged || !pool.length ? '' : shape.map(() => pick(pool)).join(' ');
    const length = entry().authors.length;
    const paperLink = `https://example.org/papers/${id}`;
    const named = entry().names;
    const tasks = entry().tasks;
    const paper: Paper = {
      title,
      authors: Array.from({ length }).reduce<string[]>((list) => [...list, newAuthor(list)], []),
      venue: entry().venue,
      year: entry().year,
      categories: [...placement.categories],
      ...(placement.subgroups ? { subgroups: [...placement.subgroups] } : {}),
      ...(placement.clipUsage ? { clipUsage: [...placement.clipUsage] } : {}),
      ...(imaging.modalities ? { modalities: [...imaging.modalities] } : {}),
      ...(imaging.anatomy ? { anatomy: [...imaging.anatomy] } : {}),
      ...(imaging.datasets ? { datasets: structuredClone(imaging.datasets) } : {}),
      ...(tasks ? { tasks: [...tasks] } : {}),
      ...(named && names.length ? { names: [`${pick(names)}-${i}`] } : {}),
      links: {
        paper: paperLink,
        ...(entry().links.code ? { code: `https://github.com/example/${id}` } : {}),
      },
      added: entry().added,
      ...(summary
        ? { sources: [paperLink], checked: entry().checked ?? entry().added }
        : { flagged: 'Synthetic entry without a summary.' }),
    };
    out.push({ id, paper: paperSchema.parse(paper), summary });
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
  const real = loadCatalogue(root).papers;
  const extra = Math.max(0, total - real.length);
  for (const { id, paper, summary } of synthesise(real, extra, seed)) {
    writeFileSync(join(out, 'content/papers', `${id}.md`), paperToMarkdown(paper, summary));
  }
  return { papers: real.length + extra };
}
