import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DiffPage } from './pages/diff-page';

// The sample (the editor's files, "after") has api-server-ingress admit frontend on 8080. The
// before version admitted it on 9090 instead, so the change opens 8080 and closes 9090.
const SAMPLE = readFileSync('public/samples/production.yaml', 'utf8');
const POLICY_START = SAMPLE.indexOf('name: api-server-ingress');
const BEFORE =
  SAMPLE.slice(0, POLICY_START) + SAMPLE.slice(POLICY_START).replace('port: 8080', 'port: 9090');
const FRONTEND = 'production/Deployment/frontend';
const API = 'production/Deployment/api-server';

test.beforeEach(async ({ page }) => {
  const diff = new DiffPage(page);
  await diff.app.goto();
  await diff.app.waitForGraph();
  await diff.open();
});

test('a pasted before version lists the flows a policy change opens and closes', async ({
  page,
}) => {
  expect(BEFORE).not.toBe(SAMPLE);
  const diff = new DiffPage(page);
  await expect(page.getByText('Nothing to compare yet.')).toBeVisible();
  await diff.pasteBefore(BEFORE);

  await expect(diff.summary).toContainText('1 newly allowed; 1 newly denied; 0 Service changes');
  const group = diff.group('production/api-server-ingress');
  await expect(group).toContainText('policy changed');
  await expect(diff.flows(group, 'allowed')).toHaveText([
    `+ newly allowed ${FRONTEND} → ${API} 8080/TCP`,
  ]);
  await expect(diff.flows(group, 'denied')).toHaveText([
    `− newly denied ${FRONTEND} → ${API} 9090/TCP`,
  ]);
  // Only that policy decided anything.
  await expect(page.getByTestId('compare-policy')).toHaveCount(1);
  await diff.app.screenshot('30-compare');

  // The policy's name opens it in the inspector.
  await group.getByRole('button', { name: 'production/api-server-ingress' }).click();
  await expect(diff.app.policyPanel).toBeVisible();
});

test('Compare mode draws the changed flows', async ({ page }) => {
  const diff = new DiffPage(page);
  const app = diff.app;
  await diff.pasteBefore(BEFORE);
  await expect(diff.summary).toContainText('1 newly allowed; 1 newly denied');

  // The after version's graph sits beside the list, with the change drawn over it.
  const opened = app.edge(`opened:wl:${FRONTEND}->wl:${API}`);
  const closed = app.edge(`closed:wl:${FRONTEND}->wl:${API}`);
  await expect(opened).toHaveCount(1);
  await expect(closed).toHaveCount(1);
  // Told apart by line style, arrow and label text as well as colour.
  await expect(opened.locator('path.rm-edge')).toHaveCSS('stroke-dasharray', 'none');
  await expect(closed.locator('path.rm-edge')).not.toHaveCSS('stroke-dasharray', 'none');
  await expect(page.locator('.rm-edge-label--opened')).toHaveText('+ 8080/TCP');
  await expect(page.locator('.rm-edge-label--closed')).toHaveText('− 9090/TCP');
  await expect(page.getByTestId('change-note')).toHaveText(
    'Compare: + newly allowed 1 edge, − newly denied 1 edge.',
  );
  // As in a review meeting: the editor put away, the graph keeps the change in view.
  await page.getByRole('button', { name: 'Editor', exact: true }).click();
  await expect(opened).toBeInViewport();
  await expect(closed).toBeInViewport();
  await page.waitForTimeout(600); // the re-fit's animation, for the picture only
  await app.screenshot('31-compare-graph', 'compare');
  const legend = page.locator('.rm-legend');
  await legend.getByText('Legend').click();
  await expect(legend.getByText('+ Newly allowed by the change')).toBeVisible();
  await expect(legend.getByText('− Newly denied by the change')).toBeVisible();
  // Nothing else changed, so everything else recedes.
  await expect(
    app.edge(`allowed:wl:${API}->wl:production/StatefulSet/postgres`).locator('path.rm-edge'),
  ).toHaveClass(/is-dimmed/);
  await expect(opened.locator('path.rm-edge')).toHaveClass(/is-highlighted/);
  await legend.getByText('Legend').click();

  // A flow in the list picks its edge; the inspector says which policy decided it, and why.
  await diff
    .flows(diff.group('production/api-server-ingress'), 'denied')
    .getByRole('button')
    .click();
  await expect(
    app.inspector.getByRole('heading', { name: 'Newly denied by the change' }),
  ).toBeVisible();
  await expect(app.inspector.getByTestId('change-causes')).toContainText(
    'Decided by production/api-server-ingress',
  );
  await expect(app.inspector).toContainText('Denied');
  await expect(page.locator('.rm-edge-label--closed')).toHaveClass(/is-selected/);
  await app.screenshot('32-compare-edge');

  // Outside Compare the graph is the plain one again.
  await app.openTab('Graph');
  await expect(app.node('ns:production')).toBeVisible();
  await expect(page.locator('.react-flow__edge[data-id^="opened:"]')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge[data-id^="closed:"]')).toHaveCount(0);
  await expect(page.getByTestId('change-note')).toHaveCount(0);
});

test('the same version has no changes, and the before version survives a tab switch', async ({
  page,
}) => {
  const diff = new DiffPage(page);
  await diff.pasteBefore(SAMPLE);
  await expect(diff.summary).toHaveText('No changes.');
  await diff.app.openTab('Graph');
  await diff.open();
  await expect(diff.before).toHaveValue(SAMPLE);
  await expect(diff.summary).toHaveText('No changes.');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByText('Nothing to compare yet.')).toBeVisible();
});
