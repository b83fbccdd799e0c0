/**
 * Open data and metadata, read as a harvester would from the served site: the catalogue JSON validates against
 * its published schema and holds every paper as its entry says; the CSV has a row per paper; the JSON-LD of every
 * paper page describes that paper; the feeds a category page and a fact page announce list that list's newest
 * additions. Expected values come from the entries (loadCatalogue) and are compared with independent parsing (Ajv,
 * our own CSV reader, a plain "Family, Given" split, fast-xml-parser).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { loadCatalogue, type LoadedPaper } from '../helpers/catalogue';
import { FEED_LENGTH } from '../../src/lib/site/feed';
import { branchOf } from '../../src/schemas/vocabularies';
import { parseCsv } from '../helpers/csv';
import { NOT_RELEASED } from '../../src/lib/site/table.ts';

const { papers } = loadCatalogue();
const byId = new Map(papers.map((p) => [p.id, p]));

/** "Family, Given" as stored, split at its first comma, as BibTeX reads it. */
const split = (stored: string) => {
  const i = stored.indexOf(',');
  return i < 0
    ? { family: stored.trim(), given: '' }
    : { family: stored.slice(0, i).trim(), given: stored.slice(i + 1).trim() };
};

test('the catalogue JSON validates against its versioned schema and holds every paper as its entry says', async ({
  request,
}) => {
  const schema = await (await request.get('schemas/catalogue-v1.schema.json')).json();
  const response = await request.get('data/catalogue.json');
  expect(response.status()).toBe(200);
  const data = (await response.json()) as {
    format: number;
    version: string;
    licence: string;
    papers: { id: string; title: string; authors: string[]; year: number }[];
  };
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  expect(data.format).toBe(1);
  expect(data.licence).toBeTruthy();
  expect(data.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]+$/);
  expect(data.papers.map((p) => p.id).sort()).toEqual(papers.map((p) => p.id).sort());
  for (const p of data.papers) {
    const entry = byId.get(p.id)!;
    expect(p.title).toBe(entry.data.title);
    expect(p.authors).toEqual(entry.data.authors);
    expect(p.year).toBe(entry.data.year);
  }
});

test('the catalogue CSV has one row per paper with its title, year and whether it was checked', async ({ request }) => {
  const rows = parseCsv(await (await request.get('data/papers.csv')).text());
  expect(rows.map((r) => r['Id']).sort()).toEqual(papers.map((p) => p.id).sort());
  for (const row of rows) {
    const entry = byId.get(row['Id']!)!;
    expect(row['Title']).toBe(entry.data.title);
    expect(Number(row['Year'])).toBe(entry.data.year);
    expect(row['Checked against the paper'], row['Id']).toBe(entry.data.flagged ? 'no' : 'yes');
    // The weights link, "not released" where the repository was read and offered none, else nothing.
    const { weights } = entry.data.links;
    expect(row['Weights'], row['Id']).toBe(weights ?? (entry.data.weightsNotReleased ? NOT_RELEASED : ''));
  }
});

test('the JSON-LD of every paper page is a ScholarlyArticle matching its entry', async ({ request }) => {
  for (const paper of papers) {
    const html = await (await request.get(`papers/${paper.id}/`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as Record<string, unknown>,
    );
    const article = blocks.find((b) => b['@type'] === 'ScholarlyArticle');
    expect(article, `${paper.id}: a ScholarlyArticle`).toBeDefined();
    expect(article!['name'], paper.id).toBe(paper.data.title);
    expect(article!['datePublished'], paper.id).toBe(String(paper.data.year));
    expect(String(article!['url']), paper.id).toMatch(new RegExp(`/papers/${paper.id}/$`));
    const authors = article!['author'] as { familyName: string; givenName?: string }[];
    expect(
      authors.map((a) => ({ family: a.familyName, given: a.givenName ?? '' })),
      `${paper.id}: authors`,
    ).toEqual(paper.data.authors.map(split));
    const identifier = article!['identifier'] as { value: string } | undefined;
    expect(identifier?.value, `${paper.id}: DOI`).toBe(paper.data.doi);
  }
});

// A list small enough that its feed holds all of it: a category, and a value of each kind of fact.
const small = (lists: [string, LoadedPaper[]][]) =>
  lists.find(([, list]) => list.length > 1 && list.length <= FEED_LENGTH);
const byValue = (values: (p: LoadedPaper) => readonly string[] | undefined) => {
  const lists = new Map<string, LoadedPaper[]>();
  for (const p of papers) for (const v of values(p) ?? []) lists.set(v, [...(lists.get(v) ?? []), p]);
  return [...lists];
};
const feedLists = [
  ['category', (id: string) => `taxonomy/${branchOf(id).id}/${id}/`, small(byValue((p) => p.data.categories))],
  ['modality', (id: string) => `modalities/${id}/`, small(byValue((p) => p.data.modalities))],
  ['task', (id: string) => `tasks/${id}/`, small(byValue((p) => p.data.tasks))],
] as const;

for (const [kind, pagePath, found] of feedLists) {
  test(`a ${kind} page announces a feed of that list's additions, newest first`, async ({ page, request }) => {
    expect(found, `a ${kind} with 2 to ${FEED_LENGTH} papers`).toBeDefined();
    const [value, list] = found!;
    await page.goto(pagePath(value));
    const announced = page.locator('head link[rel="alternate"][type="application/rss+xml"]').last();
    const href = (await announced.getAttribute('href'))!;
    expect(href).not.toBe('/feeds/all.xml');
    // The page links the same feed where readers see it.
    await expect(page.getByRole('main').getByRole('link', { name: /^Feed of new papers/ })).toHaveAttribute(
      'href',
      href,
    );
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    const channel = (
      new XMLParser().parse(await response.text()) as {
        rss: {
          channel: { title: string; item: { link: string; pubDate: string }[] | { link: string; pubDate: string } };
        };
      }
    ).rss.channel;
    expect(channel.title).toBe(await announced.getAttribute('title'));
    const items = [channel.item].flat();
    const ids = items.map((item) => new URL(item.link).pathname.split('/').at(-2));
    expect(ids.sort()).toEqual(list.map((p) => p.id).sort());
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
}
