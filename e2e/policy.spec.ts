import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const POLICY = 'production/api-server-ingress';

test('a policy shows what it isolates, each rule with the flows it admits, and links to its rules', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await app.waitForGraph();
  await app.selectPolicy('api-server-ingress');

  const panel = app.policyPanel;
  await expect(panel.getByRole('heading', { level: 3 })).toContainText(POLICY);
  await expect(panel).toContainText('Ingress, Egress');
  await expect(panel.getByTestId('policy-isolates')).toHaveText(
    'Isolates 1 endpoint for ingress and egress:',
  );
  await expect(panel.getByRole('region', { name: 'Selected endpoints' })).toContainText(
    'production/api-server',
  );

  const ingress = panel.getByRole('region', { name: 'Ingress rule 1' });
  await expect(ingress).toContainText('Admits pods app=frontend on 8080/TCP');
  const flow = ingress.getByTestId('policy-flow');
  await expect(flow).toHaveCount(1);
  await expect(flow).toContainText('production/frontend → production/api-server');
  await expect(flow).toContainText('8080/TCP');
  await expect(panel.getByRole('region', { name: 'Egress rule 2' })).toContainText(
    'production/api-server → production/postgres',
  );

  // The graph keeps the policy's pods and peers lit and dims what it does not touch.
  await expect(app.node('wl:production/Deployment/api-server').locator('.is-dimmed')).toHaveCount(
    0,
  );
  await expect(app.node('wl:production/Deployment/frontend').locator('.is-dimmed')).toHaveCount(0);
  await expect(app.node('wl:monitoring/Deployment/prometheus').locator('.is-dimmed')).toHaveCount(
    1,
  );
  await app.screenshot('11-policy');

  await ingress
    .getByRole('button', { name: `Open ingress rule 1 of ${POLICY} in the editor` })
    .click();
  await expect(app.activeEditorLine).toHaveText(/^\s*- from:$/);
  await expect(app.activeEditorLine).toBeInViewport();
  await expect(app.activeEditorLineNumber).toHaveText('275');

  // A selected endpoint selects its node in the graph.
  await panel
    .getByRole('region', { name: 'Selected endpoints' })
    .getByRole('button', { name: 'Select production/Deployment/api-server in the graph' })
    .click();
  await expect(app.inspector.getByRole('heading', { level: 3 })).toHaveText('api-server');
});

test('an explanation links the rule it names to its line in the editor', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.waitForGraph();
  await app.selectNode('wl:production/Deployment/api-server');
  await app.inspector
    .getByRole('region', { name: 'Denied from' })
    .getByRole('button', { name: /prometheus/ })
    .first()
    .click();
  const summary = app.inspector.locator('.rm-insp-summary').first();
  await expect(summary).toContainText(`(${POLICY} rule 1 admits pods app=frontend on 8080/TCP)`);
  await summary
    .getByRole('button', { name: `Open ingress rule 1 of ${POLICY} in the editor` })
    .click();
  await expect(app.activeEditorLineNumber).toHaveText('275');
});
