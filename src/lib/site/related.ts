/**
 * "Related papers": for every paper, the papers most similar to it, computed once for the whole catalogue in
 * near-linear time. Each paper is a TF-IDF vector over what it is about: its facts (groups, modalities, anatomy,
 * tasks, datasets, uses of CLIP, method names) and the words of its title and summary. Features shared by a large
 * share of the catalogue (a whole category, "CLIP", chest X-ray in a chest X-ray catalogue) say little and would
 * make every paper a candidate of every other, so they are dropped; the remaining posting lists are short, and a
 * small top-k keeps the best candidates. Similarity is the cosine of the vectors.
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
 * A feature shared by more than this share of the catalogue is dropped (with a floor so a small catalogue keeps
 * its mid-frequency features).
 */
export const COMMON_SHARE = 0.12;
const COMMON_FLOOR = 12;

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
  return asciiFold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** The raw features of a paper with their term frequency and boost. */
function features(p: Relatable): Map<string, number> {
  const f = new Map<string, number>();
  const add = (key: string, boost: number) => f.set(key, (f.get(key) ?? 0) + boost);
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
  for (const w of words(d.title)) add(`w:${w}`, RELATED_BOOSTS.title);
  for (const w of words((p.body ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))) add(`w:${w}`, RELATED_BOOSTS.summary);
  return f;
}

/** Keep the `k` best candidates seen so far, best first (score, then newer year, then id). */
function topK(
  candidates: Iterable<[number, number]>,
  k: number,
  better: (a: [number, number], b: [number, number]) => number,
) {
  const best: [number, number][] = [];
  for (const c of candidates) {
    if (best.length === k && better(c, best[k - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && better(c, best[i - 1]!) < 0) i--;
    best.splice(i, 0, c);
    if (best.length > k) best.pop();
  }
  return best;
}

/**
 * For each paper id, up to `limit` related paper ids, best first (ties: newer year, then id). A paper is never
 * related to itself, and papers that share nothing distinctive are never listed.
 */
export function relatedPapers(papers: readonly Relatable[], limit = 5): Map<string, string[]> {
  const n = papers.length;
  const raw = papers.map(features);
  const df = new Map<string, number>();
  for (const f of raw) for (const key of f.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const maxDf = Math.max(COMMON_FLOOR, Math.ceil(COMMON_SHARE * n));
  // TF-IDF weights, unit length; features in one paper only or in too many are left out.
  const vectors = raw.map((f) => {
    const v = new Map<string, number>();
    for (const [key, tf] of f) {
      const k = df.get(key)!;
      if (k < 2 || k > maxDf || k === n) continue;
      v.set(key, (1 + Math.log(tf)) * Math.log(n / k));
    }
    const norm = Math.hypot(...v.values()) || 1;
    for (const [key, w] of v) v.set(key, w / norm);
    return v;
  });
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [key, w] of v) {
      const list = postings.get(key);
      if (list) list.push([i, w]);
      else postings.set(key, [[i, w]]);
    }
  });

  const scores = new Float64Array(n);
  const result = new Map<string, string[]>();
  const better = (a: [number, number], b: [number, number]) =>
    b[1] - a[1] ||
    papers[b[0]]!.data.year - papers[a[0]]!.data.year ||
    papers[a[0]]!.id.localeCompare(papers[b[0]]!.id);
  papers.forEach((p, i) => {
    const touched: number[] = [];
    for (const [key, w] of vectors[i]!) {
      for (const [j, wj] of postings.get(key)!) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += w * wj;
      }
    }
    const best = topK(
      touched.filter((j) => scores[j]! > 1e-9).map((j): [number, number] => [j, scores[j]!]),
      limit,
      better,
    );
    for (const j of touched) scores[j] = 0;
    result.set(
      p.id,
      best.map(([j]) => papers[j]!.id),
    );
  });
  return result;
}
