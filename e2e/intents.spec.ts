import { expect, test } from '@playwright/test';
import { IntentsPage } from './pages/intents-page';

// Expectations on the sample (public/samples/production.yaml), by hand: api-server-ingress
// isolates api-server and admits only app=frontend on 8080, so Prometheus cannot scrape 9090.
const INTENTS = `# what must hold in the sample cluster
- name: frontend calls the API
  from: production/frontend
  to: production/api-server
  port: 8080
  expect: allow
- name: prometheus scrapes the API
  from: {namespace: monitoring, labels: {app: prometheus}}
  to: production/api-server
  port: 9090
  expect: allow
`;

test('intents pass and fail live as the policy is edited, and a failure says why', async ({
  page,
}) => {
  // Three analyses and typing in the editor: give a loaded 2-core machine room.
  test.setTimeout(120_000);
  const intents = new IntentsPage(page);
  await intents.app.goto();
  await intents.app.waitForGraph();
  await expect(intents.panel).toHaveCount(0);

  await intents.addFile('reachmap-intents.yaml', INTENTS);
  await expect(intents.panel).toBeVisible();
  await intents.expectStatus('frontend calls the API', 'pass');
  await intents.expectStatus('prometheus scrapes the API', 'fail');
  await expect(intents.counts).toHaveText('1 passed, 1 failed');
  // The intents file is not read as manifests: no problem is listed for it.
  await expect(intents.app.diagnostics.filter({ hasText: 'reachmap-intents.yaml' })).toHaveCount(0);

  const why = intents.reasons('prometheus scrapes the API');
  await expect(why).toContainText(
    'monitoring/Deployment/prometheus → production/Deployment/api-server',
  );
  await expect(why).toContainText('is isolated for ingress by production/api-server-ingress');
  await expect(why).toContainText('admits pods app=frontend on 8080/TCP');
  await intents.app.screenshot('intents-failing');

  // The policy's name in the reason opens it in the editor; its podSelector is a few lines down.
  await why
    .getByRole('button', { name: /Open production\/api-server-ingress in the editor/ })
    .first()
    .click();
  await expect(intents.app.activeEditorLine).toHaveText('apiVersion: networking.k8s.io/v1');
  await intents.cursorDownTo('      app: api-server', 12);
  // The policy now selects no pod, so nothing isolates api-server: Prometheus may scrape it.
  await page.keyboard.press('End');
  await page.keyboard.type('-v2');
  await intents.expectStatus('prometheus scrapes the API', 'pass');
  await intents.expectStatus('frontend calls the API', 'pass');
  await expect(intents.counts).toHaveText('2 passed, 0 failed');
  await intents.app.screenshot('intents-fixed');

  // Undoing the edit by hand isolates api-server again: the intent turns red again.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await intents.expectStatus('prometheus scrapes the API', 'fail');
});

test('mistakes in the intents file are listed with their line, the good intents still checked', async ({
  page,
}) => {
  const intents = new IntentsPage(page);
  await intents.app.goto();
  await intents.app.waitForGraph();
  await intents.addFile(
    'checks.intents.yaml',
    `${INTENTS}- from: frontend\n  to: production/api-server\n  port: http\n  expect: allow\n`,
  );
  const errors = intents.panel.getByTestId('intent-error');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText('checks.intents.yaml:12');
  await expect(errors.nth(0)).toContainText('intent 3: from "frontend": no namespace');
  await expect(errors.nth(1)).toContainText('checks.intents.yaml:14');
  await intents.expectStatus('frontend calls the API', 'pass');
  await expect(intents.counts).toHaveText('1 passed, 1 failed, 2 errors in checks.intents.yaml');
});
