/**
 * Reading the YAML of an entry for the checker: a document that keeps line numbers, with syntax errors
 * explained in plain words (which key, what to do) instead of the parser's jargon. Entries are plain data,
 * so YAML's programming features are refused before any value is built: tags (`!!js/function`, which
 * Astro's parser would choke on at build time), anchors and aliases (the "billion laughs" alias bomb).
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import type { Problem } from './problem.ts';

/** A parsed YAML document and how to turn its offsets into file lines. */
export type Located = { doc: Document; counter: LineCounter; lineOffset: number };

/**
 * The file line of a node path; walks up to the deepest node that exists. A path ending in a field name
 * points at the line of the key ("authors:"), where a list or block value would start a line later.
 */
export function lineOf(loc: Located, path: readonly (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const last = sub.at(-1);
    if (typeof last === 'string' && loc.doc.hasIn(sub)) return keyLine(loc, sub.slice(0, -1), last);
    const node = sub.length === 0 ? loc.doc.contents : loc.doc.getIn(sub, true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return loc.counter.linePos(range[0]).line + loc.lineOffset;
  }
  return 1 + loc.lineOffset;
}

/** The file line of `key` inside the map at `parent` (for unknown keys: point at the key, not the value). */
export function keyLine(loc: Located, parent: readonly (string | number)[], key: string): number {
  const map = parent.length === 0 ? loc.doc.contents : loc.doc.getIn(parent, true);
  if (isMap(map)) {
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key) && item.key.value === key && item.key.range) {
        return loc.counter.linePos(item.key.range[0]).line + loc.lineOffset;
      }
    }
  }
  return lineOf(loc, parent);
}

/** The key written on a line, or on the nearest line above it: the field a syntax error belongs to. */
function keyNear(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^\s*(?:-\s+)?([A-Za-z][\w.-]*)\s*:/.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
}

/** Plain-language explanations of the parser's error codes; `key` is the field the error is in. */
function explain(error: YAMLError, key: string | undefined, text: string): string {
  const where = key ? ` in "${key}"` : '';
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const dup = /^\s*([^:\s]+)\s*:/.exec(text.slice(error.pos[0]))?.[1] ?? key;
      return `the field "${dup}" is written twice; keep one of the two lines (merge their values)`;
    }
    case 'TAB_AS_INDENT':
      return `a tab is used for indentation${where}; indent with spaces only (two per level)`;
    case 'MISSING_CHAR':
      return `a quote or bracket is opened but never closed${where}; close it on the same line`;
    case 'BAD_DQ_ESCAPE':
      return `a backslash${where} starts an unknown escape; inside "double quotes" write \\\\ for a backslash, or use 'single quotes'`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `this line is indented as if it belonged to the line above${where}, or a value contains ": "; start each field at the left margin, indent list items by two spaces, and put values containing ": " in "double quotes"`;
    case 'BAD_INDENT':
      return `the indentation is inconsistent${where}; indent list items ("- ") and sub-fields by two spaces, and close any [ or { that you opened`;
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
      return `unexpected text${where}; each line is "field: value" or a list item "- value" under a field, and values starting with @, \`, %, |, > or a quote must be quoted`;
    case 'MULTIPLE_DOCS':
      return 'a second "---" line starts another document; the front matter is one block between two "---" lines';
    case 'KEY_OVER_1024_CHARS':
      return 'a field name is far too long; a value probably lost its "field:" prefix';
    default:
      return `the YAML cannot be read${where} (${error.message.split('\n')[0]}); check indentation and quote values containing ": " or starting with a special character`;
  }
}

/** Refuse tags, anchors and aliases: entries are plain data. Returns the first offending node's problem. */
function programmingFeature(doc: Document): { offset: number; message: string } | undefined {
  let found: { offset: number; message: string } | undefined;
  visit(doc, {
    Node(_, node) {
      const offset = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
      if (isAlias(node)) {
        found = {
          offset,
          message: `the alias "*${node.source}" repeats another value; aliases and anchors are not allowed in entries: write the value out`,
        };
      } else if (node.anchor) {
        found = {
          offset,
          message: `the anchor "&${node.anchor}" is not allowed in entries; remove it and write every value out`,
        };
      } else if (node.tag) {
        found = {
          offset,
          message: `the YAML tag "${node.tag.replace('tag:yaml.org,2002:', '!!')}" is not allowed: entries are plain data; remove it and write the value as text, a number or a list`,
        };
      }
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

/**
 * Parse the YAML text of an entry. `lineOffset` is added to every line (front matter starts on line 2).
 * On failure, pushes one problem (the first error: later ones usually follow from it) and returns undefined.
 */
export function parseEntryYaml(
  file: string,
  text: string,
  lineOffset: number,
  problems: Problem[],
): Located | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = counter.linePos(first.pos[0]).line;
    const more =
      doc.errors.length > 1 ? ' (fix this first: the other YAML errors in the file probably follow from it)' : '';
    problems.push({
      file,
      line: line + lineOffset,
      field: '(yaml)',
      message: `YAML syntax error: ${explain(first, keyNear(text, line), text)}${more}`,
    });
    return undefined;
  }
  const feature = programmingFeature(doc);
  if (feature) {
    problems.push({
      file,
      line: counter.linePos(feature.offset).line + lineOffset,
      field: '(yaml)',
      message: feature.message,
    });
    return undefined;
  }
  return { doc, counter, lineOffset };
}
