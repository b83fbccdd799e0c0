/**
 * A paper's summary (the Markdown body of its entry): text with light Markdown only.
 * One parser (mdast, CommonMark) serves both layers of defence:
 * - `summaryProblems` is what `npm run check` reports: raw HTML, images, headings, and links or
 *   definitions whose URL is not https (after entity decoding, which the parser does) are refused;
 * - `renderSummary` is what the site publishes: the same tree turned into HTML with raw HTML dropped,
 *   then sanitised against an allow-list (hast-util-sanitize), so a checker bug cannot publish script.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import type { Element } from 'hast';
import { leadSentence, CARD_ANCHORS } from '../search/card-meta.ts';

/** Longest summary accepted: two to four sentences fit easily. */
export const SUMMARY_MAX_CHARS = 1500;

/** Elements a rendered summary may contain, and the one attribute it may carry. */
const SCHEMA: Schema = {
  tagNames: ['p', 'em', 'strong', 'code', 'ul', 'ol', 'li', 'a', 'br'],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: ['https'] },
  strip: ['script', 'style'],
  clobberPrefix: '',
  clobber: [],
  ancestors: {},
  required: {},
};

/** Markdown constructs a summary may use. Everything else is refused by the checker. */
const ALLOWED = new Set([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'list',
  'listItem',
  'link',
  'linkReference',
  'definition',
  'break',
]);

/** What to write instead of a refused construct. */
const REFUSED: Record<string, string> = {
  html: 'HTML is not allowed in a summary; write plain text with Markdown (*emphasis*, `code`, [link](https://...))',
  image: 'images are not allowed in a summary; link to the figure instead: [Figure 2](https://...)',
  imageReference: 'images are not allowed in a summary; link to the figure instead: [Figure 2](https://...)',
  heading:
    'a summary is two to four sentences of text; remove the heading (a line starting with "#", or a line underlined with --- or ===)',
  code: 'this became a code block (a line indented by four spaces or fenced with ```); remove the indentation or fences',
  blockquote: 'a summary is two to four sentences in your own words; remove the quotation (lines starting with ">")',
  thematicBreak: 'remove the separator line (---, *** or ___)',
};

export type SummaryProblem = { line: number; message: string };

function safeUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/** Parse a summary; every consumer goes through this one parser. */
export function parseSummary(markdown: string): Root {
  return fromMarkdown(markdown);
}

/**
 * Problems of a summary, each with its line within the body (1-based) and how to fix it.
 * Example: summaryProblems('<img src=x\nonerror=alert(1)>') -> [{ line: 1, message: 'HTML is not allowed ...' }]
 */
export function summaryProblems(markdown: string): SummaryProblem[] {
  const problems: SummaryProblem[] = [];
  if (markdown.length > SUMMARY_MAX_CHARS) {
    problems.push({
      line: 1,
      message: `the summary has ${markdown.length} characters; keep it to two to four sentences (at most ${SUMMARY_MAX_CHARS} characters)`,
    });
  }
  walk(parseSummary(markdown), (node) => {
    const line = node.position?.start.line ?? 1;
    if (!ALLOWED.has(node.type)) {
      problems.push({ line, message: REFUSED[node.type] ?? `"${node.type}" is not allowed in a summary` });
    } else if ((node.type === 'link' || node.type === 'definition') && !safeUrl(node.url)) {
      problems.push({
        line,
        message: `link to "${node.url.slice(0, 60)}" refused: links in a summary must be full https:// addresses`,
      });
    }
  });
  return problems;
}

/**
 * The summary as safe HTML: raw HTML dropped, then sanitised against the allow-list. With `markLead`, its
 * first block, when a paragraph, carries the id CARD_ANCHORS.summary (after sanitising, so the id is ours):
 * the paper page's search record takes the card's sentence from that paragraph (see firstSentence).
 * The paper page's version (`markLead`) comes from the same parse as the plain text (see summaryParts).
 */
export function renderSummary(markdown: string, { markLead = false } = {}): string {
  return markLead ? summaryParts(markdown).page : toSafeHtml(parseSummary(markdown), false);
}

function toSafeHtml(tree: Root, markLead: boolean): string {
  const hast = sanitize(toHast(tree, { allowDangerousHtml: false }), SCHEMA);
  if (markLead && hast.type === 'root') {
    const first = hast.children.find((c): c is Element => c.type === 'element');
    if (first?.tagName === 'p') first.properties = { ...first.properties, id: CARD_ANCHORS.summary };
  }
  return toHtml(hast);
}

/**
 * What the site shows of a summary, by Markdown source, all from one parse: its plain text, its lead sentence
 * and the paper page's HTML. A paper's card is rendered on a dozen list pages and Markdown parsing was the
 * largest cost of a build; the strings are kept (one entry per summary, so bounded by the catalogue), never the
 * syntax trees.
 */
const summaries = new Map<string, { text: string; lead: string; page: string }>();

function summaryParts(markdown: string): { text: string; lead: string; page: string } {
  let entry = summaries.get(markdown);
  if (entry === undefined) {
    const tree = parseSummary(markdown);
    const blocks = tree.children;
    const first = blocks.find((block) => block.type !== 'definition');
    entry = {
      text: blocks.map(blockText).join(' ').replace(/\s+/g, ' ').trim(),
      lead: first?.type === 'paragraph' ? leadSentence(inlineText(first)) : '',
      page: toSafeHtml(tree, true),
    };
    summaries.set(markdown, entry);
  }
  return entry;
}

/** The summary as plain text (feeds, meta descriptions, search excerpts), whitespace collapsed. */
export function summaryText(markdown: string): string {
  return summaryParts(markdown).text;
}

/**
 * The first sentence of a summary's first paragraph as plain text, for cards and search results ("" when the
 * summary opens with a list). See leadSentence. Example: firstSentence("It aligns CT, e.g. liver. Then ...")
 * -> "It aligns CT, e.g. liver."
 */
export function firstSentence(markdown: string): string {
  return summaryParts(markdown).lead;
}

/** The text of a block; the items of a list are separate words ("- one\n- two" -> "one two", not "onetwo"). */
function blockText(node: Nodes): string {
  if (node.type === 'list' || node.type === 'listItem') return node.children.map(blockText).join(' ');
  return toString(node, { includeHtml: false });
}

/** The text of inline Markdown as a browser shows it (a hard line break is a space). */
function inlineText(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('value' in node && node.type !== 'html') return node.value;
  return 'children' in node ? node.children.map((c) => inlineText(c as Nodes)).join('') : '';
}
