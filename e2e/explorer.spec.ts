import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const API = 'wl:production/Deployment/api-server';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).goto();
  await new AppPage(page).waitForGraph();
});

test('selecting api-server shows frontend allowed on 8080, prometheus denied on 9090, and why', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.selectNode(API);
  const reachedBy = app.inspector
    .locator('section, div')
    .filter({ hasText: /^Reached by/ })
    .first();
  await expect(app.inspector).toContainText('Reached by');
  await expect(reachedBy).toContainText('frontend');
  await expect(reachedBy).toContainText('8080/TCP');
  const deniedFrom = app.inspector
    .locator('section, div')
    .filter({ hasText: /^Denied from/ })
    .first();
  await expect(deniedFrom).toContainText('prometheus');
  await expect(deniedFrom).toContainText('9090');
  await app.screenshot('02-api-server-selected');

  await deniedFrom
    .getByRole('button', { name: /prometheus/ })
    .first()
    .click();
  const port9090 = app.inspector.getByTestId('verdict').filter({ hasText: '9090/TCP: denied' });
  await expect(port9090).toBeVisible();
  await expect(app.inspector).toContainText(
    'Denied: production/Deployment/api-server is isolated for ingress by production/api-server-ingress; no rule admits monitoring/Deployment/prometheus on 9090/TCP (production/api-server-ingress rule 1 admits pods app=frontend on 8080/TCP)',
  );
  await app.screenshot('03-denied-edge-explained');
});

test('the exposure tab lists the NodePort and the LoadBalancer with its source ranges', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.openTab('Exposure');
  const rows = page.getByTestId('exposure-row');
  await expect(rows.filter({ hasText: 'api-server-np' })).toContainText('31080');
  const lb = rows.filter({ hasText: 'api-server-lb' });
  await expect(lb).toContainText('LoadBalancer');
  await expect(lb).toContainText('203.0.113.0/24');
  await expect(lb).toContainText('10.0.0.0/8');
  await app.screenshot('04-exposure');
});

test('broken YAML shows its error and line while the graph stays', async ({ page }) => {
  const app = new AppPage(page);
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: [broken\n');
  await expect(app.diagnosticsOf('error').first()).toContainText(/line \d+/, { timeout: 10_000 });
  await expect(page.getByTestId('stale-banner')).toBeVisible();
  await expect(app.node(API)).toBeVisible();
  await app.screenshot('05-broken-yaml');
});

test('dropping two files merges them into one cluster', async ({ page }) => {
  const app = new AppPage(page);
  const one =
    'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {app: web}}\nspec: {containers: [{name: c, image: x}]}\n';
  const two =
    'apiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: shop, labels: {app: db}}\nspec: {containers: [{name: c, image: x}]}\n';
  const dataTransfer = await page.evaluateHandle(
    ([a, b]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([a!], 'one.yaml', { type: 'application/yaml' }));
      dt.items.add(new File([b!], 'two.yaml', { type: 'application/yaml' }));
      return dt;
    },
    [one, two],
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('file-tab')).toHaveText([
    'production.yaml',
    'one.yaml',
    'two.yaml',
  ]);
  await expect(app.node('ns:shop')).toBeVisible({ timeout: 10_000 });
  await expect(app.node('pod:shop/web')).toBeVisible();
  await expect(app.node('pod:shop/db')).toBeVisible();
  expect(await app.count('endpoints')).toBe(7);
  await app.screenshot('06-two-files');
});

test('a matrix cell shows its reason', async ({ page }) => {
  const app = new AppPage(page);
  await app.openTab('Matrix');
  const cell = page.getByTestId('matrix-cell').first();
  await cell.click();
  await expect(page.getByTestId('verdict').first()).toContainText(/allowed|denied/i);
  await app.screenshot('07-matrix');
});

test('collapsing a namespace aggregates its edges onto it', async ({ page }) => {
  const app = new AppPage(page);
  await page.getByRole('button', { name: 'Collapse namespace production' }).click();
  await expect(page.getByRole('button', { name: /Expand namespace production/ })).toBeVisible();
  await expect(app.node(API)).toHaveCount(0);
  await expect(page.locator('.react-flow__edge[data-id*="ns:production"]').first()).toBeAttached();
  await app.screenshot('08-collapsed');
});

test("the minimap's view rectangle is drawn where React Flow puts it, also after a pan", async ({
  page,
}) => {
  const app = new AppPage(page);
  // React Flow's own mask is hidden (it shares an SVG with every node's shape); ours, drawn over
  // it, must match it exactly.
  const frames = () =>
    page.evaluate(() => {
      // React Flow's path text breaks a line between its two parts.
      const text = (e: Element | null, name: string) => e!.getAttribute(name)!.replace(/\s+/g, ' ');
      const own = document.querySelector('.rm-minimap-viewport svg')!;
      const rf = document.querySelector('.react-flow__minimap-svg')!;
      return {
        ours: [text(own, 'viewBox'), text(own.querySelector('path'), 'd')],
        reactFlow: [text(rf, 'viewBox'), text(rf.querySelector('.react-flow__minimap-mask'), 'd')],
        boxes: [own, rf].map((e) => JSON.stringify(e.getBoundingClientRect())),
      };
    });
  const before = await frames();
  expect(before.ours).toEqual(before.reactFlow);
  expect(before.boxes[0]).toBe(before.boxes[1]);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(pane.x + pane.width / 2 - 300, pane.y + pane.height / 2 + 200, {
    steps: 6,
  });
  await page.mouse.up({ button: 'middle' });
  await expect.poll(async () => (await frames()).ours).not.toEqual(before.ours);
  const after = await frames();
  expect(after.ours).toEqual(after.reactFlow);
  await app.screenshot('08b-minimap-after-pan');
});

test('the Flannel setting shows that policies are not enforced', async ({ page }) => {
  await page.getByRole('combobox', { name: 'CNI' }).selectOption('flannel');
  await expect(page.getByTestId('flannel-banner')).toBeVisible();
  await new AppPage(page).screenshot('09-flannel');
});

test('the page makes no network request after load', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const app = new AppPage(page);
  await app.selectNode(API);
  await app.openTab('Matrix');
  await app.openTab('Exposure');
  await page.locator('.cm-content').click();
  await page.keyboard.type('# a comment\n');
  await page.waitForTimeout(600);
  expect(requests).toEqual([]);
});

test('the sample file shipped is the one the page loaded', async ({ page }) => {
  const shipped = readFileSync('public/samples/production.yaml', 'utf8');
  await expect(page.locator('.cm-content')).toContainText(shipped.split('\n')[0]!.slice(0, 30));
});

test('the samples menu adds the microservices dump to the workspace', async ({ page }) => {
  const app = new AppPage(page);
  await page
    .getByRole('combobox', { name: 'Load a sample cluster' })
    .selectOption('microservices.yaml');
  await expect(page.getByTestId('file-tab')).toHaveText(['production.yaml', 'microservices.yaml']);
  await expect(app.node('ns:shop')).toBeVisible({ timeout: 15_000 });
  // 49 pods of the dump plus 4 production workloads: both define kube-system's coredns
  // Deployment, and the dump's coredns pods take its place (merged into one cluster).
  await expect.poll(() => app.count('endpoints')).toBe(53);
  await app.screenshot('10-microservices');
});

test('the side panes fold away for a graph-only view and come back', async ({ page }) => {
  const app = new AppPage(page);
  const editorPane = page.getByTestId('editor-panel');
  const before = (await app.canvas.boundingBox())!.width;
  await page.getByRole('button', { name: 'Graph only', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Show panes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(async () => (await editorPane.boundingBox())?.width ?? 0).toBeLessThan(2);
  await expect
    .poll(async () => (await app.canvas.boundingBox())!.width)
    .toBeGreaterThan(before * 1.5);
  await expect(app.node(API)).toBeVisible();
  await app.screenshot('14-graph-only');
  await page.getByRole('button', { name: 'Show panes', exact: true }).click();
  await expect.poll(async () => (await editorPane.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  await expect(page.getByRole('button', { name: 'Editor', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a big dump is analysed without opening it in the editor until asked', async ({ page }) => {
  const app = new AppPage(page);
  const pod =
    'apiVersion: v1\nkind: Pod\nmetadata: {name: big, namespace: bulk, labels: {app: big}}\nspec: {containers: [{name: c, image: x}]}\n';
  // 2.4 MB: a comment line per "node" of a long dump, then one Pod.
  const text = `${'# padding line of a long kubectl dump ............................\n'.repeat(36_000)}${pod}`;
  await page.getByTestId('file-input').setInputFiles({
    name: 'dump.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('large-file-notice')).toContainText('dump.yaml');
  await expect(app.node('pod:bulk/big')).toBeVisible({ timeout: 15_000 });
  await app.screenshot('16-large-file');
  await page.getByRole('button', { name: 'Open in the editor' }).click();
  await expect(page.getByTestId('large-file-notice')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Manifest dump.yaml' })).toBeVisible();
});
