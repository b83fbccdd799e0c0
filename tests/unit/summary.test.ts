import { describe, expect, it } from 'vitest';
import { firstSentence, renderSummary, summaryProblems, summaryText } from '@/lib/catalogue/summary';
import { CARD_ANCHORS } from '@/lib/search/card-meta';

describe('renderSummary: the second layer, on input the checker never saw', () => {
  it.each([
    ['<img\nsrc=x onerror=alert(1)>'],
    ['<script\n>alert(1)</script>'],
    ['<iframe\nsrcdoc="<script>alert(1)</script>"></iframe>'],
    ['[x](javascript:alert(1))'],
    ['[x](&#106;avascript:alert(1))'],
    ['[x][a]\n\n[a]: javascript:alert(1)'],
    ['[x](data:text/html,<script>alert(1)</script>)'],
    ['![x](https://evil.example/p.png)'],
    ['<a href="https://ok.example" onclick="alert(1)">x</a>'],
    ['[x](https://ok.example "t" )'],
    ['<style>*{}</style><svg onload=alert(1)>'],
  ])('%j renders without script, handlers, frames, images or non-https links', (markdown) => {
    const html = renderSummary(markdown);
    expect(html).not.toMatch(/<(?:script|iframe|img|svg|style|object|embed)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/href="(?!https:)/i);
    expect(html).not.toMatch(/\b(?:title|style|src)=/i);
  });

  it('keeps the light Markdown a summary may use', () => {
    expect(renderSummary('It *aligns* **regions** with `words`; see [the code](https://github.com/x/y).')).toBe(
      '<p>It <em>aligns</em> <strong>regions</strong> with <code>words</code>; see <a href="https://github.com/x/y">the code</a>.</p>',
    );
    expect(renderSummary('Two steps:\n\n- one\n- two')).toBe(
      '<p>Two steps:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });
});

describe('summaryProblems: the checker', () => {
  it('accepts light Markdown and https links', () => {
    expect(summaryProblems('It *aligns* regions.\n\n- one\n- [two](https://example.org)')).toEqual([]);
  });

  it('names the line of an HTML tag split over lines', () => {
    expect(summaryProblems('Fine.\n\n<img\nsrc=x onerror=alert(1)>')).toEqual([
      { line: 3, message: expect.stringMatching(/^HTML is not allowed in a summary/) },
    ]);
  });
});

describe('plain text of a summary', () => {
  it('drops markup and takes the first sentence, not cut at abbreviations', () => {
    expect(summaryText('It *aligns* `CT` with [text](https://x.org).')).toBe('It aligns CT with text.');
    expect(firstSentence('It works on CT, e.g. liver scans. Then it segments.')).toBe(
      'It works on CT, e.g. liver scans.',
    );
    expect(firstSentence('One sentence only')).toBe('One sentence only');
  });

  it("takes the card's sentence from the first paragraph only, which the paper page marks for the search", () => {
    expect(firstSentence('A first paragraph with no full stop\n\nA second. A third.')).toBe(
      'A first paragraph with no full stop',
    );
    expect(firstSentence('Hard  \nbreak. Then more.')).toBe('Hard break.');
    expect(firstSentence('- a list\n- first')).toBe('');
    expect(renderSummary('One. Two.\n\nThree.', { markLead: true })).toBe(
      `<p id="${CARD_ANCHORS.summary}">One. Two.</p>\n<p>Three.</p>`,
    );
    expect(renderSummary('- a list', { markLead: true })).not.toContain('id=');
    expect(renderSummary('One. Two.')).not.toContain('id=');
  });

  it('gives the same text and page HTML from its one parse, whichever is asked for first', () => {
    const markdown = 'It *aligns* regions. Then [more](https://example.org).\n\n- one\n- two';
    const text = summaryText(markdown);
    const page = renderSummary(markdown, { markLead: true });
    expect(text).toBe('It aligns regions. Then more. one two');
    expect(page).toBe(
      `<p id="${CARD_ANCHORS.summary}">It <em>aligns</em> regions. Then <a href="https://example.org">more</a>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>`,
    );
    const other = 'Other *one*.\n\nSecond.';
    expect(renderSummary(other, { markLead: true })).toBe(
      `<p id="${CARD_ANCHORS.summary}">Other <em>one</em>.</p>\n<p>Second.</p>`,
    );
    expect(summaryText(other)).toBe('Other one. Second.');
    expect(firstSentence(other)).toBe('Other one.');
  });
});
