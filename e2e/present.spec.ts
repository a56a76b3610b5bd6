import { expect, test } from '@playwright/test';
import { PresentPage } from './pages/present-page';

const API = 'wl:production/Deployment/api-server';
const FRONTEND = 'wl:production/Deployment/frontend';
const POSTGRES = 'wl:production/StatefulSet/postgres';
/** A ClusterIP Service beside api-server: no policy flow touches it, and it stays on screen. */
const API_SERVICE = 'svc:production/api-server';
const LB = 'svc:production/api-server-lb';
const NP = 'svc:production/api-server-np';

/** A second policy, so the walkthrough has two to step between: only api-server reaches postgres. */
const POSTGRES_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: postgres-ingress, namespace: production}
spec:
  podSelector: {matchLabels: {app: postgres}}
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {app: api-server}}}]
      ports: [{port: 5432, protocol: TCP}]
`;

test.beforeEach(async ({ page }) => {
  const present = new PresentPage(page);
  await present.app.goto();
  await present.app.waitForGraph();
});

test('keyboard only: p presents, the arrows walk through policies then exposed Services, Escape leaves', async ({
  page,
}) => {
  const present = new PresentPage(page);
  await present.addFile('postgres-policy.yaml', POSTGRES_POLICY, 2);

  await present.press('p');
  await present.expectPresenting();
  await expect(present.step).toHaveText('Walkthrough · 2 policies, 2 exposed Services');
  await expect(present.caption).toContainText('Press → to start');
  await present.settle();

  await present.press('ArrowRight');
  await expect(present.step).toHaveText('Policy 1 of 2 · production/api-server-ingress');
  await expect(present.caption).toHaveText(
    /^Isolates production\/Deployment\/api-server for ingress and egress · ingress admits pods app=frontend on 8080\/TCP \(1 flow\)/,
  );
  await expect(present.announcement).toHaveText(
    /^Policy 1 of 2 · production\/api-server-ingress\. Isolates /,
  );
  // What the policy selects and what it admits are lit; what it does not touch is dimmed.
  await present.expectLit(API);
  await present.expectLit(FRONTEND);
  await present.expectLit(POSTGRES);
  await present.expectDimmed(API_SERVICE);
  await expect(present.app.policyPanel.getByRole('heading', { level: 3 })).toContainText(
    'production/api-server-ingress',
  );
  await expect(present.app.policyPanel).toBeVisible();
  await present.settle();
  await present.expectInView(API);
  await present.screenshot('1-policy');

  await present.press('ArrowDown');
  await expect(present.step).toHaveText('Policy 2 of 2 · production/postgres-ingress');
  await expect(present.caption).toHaveText(
    'Isolates production/StatefulSet/postgres for ingress · ingress admits pods app=api-server on 5432/TCP (1 flow)',
  );
  await present.expectLit(POSTGRES);
  await present.expectLit(API);
  await present.expectDimmed(FRONTEND);
  await present.expectDimmed(API_SERVICE);
  await present.settle();
  await present.expectInView(POSTGRES);
  await present.screenshot('2-policy');

  await present.press('ArrowRight');
  await expect(present.step).toHaveText('Exposed Service 1 of 2 · production/api-server-lb');
  await expect(present.caption).toHaveText(
    /^LoadBalancer 443\/TCP from 10\.0\.0\.0\/8, 203\.0\.113\.0\/24 · not reachable from outside/,
  );
  await present.app.expectSelected(LB);
  await present.expectLit(API);
  await present.expectDimmed(FRONTEND);
  await expect(present.app.inspector.getByRole('heading', { level: 3 }).first()).toContainText(
    'api-server-lb',
  );
  await present.settle();
  await present.expectInView(LB);
  await present.screenshot('3-service');

  await present.press('ArrowRight');
  await expect(present.step).toHaveText('Exposed Service 2 of 2 · production/api-server-np');
  await expect(present.caption).toContainText('NodePort 31080 on every node → 80/TCP');
  await present.app.expectSelected(NP);
  await present.settle();
  await present.expectInView(NP);

  // The last step is the end: → does not wrap round to the first policy.
  await present.press('ArrowRight');
  await expect(present.step).toHaveText('Exposed Service 2 of 2 · production/api-server-np');
  await present.press('ArrowLeft');
  await expect(present.step).toHaveText('Exposed Service 1 of 2 · production/api-server-lb');
  await present.press('Home');
  await expect(present.step).toHaveText('Policy 1 of 2 · production/api-server-ingress');
  await present.press('End');
  await expect(present.step).toHaveText('Exposed Service 2 of 2 · production/api-server-np');
  await present.press('ArrowUp');
  await expect(present.step).toHaveText('Exposed Service 1 of 2 · production/api-server-lb');

  await present.press('Escape');
  await present.expectNotPresenting();
  expect(await present.fullscreenElement()).toBeUndefined();
  // What was shown last stays selected, to be explored at the desk.
  await present.app.expectSelected(LB);
});

test('the Present button enters full screen, and leaving full screen leaves presentation mode', async ({
  page,
}) => {
  const present = new PresentPage(page);
  await present.presentButton.click();
  await present.expectPresenting();
  await expect.poll(() => present.fullscreenElement()).toBe('app');
  await page.evaluate(() => document.exitFullscreen());
  await present.expectNotPresenting();
});

test('presentation works in the window when full screen is refused, dark theme too', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () =>
      Promise.reject(new TypeError('Permissions check failed'));
  });
  const present = new PresentPage(page);
  await present.app.goto();
  await present.app.waitForGraph();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await present.press('p');
  await present.expectPresenting();
  expect(await present.fullscreenElement()).toBeUndefined();
  await expect(present.bar).toBeFocused();
  await present.settle();
  await present.press('ArrowRight');
  await expect(present.step).toHaveText('Policy 1 of 1 · production/api-server-ingress');
  await present.settle();
  await present.expectInView(API);
  await present.screenshot('5-dark');

  // A click elsewhere on the graph: the bar keeps the place and says the graph shows something else.
  await present.app.selectNode(FRONTEND);
  await present.app.expectSelected(FRONTEND);
  await expect(present.bar).toContainText('Showing another selection');
  await present.press('ArrowRight');
  await expect(present.step).toHaveText('Exposed Service 1 of 2 · production/api-server-lb');
  await expect(present.bar).not.toContainText('Showing another selection');

  // The inspector overlay can be put away to show the whole graph.
  await expect(present.app.inspector).toBeVisible();
  await present.bar.getByRole('button', { name: 'Details' }).press('Enter');
  await expect(present.app.inspector).toBeHidden();
  await present.settle();
  await present.screenshot('4-no-details');
  await present.press('p');
  await present.expectNotPresenting();
});
