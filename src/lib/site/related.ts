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

/** Significant words of a text: folded to ASCII, lowercase, stop words and short tokens out, plural "s" off. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of asciiFold(text).match(/[a-z0-9]{3,}/g) ?? []) {
    // A number alone says nothing; the first character decides cheaply for most words.
    if (STOP.has(w) || (w.charCodeAt(0) <= 57 && /^\d+$/.test(w))) continue;
    out.push(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/** A paper's raw features: feature numbers, each once, and their term frequency times boost, position by position. */
type Raw = { ids: number[]; tf: number[] };

/**
 * The raw features of a paper (`intern` gives each feature text its number; `scratch` is a zeroed array of a number
 * per feature, used to sum frequencies without a Map per paper and left zeroed). Facts are "<kind>:<value>"; words,
 * which never hold a colon, are themselves.
 */
function features(p: Relatable, intern: (key: string) => number, scratch: number[]): Raw {
  const ids: number[] = [];
  const add = (key: string, boost: number) => {
    const id = intern(key);
    if (id === scratch.length) scratch.push(0);
    if (scratch[id] === 0) ids.push(id);
    scratch[id]! += boost;
  };
  const d = p.data;
  for (const c of d.categories) add(`c:${c}`, RELATED_BOOSTS.category);
  for (const [prefix, list] of [
    ['g', d.subgroups],
    ['m', d.modalities],
    ['a', d.anatomy],
    ['k', d.tasks],
    ['u', d.clipUsage],
    ['d', [...(d.datasets?.training ?? []), ...(d.datasets?.evaluation ?? [])]],
  ] as const) {
    for (const v of new Set(list ?? [])) add(`${prefix}:${v}`, RELATED_BOOSTS.fact);
  }
  for (const n of d.names ?? []) add(`n:${asciiFold(n)}`, RELATED_BOOSTS.name);
  for (const w of words(d.title)) add(w, RELATED_BOOSTS.title);
  const body = p.body ?? '';
  // Link targets are not words of the summary: "[text](url)" counts as "text".
  const text = body.includes('](') ? body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') : body;
  for (const w of words(text)) add(w, RELATED_BOOSTS.summary);
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

/** A paper's TF-IDF vector: feature numbers in increasing order, and their weights (unit length). */
type Vector = { ids: Int32Array; weights: Float64Array };

/**
 * Cosine of a paper's unit vector, spread into `dense` (weight by feature number, zero elsewhere), with another's:
 * one pass over the other's features, summed in increasing feature order (so the same sum as a merge of both).
 */
function cosine(dense: Float64Array, b: Vector): number {
  let sum = 0;
  for (let y = 0; y < b.ids.length; y++) {
    const w = dense[b.ids[y]!]!;
    if (w !== 0) sum += w * b.weights[y]!;
  }
  return sum;
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
  const numbers = new Map<string, number>();
  const intern = (key: string) => {
    let id = numbers.get(key);
    if (id === undefined) numbers.set(key, (id = numbers.size));
    return id;
  };
  const scratch: number[] = [];
  const raw = papers.map((p) => features(p, intern, scratch));
  const df = new Int32Array(numbers.size);
  for (const f of raw) for (const id of f.ids) df[id]!++;
  const maxDf = Math.max(COMMON_FLOOR, Math.ceil(COMMON_SHARE * n));
  // TF-IDF weights, unit length; features of one paper only, or of every paper, say nothing and are left out.
  // Common features (above maxDf) stay in the vectors with their low weight, but find no candidates (below).
  const vectors: Vector[] = raw.map((f) => {
    f.ids.forEach((id, x) => (scratch[id] = f.tf[x]!));
    const ids = Int32Array.from(f.ids.filter((id) => df[id]! >= 2 && df[id]! < n)).sort();
    const weights = new Float64Array(ids.length);
    let squares = 0;
    for (let x = 0; x < ids.length; x++) {
      const w = (1 + Math.log(scratch[ids[x]!]!)) * Math.log(n / df[ids[x]!]!);
      weights[x] = w;
      squares += w * w;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let x = 0; x < ids.length; x++) weights[x]! /= norm;
    for (const id of f.ids) scratch[id] = 0;
    return { ids, weights };
  });
  // Posting lists: for each feature, the papers having it, heaviest first, at most MAX_POSTINGS; flat typed
  // arrays (paper, weight), so the scoring loop reads memory in order.
  const sizes = new Int32Array(numbers.size);
  for (const v of vectors) for (const id of v.ids) if (df[id]! <= maxDf) sizes[id]!++;
  const postings = Array.from(sizes, (size) => ({ papers: new Int32Array(size), weights: new Float64Array(size) }));
  const filled = new Int32Array(numbers.size);
  vectors.forEach((v, i) =>
    v.ids.forEach((id, x) => {
      if (df[id]! > maxDf) return;
      postings[id]!.papers[filled[id]!] = i;
      postings[id]!.weights[filled[id]!++] = v.weights[x]!;
    }),
  );
  postings.forEach((list, id) => {
    if (list.papers.length <= MAX_POSTINGS) return;
    // The MAX_POSTINGS heaviest, in paper order: the weight of the MAX_POSTINGS-th by a native numeric sort of a
    // copy (a comparator sort of thousands of postings per common word was most of the time at 10,000 papers),
    // then those above it, then as many of those equal to it as fit.
    const size = list.papers.length;
    const cut = list.weights.slice().sort()[size - MAX_POSTINGS]!;
    let above = 0;
    for (let y = 0; y < size; y++) if (list.weights[y]! > cut) above++;
    let ties = MAX_POSTINGS - above;
    const kept = { papers: new Int32Array(MAX_POSTINGS), weights: new Float64Array(MAX_POSTINGS) };
    for (let y = 0, k = 0; y < size && k < MAX_POSTINGS; y++) {
      const w = list.weights[y]!;
      if (w < cut || (w === cut && ties-- <= 0)) continue;
      kept.papers[k] = list.papers[y]!;
      kept.weights[k++] = w;
    }
    postings[id] = kept;
  });

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
  const bestJ = new Int32Array(limit);
  const bestS = new Float64Array(limit);
  // The papers a paper's features reach (each once), reused from paper to paper.
  const touched = new Int32Array(n);
  // The current paper's vector by feature number, for the exact scores of its candidates.
  const dense = new Float64Array(numbers.size);
  papers.forEach((p, i) => {
    const v = vectors[i]!;
    // The MAX_FEATURES heaviest features: those at least as heavy as the MAX_FEATURES-th weight.
    const threshold = v.weights.length > MAX_FEATURES ? v.weights.slice().sort()[v.weights.length - MAX_FEATURES]! : 0;
    let touchedCount = 0;
    for (let x = 0; x < v.ids.length; x++) {
      const w = v.weights[x]!;
      if (w < threshold) continue;
      const list = postings[v.ids[x]!]!;
      for (let y = 0; y < list.papers.length; y++) {
        const j = list.papers[y]!;
        if (j === i) continue;
        if (partial[j] === 0) touched[touchedCount++] = j;
        partial[j]! += w * list.weights[y]!;
      }
    }
    let kept = 0;
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      kept = insertBest(keptJ, keptS, kept, RESCORE, j, partial[j]!, before);
      partial[j] = 0;
    }
    for (let x = 0; x < v.ids.length; x++) dense[v.ids[x]!] = v.weights[x]!;
    let found = 0;
    for (let c = 0; c < kept; c++) {
      const j = keptJ[c]!;
      const score = cosine(dense, vectors[j]!);
      if (score > 1e-9) found = insertBest(bestJ, bestS, found, limit, j, score, before);
    }
    for (let x = 0; x < v.ids.length; x++) dense[v.ids[x]!] = 0;
    result.set(
      p.id,
      Array.from(bestJ.subarray(0, found), (j) => papers[j]!.id),
    );
  });
  return result;
}
