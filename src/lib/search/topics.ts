/**
 * The catalogue's own pages that a search's words name. When a query is, or holds as a phrase, the name of a
 * category, group, modality, anatomy, task, use of CLIP, dataset, venue or year, the search page links that page
 * above the results ("Dataset: MIMIC-CXR (51 papers)"), where its description, its feed and all its papers are.
 * The topics are built once per build (topic-pages.ts) and matched here, in the browser, so this module imports only
 * names.ts, which imports nothing.
 */
import { asciiFold } from '../catalogue/names.ts';

/** A page a query can name: what it is, its name, its path from the site root, its papers, the names it answers to. */
export type Topic = { kind: string; label: string; path: string; count: number; names: string[] };

/** At most this many pages are offered for one query. */
export const MAX_TOPICS = 5;

/**
 * A name or a query as they are compared: accents, case and punctuation (hyphens, slashes, apostrophes) set
 * aside, words separated by single spaces. "Chest X-ray" and "chest x ray" are one key; "xray" is another.
 */
export function topicKey(text: string): string {
  return asciiFold(text)
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** Topics as the search page carries them: the kinds once, then per topic [kind, label, path, count, ...other names]. */
type Packed = { kinds: string[]; topics: [number, string, string, number, ...string[]][] };

/** The JSON the search page carries (data-topics): each topic's names without its label's, which unpacking adds. */
export function packTopics(topics: readonly Topic[]): string {
  const kinds = [...new Set(topics.map((t) => t.kind))];
  const packed: Packed = {
    kinds,
    topics: topics.map((t) => [
      kinds.indexOf(t.kind),
      t.label,
      t.path,
      t.count,
      ...t.names.filter((n) => n !== topicKey(t.label)),
    ]),
  };
  return JSON.stringify(packed);
}

/** The topics packTopics wrote. */
export function unpackTopics(json: string): Topic[] {
  const { kinds, topics } = JSON.parse(json) as Packed;
  return topics.map(([kind, label, path, count, ...names]) => ({
    kind: kinds[kind]!,
    label,
    path,
    count,
    names: [topicKey(label), ...names],
  }));
}

/**
 * The pages a query names, in the order the query names them (at most MAX_TOPICS). A name matches when it is the
 * whole query or a run of whole words in it. A name of three characters or fewer ("CT", "US", "MSD") matches only
 * as the whole query or written in capitals, so that "us" or "ct" inside a sentence names nothing. A name inside a
 * longer matched name ("X-ray" in "chest X-ray") is not offered on its own, nor is a page matched by an alias where
 * another page is matched by its own name for the same words ("classification" is the category Classification,
 * not the task whose alias it is).
 */
export function topicsFor(query: string, topics: readonly Topic[]): Topic[] {
  const q = topicKey(query);
  if (!q) return [];
  const capitals = new Set(
    query
      .split(/[^\p{L}\p{N}&]+/u)
      .filter((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase())
      .map((w) => w.toLowerCase()),
  );
  const padded = ` ${q} `;
  type Hit = { topic: Topic; start: number; end: number; byName: boolean };
  const hits: Hit[] = [];
  for (const topic of topics) {
    let best: Hit | undefined;
    for (const name of topic.names) {
      if (name.length <= 3 && name !== q && !name.split(' ').every((w) => capitals.has(w) || /^\d+$/.test(w))) continue;
      const at = padded.indexOf(` ${name} `);
      if (at < 0) continue;
      const hit = { topic, start: at, end: at + name.length, byName: name === topic.names[0] };
      const longer = !best || hit.end - hit.start > best.end - best.start;
      const asLong = best && hit.end - hit.start === best.end - best.start;
      if (longer || (asLong && hit.byName && !best!.byName)) best = hit;
    }
    if (best) hits.push(best);
  }
  const longestFirst = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Hit[] = [];
  for (const hit of longestFirst) {
    const inside = kept.some((k) => k.end - k.start > hit.end - hit.start && k.start <= hit.start && hit.end <= k.end);
    const outnamed = !hit.byName && hits.some((h) => h.byName && h.start === hit.start && h.end === hit.end);
    if (!inside && !outnamed) kept.push(hit);
  }
  return kept
    .sort((a, b) => a.start - b.start || topics.indexOf(a.topic) - topics.indexOf(b.topic))
    .slice(0, MAX_TOPICS)
    .map((h) => h.topic);
}
