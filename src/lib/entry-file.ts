/** Writing a paper entry file: YAML front matter in a fixed key order, then the optional summary. */
import { stringify } from 'yaml';
import type { Paper } from '../schemas/paper.ts';

const KEY_ORDER: (keyof Paper)[] = [
  'title',
  'authors',
  'venue',
  'year',
  'categories',
  'modalities',
  'links',
  'arxiv',
  'doi',
  'added',
  'notes',
];

/** Serialise a paper to the text of content/papers/<id>.md. Undefined fields are left out. */
export function paperToMarkdown(paper: Paper, summary = ''): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = paper[key];
    if (value !== undefined) ordered[key] = value;
  }
  const yaml = stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  const body = summary.trim();
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}
