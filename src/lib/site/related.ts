/**
 * "Related papers": for every paper, the papers that share the most with it, computed once for the whole
 * catalogue. Shared features are categories, modalities and significant title terms; rare title terms count
 * more than common ones (inverse document frequency), so "CLIP" or "medical" alone do not make papers related,
 * and no single title term outweighs a shared category.
 */
import { titleWords } from '../catalogue/names.ts';

/** What the scoring needs of a paper. */
type Relatable = {
  id: string;
  data: { title: string; year: number; categories: readonly string[]; modalities?: readonly string[] };
};

/** Weights of one shared feature. Exported so the tests can reason about the ranking. */
export const RELATED_WEIGHTS = { category: 3, modality: 2, term: 2 } as const;

/**
 * For each paper id, up to `limit` related paper ids, best first (ties: newer year, then id).
 * A paper is never related to itself, and papers that share nothing are never listed.
 * Runs through inverted lists, so the cost grows with the features shared, not with papers squared.
 */
export function relatedPapers(papers: readonly Relatable[], limit = 5): Map<string, string[]> {
  const n = papers.length;
  const features: Map<string, number>[] = [];
  const postings = new Map<string, number[]>();
  const termDocs = new Map<string, number>();
  const termsOf = papers.map((p) => new Set(titleWords(p.data.title).filter((w) => w.length > 2)));
  for (const terms of termsOf) for (const t of terms) termDocs.set(t, (termDocs.get(t) ?? 0) + 1);

  const maxIdf = Math.log(Math.max(n, 3) / 2);
  papers.forEach((p, i) => {
    const f = new Map<string, number>();
    for (const c of p.data.categories) f.set(`c:${c}`, RELATED_WEIGHTS.category);
    for (const m of p.data.modalities ?? []) f.set(`m:${m}`, RELATED_WEIGHTS.modality);
    for (const t of termsOf[i]!) {
      const df = termDocs.get(t)!;
      // a term found in one paper only relates nothing; idf makes rare shared terms count most, scaled so that
      // the rarest shared term weighs RELATED_WEIGHTS.term (less than a shared category)
      if (df > 1) f.set(`t:${t}`, (RELATED_WEIGHTS.term * Math.log(n / df)) / maxIdf);
    }
    features.push(f);
    for (const key of f.keys()) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });

  const scores = new Float64Array(n);
  const result = new Map<string, string[]>();
  papers.forEach((p, i) => {
    const touched: number[] = [];
    for (const [key, weight] of features[i]!) {
      for (const j of postings.get(key)!) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        // a feature's weight is the same on both sides, so the shared weight is that weight
        scores[j]! += weight;
      }
    }
    const ranked = touched
      .filter((j) => scores[j]! > 0)
      .sort(
        (a, b) =>
          scores[b]! - scores[a]! ||
          papers[b]!.data.year - papers[a]!.data.year ||
          papers[a]!.id.localeCompare(papers[b]!.id),
      )
      .slice(0, limit)
      .map((j) => papers[j]!.id);
    for (const j of touched) scores[j] = 0;
    result.set(p.id, ranked);
  });
  return result;
}
