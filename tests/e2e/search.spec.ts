import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadCatalogue } from '../helpers/catalogue';
import { BASE_PATH, BASE_SITE } from '../helpers/sites';
import { FIRST_PAGE, NEXT_PAGE } from '../../src/lib/search/state';
import { paperCount } from '../../src/lib/site/count';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { XMLParser } from 'fast-xml-parser';
import { cardPathsJson } from '../../src/lib/search/attributes';
import { SORT_FILES } from '../../src/lib/search/orders';
import { acronymOfToken, acronymToken } from '../../src/lib/search/acronyms';
import { type Anchor, type CardPaths, unpackCard } from '../../src/lib/search/card-meta';
import {
  heldWords,
  isKnown,
  isKnownWhole,
  SEARCH_WORDS,
  spellingCandidates,
  type Vocabulary,
} from '../../src/lib/search/spelling';
import { modalities } from '../../src/schemas/vocabularies';

const { papers, leaves, taxonomy, datasets, uses } = loadCatalogue();
const firstBranch = taxonomy.branches[0]!;
const byId = [...papers].sort((a, b) => a.id.localeCompare(b.id));
const CASELESS = { sensitivity: 'base' } as const;
const leafTitle = (id: string) => leaves.find((l) => l.id === id)!.title;

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.getByRole('list', { name: 'Results' }).getByRole('listitem');
// A result's title is its heading's link (the heading also shows method names the title lacks).
const resultTitles = (page: Page) =>
  page.getByRole('list', { name: 'Results' }).getByRole('heading', { level: 3 }).getByRole('link');
const queryBox = (page: Page) => page.getByRole('searchbox', { name: 'Words' });
const facetGroup = (page: Page, name: string) => page.getByRole('group', { name });

/** Opens the search page at a query string and waits until its results (or no-result message) show. */
async function openSearch(page: Page, qs: string) {
  await page.goto(`search/?${qs}`);
  await expect(status(page)).toHaveText(/\bpapers?\b/);
}

/** Years of the results on screen, read from each result's "venue year" line. */
async function shownYears(page: Page): Promise<number[]> {
  const cards = await results(page).all();
  expect(cards.length).toBeGreaterThan(0);
  return Promise.all(
    cards.map(async (r) => Number((await r.locator('p span').first().textContent())!.match(/(\d{4})$/)![1])),
  );
}

/** Pagefind's fragment of every indexed page, as the browser reads it (dist/pagefind/fragment, gzipped JSON). */
function readFragments<T = { url: string; content: string }>(): T[] {
  const dir = join('dist', 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as T;
  });
}

/** Each indexed page with its indexed text and that text's words in lower case (hidden index words included). */
function indexedPages() {
  return readFragments().map(({ url, content }) => ({
    url,
    content,
    words: new Set(content.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []),
  }));
}

/** Opens the search for `q` and reads how many papers it found (0 when none). */
async function countFound(page: Page, q: string): Promise<number> {
  await openSearch(page, new URLSearchParams({ q }).toString());
  return Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1] ?? 0);
}

test("a paper's full title finds that paper first", async ({ page }) => {
  for (const paper of [byId[0]!, byId[Math.floor(byId.length / 2)]!, byId.at(-1)!]) {
    await page.goto('search/');
    await queryBox(page).fill(paper.data.title);
    await expect(resultTitles(page).first()).toHaveText(paper.data.title);
    await expect(page).toHaveURL(new RegExp(`[?&]q=`));
  }
});

test('a few topical words find a paper about them in the top three', async ({ page }) => {
  for (const words of ['report generation', 'visual question answering', 'zero-shot segmentation', 'prompt learning']) {
    const expected = papers
      .filter((p) => words.split(' ').every((w) => p.data.title.toLowerCase().includes(w)))
      .map((p) => p.data.title);
    expect(expected.length, `the catalogue has papers about "${words}"`).toBeGreaterThan(0);
    await openSearch(page, `q=${encodeURIComponent(words)}`);
    const top = (await resultTitles(page).allTextContents()).slice(0, 3);
    expect(
      top.some((t) => expected.includes(t)),
      `${top.join(' | ')} should include one of ${expected.join(' | ')}`,
    ).toBe(true);
  }
});

test('facets combine with OR inside and AND across, with exact counts', async ({ page }) => {
  const category = leafTitle('dense-prediction');
  const years = [...new Set(papers.map((p) => p.data.year))].sort((a, b) => b - a).slice(0, 2);
  const matches = papers.filter(
    (p) => p.data.categories.map(leafTitle).includes(category) && years.includes(p.data.year) && !!p.data.links.code,
  );
  expect(matches.length).toBeGreaterThan(1);

  await page.goto('search/');
  await facetGroup(page, 'Category').getByRole('checkbox', { name: category }).check();
  await expect(status(page)).toHaveText(
    new RegExp(`^${paperCount(papers.filter((p) => p.data.categories.map(leafTitle).includes(category)).length)}\\b`),
  );
  for (const y of years)
    await facetGroup(page, 'Year')
      .getByRole('checkbox', { name: String(y) })
      .check();
  await facetGroup(page, 'Code').getByRole('checkbox', { name: 'Code available' }).check();
  await expect(status(page)).toHaveText(new RegExp(`^${paperCount(matches.length)}\\b`));
  await expect(page).toHaveURL(/category=.*year=.*year=.*code=Code\+available/);

  // The count beside an unticked year says how many more papers ticking it would add (OR within the facet).
  const other = [...new Set(papers.map((p) => p.data.year))].sort((a, b) => b - a)[2]!;
  const otherCount = papers.filter(
    (p) => p.data.categories.map(leafTitle).includes(category) && p.data.year === other && !!p.data.links.code,
  ).length;
  await expect(facetGroup(page, 'Year').locator('label', { hasText: String(other) })).toContainText(String(otherCount));
});

test('sorting by year orders the results both ways, and browsing by facets needs no words', async ({ page }) => {
  await openSearch(page, 'q=clip&sort=newest');
  // The button says how many it adds and how many of the results are on screen.
  const found = Number(/^(\d+)/.exec((await status(page).textContent())!)![1]);
  expect(found).toBeGreaterThan(FIRST_PAGE + NEXT_PAGE);
  const more = page.getByRole('button', { name: /^Show \d+ more/ });
  await expect(more).toHaveText(`Show ${NEXT_PAGE} more (${FIRST_PAGE} of ${found} shown)`);
  await more.click();
  await expect(results(page)).toHaveCount(FIRST_PAGE + NEXT_PAGE);
  await expect(more).toHaveText(
    `Show ${Math.min(NEXT_PAGE, found - FIRST_PAGE - NEXT_PAGE)} more (${FIRST_PAGE + NEXT_PAGE} of ${found} shown)`,
  );
  const newest = await shownYears(page);
  expect(newest).toEqual([...newest].sort((a, b) => b - a));

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(results(page)).toHaveCount(FIRST_PAGE);
  const oldest = await shownYears(page);
  expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
  expect(oldest[0]).toBeLessThan(newest[0]!);

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect(page).toHaveURL(/sort=title/);
  const aToZ = (titles: string[]) => titles.every((t, i) => !i || titles[i - 1]!.localeCompare(t, 'en', CASELESS) <= 0);
  await expect.poll(async () => aToZ(await resultTitles(page).allTextContents())).toBe(true);
  expect(await resultTitles(page).count()).toBe(FIRST_PAGE);

  const category = leafTitle('knowledge-enhanced');
  await openSearch(page, `category=${encodeURIComponent(category)}`);
  await expect(status(page)).toHaveText(
    new RegExp(`^${paperCount(papers.filter((p) => p.data.categories.includes('knowledge-enhanced')).length)}\\b`),
  );
});

test('a search URL restores words, filters and sort on reload, and back/forward step through changes', async ({
  page,
}) => {
  const qs = 'q=segmentation&year=2023&code=Code+available&sort=oldest';
  await openSearch(page, qs);
  const before = await resultTitles(page).allTextContents();
  await page.reload();
  await expect(status(page)).toHaveText(/\bpapers?\b/);
  await expect(queryBox(page)).toHaveValue('segmentation');
  await expect(facetGroup(page, 'Year').getByRole('checkbox', { name: '2023' })).toBeChecked();
  await expect(facetGroup(page, 'Code').getByRole('checkbox', { name: 'Code available' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('oldest');
  await expect(resultTitles(page)).toHaveText(before);

  await facetGroup(page, 'Code').getByRole('checkbox', { name: 'Code available' }).uncheck();
  await expect(page).not.toHaveURL(/code=/);
  await page.goBack();
  await expect(page).toHaveURL(/code=Code\+available/);
  await expect(facetGroup(page, 'Code').getByRole('checkbox', { name: 'Code available' })).toBeChecked();
  await expect(resultTitles(page)).toHaveText(before);
  await page.goForward();
  await expect(facetGroup(page, 'Code').getByRole('checkbox', { name: 'Code available' })).not.toBeChecked();
});

test('the header box searches from any page, and / focuses it without loading search code', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  const paper = byId[1]!;
  await page.goto(`papers/${paper.id}/`);
  await page.keyboard.press('/');
  const header = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
  await expect(header).toBeFocused();
  expect(pagefindRequests).toEqual([]);
  await page.keyboard.type('gloria');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=gloria$/);
  await expect(resultTitles(page).first()).toContainText('GLoRIA');
  expect(pagefindRequests.length).toBeGreaterThan(0);

  // On the search page itself, / goes to the page's own box; typing / into a box stays a slash.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(queryBox(page)).toBeFocused();
  await queryBox(page).press('End');
  await page.keyboard.type(' /');
  await expect(queryBox(page)).toHaveValue('gloria /');
});

test('the search page loads Pagefind only once a search starts', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await queryBox(page).fill('contrastive');
  await expect(results(page).first()).toBeVisible();
  expect(pagefindRequests.some((u) => u.endsWith('pagefind.js'))).toBe(true);
});

test('a plain query does not fetch the filter index; using the filters fetches it and shows counts', async ({
  page,
}) => {
  const filterRequests: string[] = [];
  const orderRequests: string[] = [];
  const workers: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/filter/') && filterRequests.push(r.url()));
  const orderFiles = Object.values(SORT_FILES).map((file) => `/pagefind/${file}`);
  page.on('request', (r) => orderFiles.some((f) => r.url().includes(f)) && orderRequests.push(r.url()));
  const pagefindWorker: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('request', (r) => r.url().endsWith('/pagefind-worker.js') && pagefindWorker.push(r.url()));
  await openSearch(page, 'q=segmentation');
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(filterRequests).toEqual([]);
  // Ranked by relevance, it needs no sort order either (src/lib/search/orders.ts).
  expect(orderRequests).toEqual([]);
  // Searches run in the page's own worker (which runs Pagefind inside it), off the main thread; Pagefind's
  // worker, which passes every result between threads, is not started.
  expect(workers.some((u) => /\/_astro\/search-worker[^/]*\.js$/.test(u))).toBe(true);
  expect(pagefindWorker).toEqual([]);
  // Until then the counts beside the values are hidden rather than wrong (the static ones are the catalogue's).
  const firstYear = facetGroup(page, 'Year').getByRole('checkbox').first();
  await expect(firstYear).toHaveAccessibleName(/^\d{4}$/);
  await facetGroup(page, 'Year').hover();
  await expect.poll(() => filterRequests.length).toBeGreaterThan(0);
  await expect(firstYear).toHaveAccessibleName(/^\d{4} \d+$/);
});

test("every paper's search result card, rebuilt from its Pagefind fragment, is its list card", () => {
  // The built index itself (dist/pagefind), read as the browser reads it: a gzipped fragment per page.
  const paths = JSON.parse(cardPathsJson()) as CardPaths;
  const rebuilt = new Set<string>();
  type Fragment = { url: string; meta: Record<string, string>; filters: Record<string, string[]>; anchors: Anchor[] };
  for (const { meta, filters, anchors, url } of readFragments<Fragment>()) {
    const card = unpackCard(meta['card'] ?? '', meta['title'] ?? '', url, '/', filters['facet'] ?? [], paths, anchors);
    // The list card, as the build wrote it beside the paper page.
    const listCard = JSON.parse(readFileSync(join('dist', card.path, 'card.json'), 'utf8')) as unknown;
    expect(card, card.id).toEqual(listCard);
    rebuilt.add(card.id);
  }
  expect([...rebuilt].sort()).toEqual(papers.map((p) => p.id).sort());
});

test("a fact left out of a paper's indexed text (as the hidden terms carry it) is still found by every word", () => {
  const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let checked = 0;
  for (const { url, content } of readFragments()) {
    const indexed = new Set(wordsOf(content));
    const { document } = parseHTML(readFileSync(join('dist', url, 'index.html'), 'utf8'));
    for (const dd of document.querySelectorAll('dd[data-pagefind-ignore]')) {
      const label = dd.previousElementSibling?.textContent?.trim() ?? '';
      // The date added is no search word, and whether code or weights are released is the "Code" filter: as
      // words, "code" was on every page ("Official code released", "No official code found").
      if (['Added', 'Code', 'Weights'].includes(label)) continue;
      const missing = wordsOf(dd.textContent ?? '').filter((w) => !indexed.has(w));
      expect(missing, `${url}: ${label}`).toEqual([]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(papers.length);
});

test('the spelling check knows every word Pagefind finds a paper by, its identifiers aside', () => {
  // A word missing from the vocabulary is taken for a word no paper holds, and its searches show nothing.
  const vocabulary = JSON.parse(readFileSync(join('dist', SEARCH_WORDS), 'utf8')) as Vocabulary;
  let checked = 0;
  for (const { url, content } of readFragments()) {
    const { document } = parseHTML(readFileSync(join('dist', url, 'index.html'), 'utf8'));
    const identifiers = [...document.querySelectorAll('a[href^="https://doi.org/"], a[href^="https://arxiv.org/"]')];
    const ids = new Set(heldWords(identifiers.map((a) => a.textContent).join(' ')));
    // every word a query can check (checkedWords: two characters or more), the hidden acronym tokens aside
    const unknown = heldWords(content).filter(
      (w) => w.length >= 2 && !ids.has(w) && acronymOfToken(w) === undefined && !isKnown(w, vocabulary),
    );
    expect(unknown, url).toEqual([]);
    checked++;
  }
  expect(checked).toBe(papers.length);
});

test('a word typed in capitals finds the pages holding that word, not longer words it starts', async ({ page }) => {
  // Each page's indexed text, from its Pagefind fragment.
  const fragments = readFragments();
  const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const pages = fragments.map((f) => ({ url: f.url, words: wordsOf(f.content) }));
  const holds = (words: Set<string>, w: string) => words.has(w) || words.has(`${w}s`);
  // An acronym of the catalogue (a word written in capitals) that also starts longer words of other pages, as SAM
  // starts "same" and "sample": the one whose prefix search finds the most pages without it.
  const acronyms = new Set(fragments.flatMap((f) => f.content.match(/\b(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,6}\b/g) ?? []));
  const only = (w: string) =>
    pages.filter((p) => !holds(p.words, w) && [...p.words].some((x) => x.length > w.length + 1 && x.startsWith(w)))
      .length;
  const [acronym] = [...acronyms]
    .filter((a) => pages.some((p) => holds(p.words, a.toLowerCase())))
    .sort((a, b) => only(b.toLowerCase()) - only(a.toLowerCase()) || a.localeCompare(b));
  expect(acronym, 'an acronym that starts longer words').toBeDefined();
  const word = acronym!.toLowerCase();
  expect(only(word)).toBeGreaterThan(0);

  const count = (q: string) => countFound(page, q);
  const exact = await count(acronym!);
  // every result shown holds the word itself, and only it is marked in the titles
  const urls = await resultTitles(page).evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(holds(pages.find((p) => p.url === url)!.words, word), url).toBe(true);
  for (const mark of await page.getByRole('list', { name: 'Results' }).locator('mark').allTextContents())
    expect([word, `${word}s`]).toContain(mark.toLowerCase());
  expect(exact).toBe(pages.filter((p) => holds(p.words, word)).length);
  // typed in lowercase, it is the start of a word, as while typing
  expect(await count(word)).toBeGreaterThan(exact);
});

test('a word in capitals among other words finds the pages writing it so, not those with longer words it starts', async ({
  page,
}) => {
  const pages = indexedPages();
  const starts = (p: { words: Set<string> }, w: string) => [...p.words].some((x) => x.startsWith(w));
  // A pair from the catalogue: an acronym some pages write (their text holds its token) and a word of theirs, that
  // other pages match in lowercase only as starts of longer words ("US segmentation": "using" ... "segmentation").
  const acronyms = [...new Set(pages.flatMap((p) => p.content.match(/\b(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,6}\b/g) ?? []))];
  const pairs = acronyms.flatMap((acronym) => {
    const token = acronymToken(acronym);
    const writing = pages.filter((p) => p.words.has(token));
    const others = pages.filter((p) => !p.words.has(token) && starts(p, acronym.toLowerCase()));
    if (!others.length) return [];
    const words = [...new Set(writing.flatMap((p) => [...p.words]))].filter(
      (w) => /^[a-z]{6,}$/.test(w) && !w.startsWith(acronym.toLowerCase()),
    );
    return words.map((word) => ({ acronym, word, token, wrongly: others.filter((p) => p.words.has(word)).length }));
  });
  const best = pairs.sort(
    (a, b) => b.wrongly - a.wrongly || `${a.acronym} ${a.word}`.localeCompare(`${b.acronym} ${b.word}`),
  )[0];
  expect(best?.wrongly, 'an acronym and a word that other pages match as starts of longer words').toBeGreaterThan(0);
  const { acronym, word, token } = best!;

  const count = (q: string) => countFound(page, q);
  const found = await count(`${acronym} ${word}`);
  expect(found).toBeGreaterThan(0);
  const urls = await resultTitles(page).evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  for (const url of urls) expect(pages.find((p) => p.url === url)!.words.has(token), url).toBe(true);
  // in the titles, the acronym is marked as a whole word (or its plural), the other word where a word starts with it
  const lower = acronym.toLowerCase();
  for (const mark of await page.getByRole('list', { name: 'Results' }).locator('mark').allTextContents()) {
    const m = mark.toLowerCase();
    expect([lower, `${lower}s`].includes(m) || m.startsWith(word), mark).toBe(true);
  }
  // typed in lowercase, the acronym is the start of a word, as while typing
  expect(await count(`${lower} ${word}`)).toBeGreaterThan(found);
});

test('a word in capitals that no page holds is named among other words, never dropped nor taken for longer words', async ({
  page,
}) => {
  // Each page with every start of its words ("peter": "p", "pe", "pet" ...), for prefix matches as Pagefind makes them.
  const pages = indexedPages().map((p) => ({
    ...p,
    starts: new Set([...p.words].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)))),
  }));
  const held = new Set(pages.flatMap((p) => [...p.starts]));
  // Pagefind searches a word that no page holds as its longest start that some page holds: the token of an acronym
  // no page writes in capitals ("zz3pet0", PET) as "zz3", every page with a three-letter acronym. Among other words,
  // the acronym was then dropped; searched as typed, it matched the start of longer words ("PET": "Peter") and passed
  // for found. Pick three letters that start words of the catalogue but that no page holds, whole or plural, in
  // capitals or not, and one of the commonest words, where the pages that token would wrongly find and the pages the
  // letters find as typed differ most.
  const longestHeld = (word: string) =>
    [...word].map((_, i) => word.slice(0, word.length - i)).find((w) => held.has(w));
  const letters = [...new Set(pages.flatMap((p) => [...p.starts].filter((w) => /^[a-z]{3}$/.test(w))))].filter(
    (a) => !held.has(acronymToken(a.toUpperCase())) && !pages.some((p) => p.words.has(a) || p.words.has(`${a}s`)),
  );
  const common = [...new Set(pages.flatMap((p) => [...p.words]))]
    .filter((w) => /^[a-z]{6,}$/.test(w))
    .map((word) => ({ word, on: pages.filter((p) => p.words.has(word)) }))
    .sort((x, y) => y.on.length - x.on.length || x.word.localeCompare(y.word))
    .slice(0, 40);
  const pairs = letters.flatMap((a) => {
    const wrong = longestHeld(acronymToken(a.toUpperCase())) ?? '';
    return common.map(({ word, on }) => ({
      a,
      word,
      right: on.filter((p) => p.starts.has(a)).length,
      gap: on.filter((p) => wrong && p.starts.has(wrong) && !p.starts.has(a)).length,
    }));
  });
  const best = pairs
    .filter((x) => x.right > 0)
    .sort((x, y) => y.gap - x.gap || `${x.a} ${x.word}`.localeCompare(`${y.a} ${y.word}`))[0];
  expect(best?.gap, 'three letters no page writes in capitals, and a word').toBeGreaterThan(0);
  const { a, word } = best!;
  const acronym = a.toUpperCase();

  const withWord = await countFound(page, word);
  await openSearch(page, new URLSearchParams({ q: `${acronym} ${word}` }).toString());
  await expect(status(page)).toHaveText(
    `No papers for “${acronym} ${word}”; ${paperCount(withWord)} with all but one of its words`,
  );
  await expect(page.getByText(`No paper has “${acronym}”.`, { exact: true })).toBeVisible();
  await expect(
    results(page)
      .first()
      .getByText(/^Missing: /),
  ).toHaveText(`Missing: “${acronym}”`);
  // typed in lowercase, the letters are the start of longer words, as any word is
  expect(await countFound(page, `${a} ${word}`)).toBeGreaterThan(0);
});

test('where no web worker can start, searches run on the main thread and show the same results', async ({ page }) => {
  await openSearch(page, 'q=segmentation');
  const withWorker = await resultTitles(page).allTextContents();
  expect(withWorker.length).toBeGreaterThan(0);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.addInitScript(() => {
    // @ts-expect-error: a browser without workers
    delete window.Worker;
  });
  await openSearch(page, 'q=segmentation');
  expect(await resultTitles(page).allTextContents()).toEqual(withWorker);
  expect(workers).toEqual([]);
});

test('results can be walked with the arrow keys', async ({ page }) => {
  await openSearch(page, 'q=chest+x-ray');
  await queryBox(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(queryBox(page)).toBeFocused();
  await expect(page.getByText('Press ↓ from the box to move through the results.')).toBeVisible();
  await expect(page.locator('#site-search')).toHaveAttribute('placeholder', 'Search papers ( / )');
});

test('on a touch screen, where no arrow or slash key is at hand, the keyboard hints are not shown', async ({
  browser,
}) => {
  const context = await browser.newContext({ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('search/?q=chest+x-ray');
  await expect(resultTitles(page).first()).toBeVisible();
  await expect(page.getByText('Press ↓ from the box to move through the results.')).toBeHidden();
  // Nor does the header's box offer the "/" shortcut, which a desktop shows.
  await expect(page.locator('#site-search')).toHaveAttribute('placeholder', 'Search papers');
  await context.close();
});

test('no results suggest removing a filter and browsing the taxonomy', async ({ page }) => {
  await openSearch(page, 'q=segmentation&year=1990');
  await expect(status(page)).toHaveText(/^No papers/);
  await expect(page.getByRole('link', { name: firstBranch.title }).last()).toBeVisible();
  await page.getByRole('button', { name: 'Remove Year: 1990' }).click();
  await expect(page).not.toHaveURL(/year=/);
  await expect(status(page)).toHaveText(/^\d+ papers? for “segmentation”$/);
});

/**
 * Two words of the built index that no paper holds together, each found alone, as the site's own Pagefind says:
 * a word common in the papers (a) and a word of one paper only, which lacks the first (b). Read from the index,
 * so it holds for any catalogue.
 */
async function wordsNeverTogether(page: Page): Promise<[string, string]> {
  const pages = readFragments().map(({ content }) => new Set(content.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? []));
  const pagesOf = new Map<string, number>();
  for (const words of pages) for (const w of words) pagesOf.set(w, (pagesOf.get(w) ?? 0) + 1);
  const common = [...pagesOf]
    .filter(([, n]) => n < pages.length)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 10);
  const pairs = common.flatMap(([a]) =>
    pages
      .filter((words) => !words.has(a))
      .flatMap((words) => [...words].filter((w) => pagesOf.get(w) === 1))
      .slice(0, 3)
      .map((b): [string, string] => [a, b]),
  );
  const found = await page.evaluate(
    async ([candidates, bundle]) => {
      const pagefind = (await import(bundle)) as { search: (q: string) => Promise<{ results: unknown[] }> };
      const count = async (q: string) => (await pagefind.search(q)).results.length;
      for (const [a, b] of candidates)
        if ((await count(`${a} ${b}`)) === 0 && (await count(a)) > 0 && (await count(b)) > 0) return [a, b];
      return null;
    },
    [pairs, '/pagefind/pagefind.js'] as const,
  );
  expect(found, 'two words of the index that no paper holds together').not.toBeNull();
  return found as [string, string];
}

// Pagefind finds the papers holding every word it knows: two words never on one page give nothing.
test('a search that finds nothing shows the papers with all but one of its words, and offers each such search', async ({
  page,
}) => {
  await page.goto('search/');
  const [common, rare] = await wordsNeverTogether(page);
  // The papers holding one of the two words, best Pagefind score first (each page once, with its better score).
  const either = await page.evaluate(
    async ([words, bundle]) => {
      type Result = { id: string; score: number; data: () => Promise<{ url: string }> };
      const pagefind = (await import(bundle)) as { search: (q: string) => Promise<{ results: Result[] }> };
      const best = new Map<string, Result & { missing: string }>();
      for (const [i, word] of words.entries())
        for (const r of (await pagefind.search(word)).results)
          if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, { ...r, missing: words[1 - i]! });
      const ranked = [...best.values()].sort((a, b) => b.score - a.score);
      return { count: ranked.length, first: (await ranked[0]!.data()).url, missing: ranked[0]!.missing };
    },
    [[common, rare], '/pagefind/pagefind.js'] as const,
  );
  await openSearch(page, `q=${common}+${rare}`);
  await expect(status(page)).toHaveText(
    `No papers for “${common} ${rare}”; ${either.count} paper${either.count === 1 ? '' : 's'} with all but one of its words`,
  );
  await expect(
    page.getByText('No paper has all of these words; those below have all but one. Leave one out:'),
  ).toBeVisible();
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', either.first);
  // Each says which word it lacks.
  await expect(
    results(page)
      .first()
      .getByText(/^Missing: /),
  ).toHaveText(`Missing: “${either.missing}”`);
  // So does the compare table, under the title.
  await page.getByRole('combobox', { name: 'Show as' }).selectOption('table');
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstRow.getByRole('link').first()).toHaveAttribute('href', either.first);
  await expect(firstRow.getByText(/^Missing: /)).toHaveText(`Missing: “${either.missing}”`);
  await page.getByRole('combobox', { name: 'Show as' }).selectOption('cards');
  // They are not the search's own papers, so the export menu (of the papers found) stays hidden.
  await expect(page.getByText('Export these papers')).toBeHidden();
  // Once the filters count, they count these papers: every paper has one year, so the years add up to them all.
  await facetGroup(page, 'Year').hover();
  const years = facetGroup(page, 'Year').getByRole('checkbox');
  await expect(years.first()).toHaveAccessibleName(/^\d{4} \d+$/);
  const perYear = (await facetGroup(page, 'Year').locator('[data-count]').allTextContents()).map(Number);
  expect(perYear.reduce((a, b) => a + b, 0)).toBe(either.count);
  // Each word alone finds papers, so both are offered, with how many each query finds, most first.
  const offers = page.getByRole('button', { name: /^Without “/ });
  await expect(offers).toHaveCount(2);
  const counts = (await offers.allTextContents()).map((text) => Number(/: (\d+) papers?$/.exec(text)?.[1]));
  expect(counts.every((n) => n > 0)).toBe(true);
  expect(counts).toEqual([...counts].sort((x, y) => y - x));
  const withCommon = page.getByRole('button', { name: new RegExp(`^Without “${rare}”: \\d+ papers?$`) });
  const n = Number(/: (\d+)/.exec((await withCommon.textContent()) ?? '')?.[1]);
  await withCommon.click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${common}(&|$)`));
  await expect(queryBox(page)).toHaveValue(common);
  await expect(status(page)).toHaveText(`${n} paper${n === 1 ? '' : 's'} for “${common}”`);
});

/**
 * Two words of the catalogue, each on a few pages of its own and some pages together, as the pages' indexed words say
 * (the searches themselves, not these sets, are what the tests compare).
 */
function twoOverlappingWords(): [string, string] {
  const pages = indexedPages();
  const on = new Map<string, Set<string>>();
  for (const p of pages)
    for (const w of p.words) if (/^[a-z]{6,}$/.test(w)) on.set(w, (on.get(w) ?? new Set()).add(p.url));
  const words = [...on].filter(([, urls]) => urls.size >= 4 && urls.size <= 20).sort(([a], [b]) => a.localeCompare(b));
  for (const [a, onA] of words)
    for (const [b, onB] of words) {
      const both = [...onA].filter((u) => onB.has(u)).length;
      if (a < b && both >= 1 && onA.size - both >= 2 && onB.size - both >= 2 && onA.size + onB.size - both <= 40)
        return [a, b];
    }
  throw new Error('no two words of the catalogue share some pages and not others');
}

/** The paths of every paper a search finds, read from the compare table (which shows up to 50 at once). */
async function foundPaths(page: Page, q: string): Promise<string[]> {
  await openSearch(page, new URLSearchParams({ q, view: 'table' }).toString());
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toBeHidden();
  return page
    .getByRole('table')
    .locator('tbody tr th a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Once the filters count (hovered), each year's count is the number of the given papers of that year. */
async function expectYearCounts(page: Page, paths: string[]) {
  const yearOf = new Map(papers.map((p) => [p.id, p.data.year]));
  const expected = new Map<number, number>();
  for (const path of paths) {
    const year = yearOf.get(path.split('/').filter(Boolean).at(-1)!)!;
    expected.set(year, (expected.get(year) ?? 0) + 1);
  }
  await facetGroup(page, 'Year').hover();
  const years = facetGroup(page, 'Year').getByRole('checkbox');
  await expect(years.first()).toHaveAccessibleName(/^\d{4} \d+$/);
  for (const name of await years.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))) {
    const label = facetGroup(page, 'Year').locator('label', { hasText: name });
    await expect(label.locator('[data-count]'), name).toHaveText(String(expected.get(Number(name)) ?? 0));
  }
}

test('words joined by OR in capitals find the papers with either, each once, with exact facet counts', async ({
  page,
}) => {
  const [a, b] = twoOverlappingWords();
  const onA = await foundPaths(page, a);
  const onB = await foundPaths(page, b);
  const union = [...new Set([...onA, ...onB])].sort();
  expect(union.length).toBeGreaterThan(Math.max(onA.length, onB.length));
  expect((await foundPaths(page, `${a} OR ${b}`)).sort()).toEqual(union);
  await expect(status(page)).toHaveText(`${paperCount(union.length)} for “${a} OR ${b}”`);
  // Once the filters count, each year counts the papers of that year among the union, each once.
  await expectYearCounts(page, union);
  // in quotes, the same: a phrase is matched only as the whole query, so among operators its words are searched
  expect((await foundPaths(page, `"${a}" OR "${b}"`)).sort()).toEqual(union);
  await expect(page.getByText(/^Quotes match a phrase only around the whole query/)).toBeVisible();
  await expectYearCounts(page, union);
  // a phrase that no paper has offers its words without quotes: the two words, in the order no page writes them next
  // to each other (as Pagefind reads a page's words, across punctuation and fields)
  const adjacent = (x: string, y: string) =>
    indexedPages().some(({ content }) => {
      const words = content.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      return words.some((w, i) => w === x && words[i + 1] === y);
    });
  const [x, y] =
    [
      [a, b],
      [b, a],
    ].find(([x, y]) => !adjacent(x!, y!)) ?? [];
  expect(x, `"${a} ${b}" or "${b} ${a}" is a phrase no page has`).toBeDefined();
  const apart = await countFound(page, `${x} ${y}`);
  expect(apart).toBeGreaterThan(0);
  const phrase = `"${x} ${y}"`;
  await openSearch(page, new URLSearchParams({ q: phrase }).toString());
  await expect(status(page)).toHaveText(
    `No papers for “${phrase}”; ${paperCount(apart)} with its words, not as a phrase`,
  );
  await expect(page.getByRole('button', { name: `Without quotes: ${paperCount(apart)}` })).toBeVisible();
  // an alternative that no paper matches leaves the other's papers, and the query without it is offered
  const unknown = 'qzxqzxq';
  await openSearch(page, new URLSearchParams({ q: `${a} OR ${unknown}` }).toString());
  await expect(status(page)).toHaveText(
    `No papers for “${a} OR ${unknown}”; ${paperCount(onA.length)} for its other alternatives`,
  );
  await expect(page.getByText(`No paper has “${unknown}”.`)).toBeVisible();
  await expect(page.getByText(/^One of the alternatives matches no paper/)).toBeVisible();
  await expect(page.getByRole('button', { name: `Without “${unknown}”: ${paperCount(onA.length)}` })).toBeVisible();
  await expect(page.getByText(/^Missing: /)).toHaveCount(0);
});

test('NOT or a leading "-" excludes the papers with a word, alone from every paper; "or" in lower case offers OR', async ({
  page,
}) => {
  const [a, b] = twoOverlappingWords();
  const onA = await foundPaths(page, a);
  const onBoth = await foundPaths(page, `${a} ${b}`);
  const expected = onA.filter((p) => !onBoth.includes(p)).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(onA.length);
  for (const q of [`${a} NOT ${b}`, `${a} -${b}`]) {
    expect((await foundPaths(page, q)).sort(), q).toEqual(expected);
    await expect(status(page)).toHaveText(`${paperCount(expected.length)} for “${q}”`);
  }
  await expectYearCounts(page, expected);
  // alone, from every paper
  const onB = await countFound(page, b);
  expect(await countFound(page, `NOT ${b}`)).toBe(papers.length - onB);
  // an excluded word names no page to browse; the same word searched does
  const used = new Set(papers.flatMap((p) => p.data.modalities ?? []));
  const modality = modalities.find((m) => used.has(m.id) && /^[\p{L}\p{N}]+$/u.test(m.label))!;
  const browse = page.getByRole('navigation', { name: 'Pages for these words' });
  await openSearch(page, new URLSearchParams({ q: modality.label }).toString());
  await expect(browse.getByRole('link', { name: `Modality: ${modality.label}`, exact: true })).toBeVisible();
  await openSearch(page, new URLSearchParams({ q: `NOT ${modality.label}` }).toString());
  await expect(browse.getByRole('link', { name: `Modality: ${modality.label}`, exact: true })).toBeHidden();
  // too many operators to count exactly: searched as words, and said
  await openSearch(page, new URLSearchParams({ q: `${a} OR ${b} NOT xa NOT xb NOT xc` }).toString());
  await expect(page.getByText(/^Too many alternatives and excluded words/)).toBeVisible();

  await openSearch(page, new URLSearchParams({ q: `${a} or ${b}` }).toString());
  await expect(page.getByText(/“or” in lower case is searched as a word/)).toBeVisible();
  const offer = page.getByRole('button', { name: new RegExp(`^${a} OR ${b} \\(\\d+ papers?\\)$`) });
  const offered = Number(/\((\d+)/.exec((await offer.textContent())!)![1]);
  await offer.click();
  await expect(page).toHaveURL(new RegExp(`q=${a}\\+OR\\+${b}`));
  await expect(status(page)).toHaveText(`${paperCount(offered)} for “${a} OR ${b}”`);
  await expect(page.getByText(/in lower case/)).toBeHidden();
  // emptied, the query leaves no note behind
  await queryBox(page).fill(`${a} or ${b}`);
  await expect(page.getByText(/in lower case/)).toBeVisible();
  await queryBox(page).fill('');
  await expect(page.getByText(/in lower case/)).toBeHidden();
});

/**
 * A misspelling of a word many papers hold, made by swapping two of its letters, that no paper holds, and the word
 * it should be corrected to: read from the site's own vocabulary (dist/search/words.json), whatever the catalogue.
 */
function misspelling(): { typo: string; word: string } {
  const vocabulary = JSON.parse(readFileSync(join('dist', SEARCH_WORDS), 'utf8')) as Vocabulary;
  const frequent = vocabulary.filter(([w]) => /^[a-z]{8,}$/.test(w)).sort((a, b) => b[1] - a[1]);
  for (const [word] of frequent) {
    for (let i = 2; i < word.length - 2; i++) {
      if (word[i] === word[i + 1]) continue;
      const typo = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
      if (!isKnown(typo, vocabulary) && spellingCandidates(typo, vocabulary)[0] === word) return { typo, word };
    }
  }
  throw new Error('no frequent word of the vocabulary has a misspelling that only it is near');
}

test('a misspelt word is named, and its correction offered with what it finds', async ({ page }) => {
  const { typo, word } = misspelling();
  await openSearch(page, `q=${typo}`);
  await expect(page.getByText(`No paper has “${typo}”. Did you mean:`, { exact: true })).toBeVisible();
  // What Pagefind matched of it (a piece of another word) is not shown as found.
  await expect(status(page)).toHaveText(`No papers for “${typo}”`);
  await expect(results(page)).toHaveCount(0);
  const offer = page.getByRole('button', { name: new RegExp(`^${word} \\(\\d+ papers?\\)$`) });
  const n = Number(/\((\d+)/.exec((await offer.textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  await offer.click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
  await expect(queryBox(page)).toHaveValue(word);
  await expect(status(page)).toHaveText(`${n} paper${n === 1 ? '' : 's'} for “${word}”`);
  await expect(page.getByText(/^No paper has /)).toBeHidden();
});

test('a correctly spelt query fetches no vocabulary and offers no correction', async ({ page }) => {
  const vocabularyRequests: string[] = [];
  page.on('request', (r) => r.url().endsWith(SEARCH_WORDS) && vocabularyRequests.push(r.url()));
  const { word } = misspelling();
  await openSearch(page, `q=${word}`);
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/^No paper has /)).toBeHidden();
  expect(vocabularyRequests).toEqual([]);
});

test('a made-up word that nothing is near is named, with nothing offered', async ({ page }) => {
  const vocabulary = JSON.parse(readFileSync(join('dist', SEARCH_WORDS), 'utf8')) as Vocabulary;
  const madeUp = ['qzxvwk', 'zzqxvw', 'xqzvkw'].find(
    (w) => !isKnown(w, vocabulary) && !spellingCandidates(w, vocabulary).length,
  );
  expect(madeUp, 'a made-up word far from every word of the vocabulary').toBeDefined();
  await openSearch(page, `q=${madeUp}`);
  await expect(page.getByText(new RegExp(`^No paper has “${madeUp}”\\.`))).toBeVisible();
  await expect(page.getByRole('button', { name: /\(\d+ papers?\)$/ })).toHaveCount(0);
  await expect(results(page)).toHaveCount(0);
  // Beside a word that papers hold, it is left out: the papers with that word show, each saying what it lacks.
  const { word } = misspelling();
  await openSearch(page, `q=${word}+${madeUp}`);
  await expect(status(page)).toHaveText(
    new RegExp(`^No papers for “${word} ${madeUp}”; \\d+ papers? with all but one of its words$`),
  );
  await expect(
    results(page)
      .first()
      .getByText(/^Missing: /),
  ).toHaveText(`Missing: “${madeUp}”`);
});

test('a short word or a word with digits that no paper holds is named as typed, never silently left out', async ({
  page,
}) => {
  // Pagefind leaves a word no indexed word starts or is started by out of a query of several words, and matches a
  // short one as the longest indexed word it starts with ("xq" as "x"): both used to pass for found.
  const vocabulary = JSON.parse(readFileSync(join('dist', SEARCH_WORDS), 'utf8')) as Vocabulary;
  const unknown = (words: string[]) => words.find((w) => !isKnown(w.toLowerCase(), vocabulary));
  const withDigits = unknown(['q9z', 'z9q', 'k7x', 'x7k']);
  const capitals = unknown(['QZX', 'XQZ', 'ZQX', 'KQZ']);
  expect(withDigits, 'a word with digits that no word of the vocabulary starts').toBeDefined();
  expect(capitals, 'three capitals that no word of the vocabulary starts').toBeDefined();
  const { word } = misspelling();
  for (const odd of [withDigits!, capitals!]) {
    await openSearch(page, new URLSearchParams({ q: `${word} ${odd}` }).toString());
    await expect(status(page)).toHaveText(
      new RegExp(`^No papers for “${word} ${odd}”; \\d+ papers? with all but one of its words$`),
    );
    await expect(page.getByText(`No paper has “${odd}”.`, { exact: true })).toBeVisible();
    // too short, or not a word of letters: named, never corrected
    await expect(page.getByRole('button', { name: /\(\d+ papers?\)$/ })).toHaveCount(0);
    await expect(
      results(page)
        .first()
        .getByText(/^Missing: /),
    ).toHaveText(`Missing: “${odd}”`);
  }
});

test('a word in capitals is an acronym, whole: the start of longer words ("PET" of "Peter") is not a match', async ({
  page,
}) => {
  const vocabulary = JSON.parse(readFileSync(join('dist', SEARCH_WORDS), 'utf8')) as Vocabulary;
  // three letters that start a word of the papers but are no word of theirs, whole or plural
  const start = vocabulary
    .map(([w]) => w.slice(0, 3))
    .find((s) => /^[a-z]{3}$/.test(s) && !isKnownWhole(s, vocabulary));
  expect(start, 'three letters that start a word of the papers and are none').toBeDefined();
  const acronym = start!.toUpperCase();
  await openSearch(page, `q=${acronym}`);
  await expect(page.getByText(new RegExp(`^No paper has “${acronym}”\\.`))).toBeVisible();
  await expect(status(page)).toHaveText(new RegExp(`^No papers for “${acronym}”`));
  await expect(results(page)).toHaveCount(0);
  // in lower case it is the start of those words, as any word is
  await openSearch(page, `q=${start}`);
  await expect(status(page)).toHaveText(new RegExp(`^\\d+ papers? for “${start}”$`));
});

test('a query naming a dataset and a modality links their pages above the results, and they open', async ({ page }) => {
  // A dataset some paper uses, and a modality of one of those papers: both have pages with papers.
  const dataset = datasets.find((d) => (uses.byDataset.get(d.id)?.length ?? 0) > 0)!;
  const user = uses.byDataset
    .get(dataset.id)!
    .map((u) => u.paper)
    .find((p) => p.data.modalities?.length);
  const modality = modalities.find(
    (m) => m.id === (user ?? papers.find((p) => p.data.modalities?.length)!).data.modalities![0],
  )!;
  await openSearch(page, new URLSearchParams({ q: `${dataset.data.name} ${modality.label}` }).toString());
  const pages = page.getByRole('navigation', { name: 'Pages for these words' });
  await expect(pages).toBeVisible();
  const datasetLink = pages.getByRole('link', { name: `Dataset: ${dataset.data.name}`, exact: true });
  const modalityLink = pages.getByRole('link', { name: `Modality: ${modality.label}`, exact: true });
  await expect(datasetLink).toBeVisible();
  await expect(modalityLink).toBeVisible();
  // each with its number of papers, as the page it leads to counts them
  const n = new Set(uses.byDataset.get(dataset.id)!.map((u) => u.paper.id)).size;
  const datasetItem = pages
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: `Dataset: ${dataset.data.name}`, exact: true }) });
  await expect(datasetItem).toContainText(`(${paperCount(n)})`);
  const { violations } = await new AxeBuilder({ page }).include('nav[aria-label="Pages for these words"]').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await datasetLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.data.name);
  await page.goBack();
  await modalityLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(modality.label);
  // no words, no pages
  await page.goto('search/');
  await queryBox(page).fill(dataset.data.name);
  await queryBox(page).press('Enter');
  await expect(pages).toBeVisible();
  await queryBox(page).fill('');
  await queryBox(page).press('Enter');
  await expect(pages).toBeHidden();
});

test('a last word of one letter is left out of the search until it has a second', async ({ page }) => {
  // Counts the searches the page asks its search worker for.
  await page.addInitScript(() => {
    const w = window as unknown as { searches: number };
    w.searches = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: { method?: string }, ...rest: never[]) {
      if (message?.method === 'search') w.searches++;
      return post.call(this, message, ...rest);
    };
  });
  const searches = () => page.evaluate(() => (window as unknown as { searches: number }).searches);
  /** Types `text` into the box and waits until the page has shown what it asks for. */
  const typeAndWait = async (text: string) => {
    await page.evaluate(
      (query) => {
        (window as unknown as { shown: Promise<void> }).shown = new Promise((done) =>
          document.addEventListener('search-rendered', (e) => {
            if ((e as CustomEvent<{ query: string }>).detail.query === query) done();
          }),
        );
      },
      new URLSearchParams({ q: text }).toString(),
    );
    await queryBox(page).fill(text);
    await page.evaluate(() => (window as unknown as { shown: Promise<void> }).shown);
  };
  await openSearch(page, 'q=segmentation');
  const count = (await status(page).textContent())!.match(/^(\d+)/)![1];
  expect(await searches()).toBe(1);
  await typeAndWait('segmentation c');
  await expect(page).toHaveURL(/[?&]q=segmentation\+c(&|$)/);
  await expect(status(page)).toHaveText(`${count} papers for “segmentation”`);
  // The words searched did not change, so the results on screen stay without a second search.
  expect(await searches()).toBe(1);
  await typeAndWait('segmentation ct');
  await expect(status(page)).toHaveText(/^\d+ papers? for “segmentation ct”$/);
  expect(await searches()).toBe(2);
});

test('without JavaScript the search page says so and links to the taxonomy', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('search/');
  await expect(page.getByText(/Searching needs JavaScript/)).toBeVisible();
  await expect(
    page.getByText(/Searching needs JavaScript/).getByRole('link', { name: firstBranch.title }),
  ).toHaveAttribute('href', `/taxonomy/${firstBranch.id}/`);
  await context.close();
});

// A browser offers to add a site's search from the OpenSearch description its pages link; the template's address is
// the configured site's (SITE_URL), so the test follows its path on the server under test.
for (const [build, home] of [
  ['root', '/'],
  ['base-path', BASE_SITE],
] as const) {
  test(`the ${build} build's pages link an OpenSearch description whose template opens its search page`, async ({
    page,
    request,
  }) => {
    const paper = byId[3]!;
    await page.goto(`${home}papers/${paper.id}/`);
    const link = page.locator('head link[rel="search"]');
    await expect(link).toHaveAttribute('type', 'application/opensearchdescription+xml');
    const description = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(description.status()).toBe(200);
    const doc = (
      new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(await description.text()) as {
        OpenSearchDescription: { ShortName: string; Url: Record<string, string> };
      }
    ).OpenSearchDescription;
    expect(doc.ShortName.length).toBeGreaterThan(0);
    const template = new URL(doc.Url['@template']!.replace('{searchTerms}', encodeURIComponent(paper.data.title)));
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
    expect(template.origin).toBe(canonical.origin);
    const root = new URL(home, page.url());
    const searchPage = new URL(template.pathname + template.search, root);
    expect(searchPage.pathname).toBe(new URL('search/', root).pathname);
    await page.goto(searchPage.href);
    await expect(queryBox(page)).toHaveValue(paper.data.title);
    await expect(resultTitles(page).first()).toHaveAttribute('href', new URL(`papers/${paper.id}/`, root).pathname);
  });
}

test('the base-path build searches and its results open', async ({ page }) => {
  const paper = byId[2]!;
  await page.goto(`${BASE_SITE}search/?q=${encodeURIComponent(paper.data.title)}`);
  const link = resultTitles(page).first();
  await expect(link).toHaveText(paper.data.title);
  await expect(link).toHaveAttribute('href', `${BASE_PATH}papers/${paper.id}/`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(paper.data.title);
});

test('the search page with results and filters applied has no axe violations', async ({ page }) => {
  await openSearch(
    page,
    `q=segmentation&category=${encodeURIComponent(leafTitle('dense-prediction'))}&year=2023&sort=newest`,
  );
  await expect(results(page).first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
