import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

test('the sample loads and shows production workloads and Services in the graph', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  const app = new AppPage(page);
  await app.goto();
  await expect(page).toHaveTitle('reachmap');
  await app.waitForGraph();

  // public/samples/production.yaml: production, kube-system, monitoring; five workloads.
  expect(await app.count('namespaces')).toBe(3);
  expect(await app.count('endpoints')).toBe(5);
  expect(await app.count('services')).toBe(7);
  expect(await app.count('policies')).toBe(1);
  await expect(app.diagnosticsOf('error')).toHaveCount(0);
  // The pipeline runs in the module Worker, not on the page's thread.
  await expect(page.getByTestId('timings')).toContainText('worker');

  for (const id of [
    'wl:production/Deployment/api-server',
    'wl:production/Deployment/frontend',
    'wl:production/StatefulSet/postgres',
    'svc:production/api-server',
    'svc:production/api-server-np',
  ]) {
    await expect(app.node(id)).toBeVisible();
  }
  // Port chips are drawn from a readable zoom on (simplified drawing below it).
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await expect(app.node('svc:production/api-server-np')).toContainText('nodePort 31080');
  await expect(app.node('svc:production/api-server')).toContainText('80 → 8080/TCP');
  await app.screenshot('01-sample');
  expect(errors).toEqual([]);
});
