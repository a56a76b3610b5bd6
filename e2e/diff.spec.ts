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
    `⊘ newly denied ${FRONTEND} → ${API} 9090/TCP`,
  ]);
  // Only that policy decided anything.
  await expect(page.getByTestId('compare-policy')).toHaveCount(1);
  await diff.app.screenshot('30-compare');

  // The policy's name opens it in the inspector.
  await group.getByRole('button', { name: 'production/api-server-ingress' }).click();
  await expect(diff.app.policyPanel).toBeVisible();
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
