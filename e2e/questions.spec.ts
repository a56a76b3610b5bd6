import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * The three questions the explorer exists to answer, asked of the sample by clicking only. The
 * screenshots are the README's (see `AppPage.screenshot`).
 */
const API = 'wl:production/Deployment/api-server';
const POSTGRES = 'wl:production/StatefulSet/postgres';

test.beforeEach(async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.waitForGraph();
});

test('can monitoring scrape api-server? No: api-server-ingress admits only frontend', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.selectNode(API);
  const deniedFrom = app.inspector
    .locator('section, div')
    .filter({ hasText: /^Denied from/ })
    .first();
  await deniedFrom
    .getByRole('button', { name: /prometheus/ })
    .first()
    .click();
  await expect(
    app.inspector.getByTestId('verdict').filter({ hasText: '9090/TCP: denied' }),
  ).toBeVisible();
  await expect(app.inspector).toContainText(
    'isolated for ingress by production/api-server-ingress',
  );
  await expect(app.inspector).toContainText('rule 1 admits pods app=frontend on 8080/TCP');
  // The denied attempt is drawn, and picked out, on the graph.
  await expect(app.edge(`denied:wl:monitoring/Deployment/prometheus->${API}`)).toBeVisible();
  await app.screenshot('q1-monitoring-scrape-api-server', 'screenshot');
});

test('who can reach postgres? Everyone in the cluster: no policy isolates it', async ({ page }) => {
  const app = new AppPage(page);
  await app.selectNode(POSTGRES);
  const reachedBy = app.inspector
    .locator('section, div')
    .filter({ hasText: /^Reached by/ })
    .first();
  for (const who of ['api-server', 'frontend', 'prometheus'])
    await expect(reachedBy).toContainText(who);
  await expect(reachedBy).toContainText('5432/TCP');
  await expect(app.inspector).not.toContainText('ingress isolated');
  await app.screenshot('q2-who-reaches-postgres', 'who-reaches-postgres');
});

test('what is exposed to the internet, and does a policy stop it?', async ({ page }) => {
  const app = new AppPage(page);
  await app.openTab('Exposure');
  const rows = page.getByTestId('exposure-row');
  await expect(rows.filter({ hasText: 'api-server-np' })).toContainText('31080');
  const lb = rows.filter({ hasText: 'api-server-lb' });
  await expect(lb).toContainText('203.0.113.0/24');
  // Exposed, but the policy stops it: no backend's ingress admits clients from outside.
  for (const row of [lb, rows.filter({ hasText: 'api-server-np' })])
    await expect(row).toContainText('ingress turns outside clients away');
  await app.screenshot('q3-exposed', 'exposure');
});
