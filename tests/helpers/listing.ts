/**
 * Where a list shows a paper, computed from the entries with the site's own ordering and page size (never read
 * from the built pages): a category's papers are listed on the category page, or, where the survey splits the
 * category into groups, on each of its groups' pages; long lists run over numbered pages.
 */
import type { Page } from '@playwright/test';
import { newestFirst } from '../../src/lib/site/group.ts';
import { PAGE_SIZE, pagePath } from '../../src/lib/site/pages.ts';
import { groupPath, leafPath, UNGROUPED } from '../../src/lib/site/routes.ts';
import { leaves } from '../../src/schemas/vocabularies.ts';
import type { LoadedPaper } from './catalogue.ts';

/** The page of a list (first page at `base`) on which `id` appears, newest first. */
export function pageOf(list: readonly LoadedPaper[], id: string, base: string): string {
  const index = [...list].sort(newestFirst).findIndex((p) => p.id === id);
  if (index < 0) throw new Error(`${id} is not in the list at ${base}`);
  return pagePath(base, Math.floor(index / PAGE_SIZE) + 1);
}

/**
 * The path, relative to the site root, of the page that lists `paper` as a card under category `leafId`:
 * its first group's page when the category has groups, else the category's own page.
 */
export function listingOf(papers: readonly LoadedPaper[], paper: LoadedPaper, leafId: string): string {
  const leaf = leaves.find((l) => l.id === leafId)!;
  const inLeaf = papers.filter((p) => p.data.categories.includes(leafId));
  if (!leaf.groups) return pageOf(inLeaf, paper.id, leafPath(leafId));
  const groupOf = (p: LoadedPaper) => p.data.subgroups?.find((g) => g.startsWith(`${leafId}/`))?.split('/')[1];
  const group = groupOf(paper) ?? UNGROUPED;
  const inGroup = inLeaf.filter((p) =>
    group === UNGROUPED ? !groupOf(p) : p.data.subgroups?.includes(`${leafId}/${group}`),
  );
  return pageOf(inGroup, paper.id, groupPath(leafId, group));
}

/**
 * Every paper a list shows, over all its pages: the visible card links of the open page, then of each page
 * reached by its visible "Next" link. Without JavaScript this is what a reader can reach.
 */
export async function listedAcrossPages(page: Page): Promise<Set<string>> {
  const ids = new Set<string>();
  for (;;) {
    const hrefs = await page
      .getByRole('main')
      .locator('article a[href*="/papers/"]')
      .filter({ visible: true })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const id = /\/papers\/([^/]+)\/$/.exec(href)?.[1];
      if (id) ids.add(id);
    }
    const next = page.getByRole('main').locator('a[rel="next"]').filter({ visible: true });
    if (!(await next.count())) return ids;
    await next.first().click();
  }
}
