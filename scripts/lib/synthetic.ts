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
 * - the imaging facts (modalities, anatomy, datasets) whole from another, the topic source, so they agree with
 *   each other;
 * - the text follows the topic source, as a real paper's text follows what it images: the title joins the start
 *   of its title to the end of a peer's (a real paper imaging the same body region, with the same
 *   modality when three papers do), and the summary is its summary with one sentence swapped for a peer's. So a
 *   word like "chest" is on the pages of chest papers, on the share of pages it has in the real catalogue
 *   (fewer than three in five); drawing every sentence from the whole catalogue had put it on four in five
 *   (docs/benchmarks.md);
 * - tasks, venue, year, code, date added each from a random real entry, names from real names with a number;
 * - authors as in authorSource: the number of authors of a random real entry, new people at the real rate.
 * An entry whose placement comes from a flagged real entry is flagged too (no summary, as real ones); the others
 * take their topic from a real entry with a summary.
 */
export function synthesise(real: readonly RealPaper[], count: number, seed = 42): SyntheticPaper[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const entry = () => pick(real).data;
  const newAuthor = authorSource(real, rand);
  const names = [...new Set(real.flatMap((p) => p.data.names ?? []))];
  const summarised = real.filter((p) => sentences(p.body).length);
  // Peers image the same body region with the same modality, or failing three such papers the same region.
  const fine = Map.groupBy(summarised, (p) => `${p.data.anatomy?.[0]} ${p.data.modalities?.[0]}`);
  const coarse = Map.groupBy(summarised, (p) => p.data.anatomy?.[0] ?? p.data.modalities?.[0]);
  const peersOf = (p: RealPaper): readonly RealPaper[] => {
    const same = fine.get(`${p.data.anatomy?.[0]} ${p.data.modalities?.[0]}`) ?? [];
    return same.length >= 3 ? same : (coarse.get(p.data.anatomy?.[0] ?? p.data.modalities?.[0]) ?? [p]);
  };
  // The start or the end of a title, cut at a random word between a third and two thirds of it: with the cut
  // varying, the few papers of a small region give its synthetic papers enough distinct titles. (Cut in the
  // middle, they ran out at a few thousand papers, and the titles then borrowed halves of any real title: 7% of
  // the papers not imaging the chest said "chest" in their title, against almost none of the real ones.)
  const part = (title: string, second: boolean) => {
    const words = title.split(/\s+/);
    const low = Math.ceil(words.length / 3);
    const cut = low + Math.floor(rand() * (Math.max(low, Math.floor((2 * words.length) / 3)) - low + 1));
    return second ? words.slice(cut) : words.slice(0, cut);
  };
  // Titles are unique (the checker refuses duplicates): recombine until the title is new (the topic source's
  // start, then any peer's, then any paper's), else number it.
  const seen = new Set(real.map((p) => titleKey(p.data.title)));
  const newTitle = (source: RealPaper, near: readonly RealPaper[]) => {
    let title = '';
    for (let attempt = 0; attempt < 50 && (!title || seen.has(titleKey(title))); attempt++) {
      const first = attempt < 20 ? source : pick(attempt < 40 ? near : real);
      const second = pick(attempt < 40 ? near : real);
      title = [...part(first.data.title, false), ...part(second.data.title, true)].join(' ');
    }
    if (seen.has(titleKey(title))) title = `${title} ${seen.size}`;
    seen.add(titleKey(title));
    return title;
  };
  // What a real summary says about its subject stays together: drawing every sentence from the peers named a
  // region in fewer of the papers imaging it, and a paper of several regions kept only the first.
  const summaryOf = (source: RealPaper, near: readonly RealPaper[]) => {
    const text = sentences(source.body);
    text[Math.floor(rand() * text.length)] = pick(sentences(pick(near).body));
    return text.join(' ');
  };
  const out: SyntheticPaper[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const placement = entry();
    // A flagged real entry has no summary and may lack groups: its synthetic twin is flagged too.
    const withSummary = !placement.flagged && summarised.length > 0;
    const topic = withSummary ? pick(summarised) : pick(real);
    const near = peersOf(topic);
    const imaging = topic.data;
    const title = newTitle(topic, near);
    const summary = withSummary ? summaryOf(topic, near) : '';
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
