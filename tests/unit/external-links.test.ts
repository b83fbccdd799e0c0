import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, classify, collectLinks, renderReport, type ExternalLink } from '@/lib/quality/external-links';
import { loadCatalogue } from '../helpers/catalogue';

describe('the weekly link check', () => {
  // A local server stands in for the web: it answers each path with the status in its name.
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/moved') {
        res.writeHead(301, { location: '/200' }).end();
      } else if (path === '/no-head' && req.method === 'HEAD') {
        res.writeHead(405).end();
      } else if (path === '/no-head') {
        res.writeHead(200).end('ok');
      } else {
        res.writeHead(Number(path.slice(1)) || 500).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('collects every link of every entry, with the file and field to fix', () => {
    const { papers, datasets } = loadCatalogue();
    const links = collectLinks(papers, datasets);
    const expected =
      papers.reduce((n, p) => n + Object.values(p.data.links).filter(Boolean).length, 0) + datasets.length;
    expect(links).toHaveLength(expected);
    const first = papers[0]!;
    expect(links).toContainEqual({
      url: first.data.links.paper,
      file: `content/papers/${first.id}.md`,
      field: 'links.paper',
    });
  });

  it('follows redirects, retries with GET when HEAD is refused, and tells broken from blocked', async () => {
    const links: ExternalLink[] = ['200', 'moved', 'no-head', '404', '403', '503'].map((p) => ({
      url: `${base}/${p}`,
      file: `content/papers/${p}.md`,
      field: 'links.paper',
    }));
    links.push({ url: 'http://127.0.0.1:1/unreachable', file: 'content/papers/gone.md', field: 'links.code' });
    const results = await checkLinks(links, fetch, 3);
    const verdict = (p: string) => results.get(`${base}/${p}`)?.verdict;
    expect([verdict('200'), verdict('moved'), verdict('no-head')]).toEqual(['ok', 'ok', 'ok']);
    expect([verdict('404'), verdict('503'), verdict('403')]).toEqual(['broken', 'broken', 'blocked']);
    expect(results.get('http://127.0.0.1:1/unreachable')?.verdict).toBe('broken');

    const { markdown, broken } = renderReport(links, results, '2026-01-05');
    expect(broken).toBe(3);
    expect(markdown).toMatch(/7 links checked: 3 answered, 3 broken, 1 could not be verified/);
    expect(markdown).toMatch(
      new RegExp(`\\| \`content/papers/404\\.md\` \\| \`links\\.paper\` \\| ${base}/404 \\| 404 \\|`),
    );
    expect(markdown).toMatch(/\| `content\/papers\/gone\.md` \| `links\.code` \| .* \| no answer/);
  });

  it('reads statuses as a person would', () => {
    expect(classify(200).verdict).toBe('ok');
    expect(classify(410).verdict).toBe('broken');
    expect(classify(429).verdict).toBe('blocked');
    expect(classify(new Error('ECONNRESET')).detail).toMatch(/no answer \(ECONNRESET\)/);
  });
});
