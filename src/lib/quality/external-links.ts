/**
 * The weekly external-link check (`npm run check:external-links`): which links the entries hold, how to read
 * an HTTP answer, and the Markdown report. Fetching is injected, so the logic is tested without the
 * internet; the script passes the real `fetch`.
 */
import type { Paper } from '../../schemas/paper.ts';
import type { Dataset } from '../../schemas/dataset.ts';

/** One external link and where it is written. */
export type ExternalLink = { url: string; file: string; field: string };

/** ok: it answered. blocked: the site refuses robots (401/403/429...), so it is unverified, not broken. broken: 404/410/5xx or no answer. */
export type LinkStatus = { verdict: 'ok' | 'blocked' | 'broken'; detail: string };

/** Every external link of every entry, in file order. */
export function collectLinks(
  papers: { id: string; data: Paper }[],
  datasets: { id: string; data: Dataset }[],
): ExternalLink[] {
  const links: ExternalLink[] = [];
  for (const p of papers) {
    for (const [field, url] of Object.entries(p.data.links)) {
      if (url) links.push({ url, file: `content/papers/${p.id}.md`, field: `links.${field}` });
    }
  }
  for (const d of datasets) links.push({ url: d.data.link, file: `content/datasets/${d.id}.yaml`, field: 'link' });
  return links;
}

/** Read an HTTP status (or a network error) as a verdict. */
export function classify(status: number | Error): LinkStatus {
  if (status instanceof Error) return { verdict: 'broken', detail: `no answer (${status.message})` };
  if (status >= 200 && status < 400) return { verdict: 'ok', detail: String(status) };
  if ([401, 403, 405, 406, 418, 429, 999].includes(status))
    return { verdict: 'blocked', detail: `${status}: the site refuses automated requests; check by hand` };
  return { verdict: 'broken', detail: String(status) };
}

export type Fetcher = (
  url: string,
  init: { method: string; redirect: 'follow'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<{ status: number }>;

/**
 * Try one URL: HEAD first (cheap), then GET when the server does not answer HEAD properly.
 * Never throws; gives a verdict.
 */
export async function probe(url: string, fetcher: Fetcher, timeoutMs = 20_000): Promise<LinkStatus> {
  const attempt = async (method: string) => {
    try {
      const response = await fetcher(url, {
        method,
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { 'user-agent': 'clip-medical-imaging-catalogue link check (weekly; one request per link)' },
      });
      return response.status;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  const head = await attempt('HEAD');
  if (typeof head === 'number' && head >= 200 && head < 400) return classify(head);
  return classify(await attempt('GET'));
}

/** Probe many links with a bounded number in flight; the same URL is fetched once. */
export async function checkLinks(
  links: ExternalLink[],
  fetcher: Fetcher,
  concurrency = 8,
): Promise<Map<string, LinkStatus>> {
  const urls = [...new Set(links.map((l) => l.url))];
  const results = new Map<string, LinkStatus>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      results.set(url, await probe(url, fetcher));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results;
}

/** The Markdown report: counts, then each broken and each unverified link with the file and field to fix. */
export function renderReport(
  links: ExternalLink[],
  results: Map<string, LinkStatus>,
  date: string,
): { markdown: string; broken: number } {
  const rows = (verdict: LinkStatus['verdict']) =>
    links
      .filter((l) => results.get(l.url)?.verdict === verdict)
      .map(
        (l) => `| \`${l.file}\` | \`${l.field}\` | ${l.url} | ${results.get(l.url)!.detail.replace(/\|/g, '\\|')} |`,
      );
  const broken = rows('broken');
  const blocked = rows('blocked');
  const ok = links.filter((l) => results.get(l.url)?.verdict === 'ok').length;
  const table = ['| file | field | link | answer |', '| --- | --- | --- | --- |'];
  const markdown = [
    `# External links, ${date}`,
    '',
    `${links.length} links checked: ${ok} answered, ${broken.length} broken, ${blocked.length} could not be verified (the site refuses robots).`,
    '',
    '## Broken',
    '',
    ...(broken.length ? [...table, ...broken] : ['None.']),
    '',
    '## Could not be verified',
    '',
    ...(blocked.length ? [...table, ...blocked] : ['None.']),
    '',
    'Fix a broken link in the named file (the current address of the same page, https), or open an issue if the page is gone.',
    '',
  ].join('\n');
  return { markdown, broken: broken.length };
}
