import { expect, test } from '@playwright/test';
import { loadCatalogue } from '../helpers/catalogue';

const { papers, leaves } = loadCatalogue();

test('the home page lists every paper under each of its categories', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const leaf of leaves) {
    const expected = papers.filter((p) => p.data.categories.includes(leaf.id)).length;
    await expect(page.getByRole('heading', { name: new RegExp(`^${leaf.title}\\b`) })).toContainText(String(expected));
  }
});
