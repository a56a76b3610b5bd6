import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const SCREENSHOT = fileURLToPath(new URL('../test-results/app.png', import.meta.url));

test('the page loads the production sample and shows what it imported', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  const app = new AppPage(page);
  await app.goto();
  await expect(page).toHaveTitle('reachmap');
  await app.waitForSample();

  // production, kube-system, monitoring — the sample may grow, so only lower bounds.
  expect(await app.count('namespaces')).toBeGreaterThanOrEqual(3);
  expect(await app.count('services')).toBeGreaterThanOrEqual(6);
  expect(await app.count('policies')).toBeGreaterThanOrEqual(1);
  expect(await app.count('endpoints')).toBeGreaterThanOrEqual(1);

  await expect(app.diagnosticsOf('error')).toHaveCount(0);
  expect(await app.services.count()).toBe(await app.count('services'));
  expect(await app.endpoints.count()).toBe(await app.count('endpoints'));
  await expect(app.services.filter({ hasText: 'kube-system/kube-dns' })).toHaveCount(1);

  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  expect(errors).toEqual([]);
});
