/**
 * "Related papers": for every paper, the papers most similar to it, computed once for the whole catalogue in
 * near-linear time. Each paper is a TF-IDF vector over what it is about: its facts (groups, modalities, anatomy,
 * tasks, datasets, uses of CLIP, method names) and the words of its title and summary. Features shared by a large
 * share of the catalogue (a whole category, "CLIP", chest X-ray in a chest X-ray catalogue) say little and would
 * make every paper a candidate of every other, so they find no candidates; every list of candidates is bounded
 * (see relatedPapers), and a small top-k keeps the best. Similarity is the cosine of the TF-IDF vectors, in which
 * common features still count with their low weight.
 */
import { asciiFold } from '../catalogue/names.ts';

/** What the scoring needs of a paper. */
export type Relatable = {
  id: string;
  body?: string | undefined;
  data: {
    title: string;
    year: number;
    categories: readonly string[];
    names?: readonly string[] | undefined;
    subgroups?: readonly string[] | undefined;
    modalities?: readonly string[] | undefined;
    anatomy?: readonly string[] | undefined;
    tasks?: readonly string[] | undefined;
    clipUsage?: readonly string[] | undefined;
    datasets?: { training?: readonly string[] | undefined; evaluation?: readonly string[] | undefined } | undefined;
  };
};

/** How much each kind of feature counts relative to a summary word. */
export const RELATED_BOOSTS = { fact: 2, name: 3, title: 1.5, summary: 1, category: 1 } as const;

/**
 * A feature shared by more than this share of the catalogue finds no candidates (with a floor so a small
 * catalogue keeps its mid-frequency features); it still counts, with its low weight, when candidates are scored.
 */
export const COMMON_SHARE = 0.25;
const COMMON_FLOOR = 12;
/** Candidates of a paper come through at most this many of its features, the heaviest ones ... */
const MAX_FEATURES = 12;
/** ... and through at most this many papers per feature, those where the feature weighs most. */
const MAX_POSTINGS = 50;
/** How many candidates are scored exactly before the best `limit` are kept. */
const RESCORE = 20;

const STOP = new Set(
  (
    'a an and are as at be by can clip contrastive data do does for from how in into is it its language learning ' +
    'medical model models of on or paper pre pretraining pre-training propose proposed that the their them these ' +
    'this to towards toward training trained uses using via vision vision-language visual what when which while ' +
    'with within without image images text texts based approach method methods new show shows results task tasks'
  ).split(' '),
);

/** The significant word a lowercase ASCII token stands for, or '' when it says nothing (a stop word, a number). */
function significant(w: string): string {
  // A number alone says nothing; the first character decides cheaply for most words.
  if (STOP.has(w) || (w.charCodeAt(0) <= 57 && /^\d+$/.test(w))) return '';
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** The raw tokens of a text: folded to ASCII, lowercase, runs of three or more letters and digits. */
function tokens(text: string): string[] {
  return asciiFold(text).match(/[a-z0-9]{3,}/g) ?? [];
}

/** Significant words of a text: folded to ASCII, lowercase, stop words and short tokens out, plural "s" off. */
export function words(text: string): string[] {
  return tokens(text).map(significant).filter(Boolean);
}

/** A paper's raw features: feature numbers, each once, and their term frequency times boost, position by position. */
type Raw = { ids: number[]; tf: number[] };

/**
 * Feature numbers for one call of relatedPapers: `key` numbers a feature text; `word` numbers the significant word
 * a raw token stands for, or gives -1, remembering the answer per token (a summary's tokens repeat across a
 * catalogue, so each distinct token is folded and looked up once). `scratch` is a zeroed array of a number per
 * feature, used to sum frequencies without a Map per paper and left zeroed.
 */
type Interner = { key: (text: string) => number; word: (token: string) => number; scratch: number[] };

function interner(): Interner & { size: () => number } {
  const numbers = new Map<string, number>();
  const tokens = new Map<string, number>();
  const key = (text: string) => {
    let id = numbers.get(text);
    if (id === undefined) numbers.set(text, (id = numbers.size));
    return id;
  };
  const word = (token: string) => {
    let id = tokens.get(token);
    if (id === undefined) {
      const w = significant(token);
      tokens.set(token, (id = w ? key(w) : -1));
    }
    return id;
  };
  return { key, word, scratch: [], size: () => numbers.size };
}

/** The raw features of a paper. Facts are "<kind>:<value>"; words, which never hold a colon, are themselves. */
function features(p: Relatable, { key, word, scratch }: Interner): Raw {
  const ids: number[] = [];
  const addId = (id: number, boost: number) => {
    while (id >= scratch.length) scratch.push(0);
    if (scratch[id] === 0) ids.push(id);
    scratch[id]! += boost;
  };
  const addText = (text: string, boost: number) => {
    for (const token of tokens(text)) {
      const id = word(token);
      if (id >= 0) addId(id, boost);
    }
  };
  const d = p.data;
  for (const c of d.categories) addId(key(`c:${c}`), RELATED_BOOSTS.category);
  for (const [prefix, list] of [
    ['g', d.subgroups],
    ['m', d.modalities],
    ['a', d.anatomy],
    ['k', d.tasks],
    ['u', d.clipUsage],
    ['d', [...(d.datasets?.training ?? []), ...(d.datasets?.evaluation ?? [])]],
  ] as const) {
    for (const v of new Set(list ?? [])) addId(key(`${prefix}:${v}`), RELATED_BOOSTS.fact);
  }
  for (const n of d.names ?? []) addId(key(`n:${asciiFold(n)}`), RELATED_BOOSTS.name);
  addText(d.title, RELATED_BOOSTS.title);
  const body = p.body ?? '';
  // Link targets are not words of the summary: "[text](url)" counts as "text".
  addText(body.includes('](') ? body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') : body, RELATED_BOOSTS.summary);
  const tf = ids.map((id) => scratch[id]!);
  for (const id of ids) scratch[id] = 0;
  return { ids, tf };
}

/**
 * Inserts candidate `j` with score `s` into the best-first lists `js`/`ss` holding `count` of at most `cap`
 * (`before(j, s, k, t)`: j with score s ranks before k with score t); returns the new count. A candidate that
 * ranks after a full list's last is not inserted.
 */
function insertBest(
  js: Int32Array,
  ss: Float64Array,
  count: number,
  cap: number,
  j: number,
  s: number,
  before: (j: number, s: number, k: number, t: number) => boolean,
): number {
  if (cap === 0) return 0;
  if (count === cap && !before(j, s, js[cap - 1]!, ss[cap - 1]!)) return count;
  let at = count === cap ? cap - 1 : count;
  while (at > 0 && before(j, s, js[at - 1]!, ss[at - 1]!)) at--;
  js.copyWithin(at + 1, at, cap - 1);
  ss.copyWithin(at + 1, at, cap - 1);
  js[at] = j;
  ss[at] = s;
  return count === cap ? cap : count + 1;
}

/**
 * Sparse vectors or lists laid end to end in two flat typed arrays: item i holds positions start[i] to
 * start[i + 1] - 1 of `ids` (feature or paper numbers) and `weights`, so the scoring loops read memory in order and
 * allocate nothing per paper.
 */
type Flat = { start: Int32Array; ids: Int32Array; weights: Float64Array };

/**
 * Cosine of a paper's unit vector, spread into `dense` (weight by feature number, zero elsewhere), with vector `j`
 * of `v`: one pass over its features, summed in increasing feature order (so the same sum as a merge of both).
 */
function cosine(dense: Float64Array, v: Flat, j: number): number {
  let sum = 0;
  for (let y = v.start[j]!, end = v.start[j + 1]!; y < end; y++) {
    const w = dense[v.ids[y]!]!;
    if (w !== 0) sum += w * v.weights[y]!;
  }
  return sum;
}

/**
 * The `k`-th largest of the first `count` scores (-Infinity when there are k or fewer: nothing to cut), through a
 * min-heap of the k largest seen, kept in `heap` (length at least k). Scores below it cannot be among the best k.
 */
export function kthLargest(scores: Float64Array, count: number, k: number, heap: Float64Array): number {
  if (count <= k) return -Infinity;
  let size = 0;
  for (let t = 0; t < count; t++) {
    const s = scores[t]!;
    if (size < k) {
      // Sift up.
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (heap[parent]! <= s) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = s;
    } else if (s > heap[0]!) {
      // Replace the smallest and sift down.
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= k) break;
        if (child + 1 < k && heap[child + 1]! < heap[child]!) child++;
        if (heap[child]! >= s) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = s;
    }
  }
  return heap[0]!;
}

/**
 * For each paper id, up to `limit` related paper ids, best first (ties: newer year, then id). A paper is never
 * related to itself, and papers that share nothing distinctive are never listed.
 *
 * Cost: candidates come only through a paper's MAX_FEATURES heaviest features, and through each feature's
 * MAX_POSTINGS heaviest papers, so a paper looks at a bounded number of others whatever the catalogue's size;
 * the best RESCORE candidates are then scored exactly (the full cosine, common features included).
 */
export function relatedPapers(papers: readonly Relatable[], limit = 5): Map<string, string[]> {
  const n = papers.length;
  // Features as numbers, so vectors are sorted arrays and the scoring loops never hash a string.
  const numbering = interner();
  const raw = papers.map((p) => features(p, numbering));
  const featureCount = numbering.size();
  const scratch = numbering.scratch;
  const df = new Int32Array(featureCount);
  for (const f of raw) for (const id of f.ids) df[id]!++;
  const maxDf = Math.max(COMMON_FLOOR, Math.ceil(COMMON_SHARE * n));
  // TF-IDF weights, unit length; features of one paper only, or of every paper, say nothing and are left out.
  // Common features (above maxDf) stay in the vectors with their low weight, but find no candidates (below).
  const vectors: Flat = { start: new Int32Array(n + 1), ids: new Int32Array(0), weights: new Float64Array(0) };
  const kept = raw.map((f) => Int32Array.from(f.ids.filter((id) => df[id]! >= 2 && df[id]! < n)).sort());
  kept.forEach((ids, i) => (vectors.start[i + 1] = vectors.start[i]! + ids.length));
  vectors.ids = new Int32Array(vectors.start[n]!);
  vectors.weights = new Float64Array(vectors.start[n]!);
  raw.forEach((f, i) => {
    f.ids.forEach((id, x) => (scratch[id] = f.tf[x]!));
    const ids = kept[i]!;
    const from = vectors.start[i]!;
    let squares = 0;
    for (let x = 0; x < ids.length; x++) {
      const w = (1 + Math.log(scratch[ids[x]!]!)) * Math.log(n / df[ids[x]!]!);
      vectors.ids[from + x] = ids[x]!;
      vectors.weights[from + x] = w;
      squares += w * w;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let x = from; x < from + ids.length; x++) vectors.weights[x]! /= norm;
    for (const id of f.ids) scratch[id] = 0;
  });
  const postings = postingLists(vectors, df, maxDf);

  const partial = new Float64Array(n);
  const result = new Map<string, string[]>();
  // Best first: higher score, then newer year, then id (compared only on a tie, which is rare).
  const before = (j: number, s: number, k: number, t: number) =>
    s !== t
      ? s > t
      : papers[j]!.data.year !== papers[k]!.data.year
        ? papers[j]!.data.year > papers[k]!.data.year
        : papers[j]!.id.localeCompare(papers[k]!.id) < 0;
  // The best RESCORE candidates by partial score, then the best `limit` by exact score, in small typed arrays
  // reused from paper to paper (no tuple per candidate: there are hundreds per paper).
  const keptJ = new Int32Array(RESCORE);
  const keptS = new Float64Array(RESCORE);
  const heap = new Float64Array(RESCORE);
  const bestJ = new Int32Array(limit);
  const bestS = new Float64Array(limit);
  // The papers a paper's features reach (each once) and their partial scores, reused from paper to paper.
  const touched = new Int32Array(n);
  const touchedS = new Float64Array(n);
  // The current paper's vector by feature number, for the exact scores of its candidates.
  const dense = new Float64Array(featureCount);
  const heaviest = new Float64Array(MAX_FEATURES);
  for (let i = 0; i < n; i++) {
    const from = vectors.start[i]!;
    const to = vectors.start[i + 1]!;
    // The MAX_FEATURES heaviest features: those at least as heavy as the MAX_FEATURES-th weight.
    const threshold = Math.max(0, kthLargest(vectors.weights.subarray(from, to), to - from, MAX_FEATURES, heaviest));
    let touchedCount = 0;
    for (let x = from; x < to; x++) {
      const w = vectors.weights[x]!;
      if (w < threshold) continue;
      const feature = vectors.ids[x]!;
      for (let y = postings.start[feature]!, end = postings.start[feature + 1]!; y < end; y++) {
        const j = postings.ids[y]!;
        if (j === i) continue;
        if (partial[j] === 0) touched[touchedCount++] = j;
        partial[j]! += w * postings.weights[y]!;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      touchedS[t] = partial[j]!;
      partial[j] = 0;
    }
    // Only candidates at least as good as the RESCORE-th can be among the best RESCORE.
    const cut = kthLargest(touchedS, touchedCount, RESCORE, heap);
    let count = 0;
    for (let t = 0; t < touchedCount; t++) {
      if (touchedS[t]! >= cut) count = insertBest(keptJ, keptS, count, RESCORE, touched[t]!, touchedS[t]!, before);
    }
    for (let x = from; x < to; x++) dense[vectors.ids[x]!] = vectors.weights[x]!;
    let found = 0;
    for (let c = 0; c < count; c++) {
      const j = keptJ[c]!;
      const score = cosine(dense, vectors, j);
      if (score > 1e-9) found = insertBest(bestJ, bestS, found, limit, j, score, before);
    }
    for (let x = from; x < to; x++) dense[vectors.ids[x]!] = 0;
    result.set(
      papers[i]!.id,
      Array.from(bestJ.subarray(0, found), (j) => papers[j]!.id),
    );
  }
  return result;
}

/**
 * Posting lists: for each feature not shared by more than `maxDf` papers, the papers having it, at most
 * MAX_POSTINGS: those where it weighs most, in paper order.
 */
function postingLists(vectors: Flat, df: Int32Array, maxDf: number): Flat {
  const features = df.length;
  const sizes = new Int32Array(features);
  for (const id of vectors.ids) if (df[id]! <= maxDf) sizes[id]!++;
  // Every paper of each feature first, then each feature's list cut to its MAX_POSTINGS heaviest in place.
  const all: Flat = { start: new Int32Array(features + 1), ids: new Int32Array(0), weights: new Float64Array(0) };
  for (let f = 0; f < features; f++) all.start[f + 1] = all.start[f]! + sizes[f]!;
  all.ids = new Int32Array(all.start[features]!);
  all.weights = new Float64Array(all.start[features]!);
  const filled = all.start.slice(0, features);
  for (let i = 0; i + 1 < vectors.start.length; i++) {
    for (let x = vectors.start[i]!; x < vectors.start[i + 1]!; x++) {
      const id = vectors.ids[x]!;
      if (df[id]! > maxDf) continue;
      all.ids[filled[id]!] = i;
      all.weights[filled[id]!++] = vectors.weights[x]!;
    }
  }
  const out: Flat = { start: new Int32Array(features + 1), ids: new Int32Array(0), weights: new Float64Array(0) };
  const heap = new Float64Array(MAX_POSTINGS);
  for (let f = 0; f < features; f++) out.start[f + 1] = out.start[f]! + Math.min(sizes[f]!, MAX_POSTINGS);
  out.ids = new Int32Array(out.start[features]!);
  out.weights = new Float64Array(out.start[features]!);
  for (let f = 0; f < features; f++) {
    const from = all.start[f]!;
    const size = sizes[f]!;
    let k = out.start[f]!;
    if (size <= MAX_POSTINGS) {
      out.ids.set(all.ids.subarray(from, from + size), k);
      out.weights.set(all.weights.subarray(from, from + size), k);
      continue;
    }
    // The weight of the MAX_POSTINGS-th heaviest, then those above it, then as many of those equal to it as fit.
    const weights = all.weights.subarray(from, from + size);
    const cut = kthLargest(weights, size, MAX_POSTINGS, heap);
    let above = 0;
    for (let y = 0; y < size; y++) if (weights[y]! > cut) above++;
    let ties = MAX_POSTINGS - above;
    for (let y = 0; y < size && k < out.start[f + 1]!; y++) {
      const w = weights[y]!;
      if (w < cut || (w === cut && ties-- <= 0)) continue;
      out.ids[k] = all.ids[from + y]!;
      out.weights[k++] = w;
    }
  }
  return out;
}
