import { describe, expect, it } from 'vitest';
import { bestPracticesOwnStatusAside, type Report } from '../../scripts/lib/lighthouse';

const PAGE = 'http://localhost:4000/no-such-page/';
const notFound = (url: string) => ({
  source: 'network',
  description: 'Failed to load resource: the server responded with a status of 404 (Not Found)',
  sourceLocation: { url },
});

/** A best-practices category of two audits (weights 3 and 1), the console one failed with `items`. */
function report(items: object[], otherScore = 1): Report {
  return {
    finalDisplayedUrl: PAGE,
    categories: {
      'best-practices': {
        score: 0.75,
        auditRefs: [
          { id: 'doctype', weight: 3 },
          { id: 'errors-in-console', weight: 1 },
          { id: 'unweighted', weight: 0 },
        ],
      },
    },
    audits: {
      doctype: { score: otherScore, title: 'doctype', scoreDisplayMode: 'binary' },
      'errors-in-console': { score: 0, title: 'console', scoreDisplayMode: 'binary', details: { items } },
      unweighted: { score: 0, title: 'unweighted', scoreDisplayMode: 'binary' },
    },
  } as Report;
}

describe('best practices of the 404 page with its own status aside', () => {
  it("counts the console as passed when its only error is the page's own 404", () => {
    expect(bestPracticesOwnStatusAside(report([notFound(PAGE)]))).toBe(100);
  });

  it('still counts a missing resource of the page, or any other console error', () => {
    expect(bestPracticesOwnStatusAside(report([notFound(PAGE), notFound('http://localhost:4000/logo.png')]))).toBe(75);
    expect(bestPracticesOwnStatusAside(report([{ source: 'javascript', description: 'TypeError: x' }]))).toBe(75);
  });

  it('leaves the other audits as scored', () => {
    expect(bestPracticesOwnStatusAside(report([notFound(PAGE)], 0))).toBe(25);
  });
});
