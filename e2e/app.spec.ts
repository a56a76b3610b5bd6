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

  // public/samples/production.yaml: production, kube-system, monitoring; five workloads.
  expect(await app.count('namespaces')).toBe(3);
  expect(await app.count('endpoints')).toBe(5);
  expect(await app.count('services')).toBe(7);
  expect(await app.count('policies')).toBe(1);
  // The pipeline runs in the module Worker, not on the page's thread.
  await expect(page.getByTestId('timings')).toContainText('Analysed in the worker');

  await expect(app.diagnosticsOf('error')).toHaveCount(0);
  expect(await app.services.count()).toBe(await app.count('services'));
  expect(await app.endpoints.count()).toBe(await app.count('endpoints'));
  await expect(app.services.filter({ hasText: 'kube-system/kube-dns' })).toHaveCount(1);

  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  expect(errors).toEqual([]);
});
