import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const POSTGRES = 'wl:production/StatefulSet/postgres';
const FRONTEND = 'wl:production/Deployment/frontend';

test.beforeEach(async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.waitForGraph();
});

test('search finds the postgres workload and its Service and selects them', async ({ page }) => {
  const app = new AppPage(page);
  // `/` from anywhere outside a text field focuses the box.
  await app.canvas.locator('.react-flow__pane').click({ position: { x: 300, y: 8 } });
  await page.keyboard.press('/');
  await expect(app.searchBox).toBeFocused();
  await page.keyboard.type('postgres');
  await expect(app.searchBox).toHaveAttribute('aria-expanded', 'true');
  await expect(app.searchResults.first()).toContainText('Workload');
  await expect(app.searchResults.first()).toContainText('postgres');
  await expect(app.searchResults.filter({ hasText: 'postgres-headless' })).toContainText('Service');
  await app.screenshot('12-search');

  // The first option is active: Enter picks it.
  await expect(app.searchBox).toHaveAttribute(
    'aria-activedescendant',
    (await app.searchResults.first().getAttribute('id'))!,
  );
  await page.keyboard.press('Enter');
  await expect(app.searchBox).toHaveAttribute('aria-expanded', 'false');
  await app.expectSelected(POSTGRES);
  await expect(app.inspector.getByRole('heading', { name: 'postgres', exact: true })).toBeVisible();

  // Arrow keys move through the options; the Service is picked by keyboard too.
  await app.search('postgres-headless');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(app.searchResults.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await app.expectSelected('svc:production/postgres-headless');
  await expect(app.inspector.getByRole('heading', { name: /postgres-headless/ })).toBeVisible();

  // Escape closes the list and clears the text.
  await app.search('post');
  await page.keyboard.press('Escape');
  await expect(app.searchBox).toHaveValue('');
  await expect(app.searchBox).toHaveAttribute('aria-expanded', 'false');
});

test('search finds a label and the workload carrying it', async ({ page }) => {
  const app = new AppPage(page);
  await page.keyboard.press('Control+k');
  await expect(app.searchBox).toBeFocused();
  await app.search('app=frontend');
  const label = app.searchResults.first();
  await expect(label).toContainText('Label');
  await expect(label).toContainText('app=frontend');
  await expect(label).toContainText('1 endpoint');
  await label.click();
  await app.expectSelected(FRONTEND);
  await expect(app.inspector.getByRole('heading', { name: 'frontend', exact: true })).toBeVisible();
  await expect(app.searchBox).toBeFocused();
});

test('search finds a NetworkPolicy and the inspector shows it', async ({ page }) => {
  const app = new AppPage(page);
  await app.search('api-server-ingress');
  const policy = app.searchResults.first();
  await expect(policy).toContainText('Policy');
  await expect(policy).toContainText('Ingress, Egress');
  await policy.click();
  await expect(app.inspector).toContainText('NetworkPolicy');
  await expect(app.inspector).toContainText('api-server-ingress');
  await expect(app.inspector.getByRole('heading', { name: 'How to use' })).toHaveCount(0);
});

test('Tab reaches the graph’s nodes, Enter selects one, Escape clears', async ({ page }) => {
  const app = new AppPage(page);
  await page.getByRole('tab', { name: 'Graph' }).focus();
  const focused = page.locator('.react-flow__node:focus');
  // Past the tabs and pane buttons into the canvas. The graph's order starts with a node,
  // although every edge comes before the nodes in the DOM.
  for (let i = 0; i < 15 && (await focused.count()) === 0; i++) {
    await page.keyboard.press('Tab');
    expect(await page.locator('.react-flow__edge:focus').count()).toBe(0);
  }
  await expect(focused).toHaveCount(1);
  // Move on to a workload (namespaces and their toggles come first), for a node panel to show.
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
  for (let i = 0; i < 30 && !(await focusedId()).startsWith('wl:'); i++) {
    await page.keyboard.press('Tab');
  }
  const id = await focusedId();
  expect(id).toMatch(/^wl:/);
  await expect(focused).toHaveCSS('outline-style', 'solid');
  await app.screenshot('13-keyboard-focus');

  await page.keyboard.press('Enter');
  await app.expectSelected(id);
  const name = id.split('/').at(-1)!;
  await expect(app.inspector.getByRole('heading', { name, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.inspector.getByRole('heading', { name: 'How to use' })).toBeVisible();
});

test('after the nodes, Tab goes through the edges, and Enter explains one', async ({ page }) => {
  const app = new AppPage(page);
  await page.getByRole('tab', { name: 'Graph' }).focus();
  const edge = page.locator('.react-flow__edge:focus');
  const node = page.locator('.react-flow__node:focus');
  let nodesSeen = 0;
  for (let i = 0; i < 100 && (await edge.count()) === 0; i++) {
    await page.keyboard.press('Tab');
    nodesSeen += await node.count();
  }
  await expect(edge).toHaveCount(1);
  expect(nodesSeen).toBe(await page.locator('.react-flow__node[tabindex="0"]').count());
  await page.keyboard.press('Space');
  await expect(app.inspector.getByRole('button', { name: '← Overview' })).toBeVisible();
  await expect(app.inspector).toContainText(/allowed|denied|exposed|backend/i);
  // Shift+Tab goes back to the last node.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('.react-flow__node:focus, .react-flow__node button:focus')).toHaveCount(
    1,
  );
});

test('search opens a collapsed namespace and a folded workload to show what it found', async ({
  page,
}) => {
  // Each opening is a worker redraw with a fresh layout of ~50 workloads: slow on a busy machine.
  test.slow();
  const app = new AppPage(page);
  await page
    .getByRole('combobox', { name: 'Load a sample cluster' })
    .selectOption('microservices.yaml');
  await expect(app.node('ns:shop')).toBeVisible({ timeout: 15_000 });
  // By keyboard: at this zoom an edge's hit area lies over the small toggle.
  await page.getByRole('button', { name: 'Collapse namespace shop' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.node('wl:shop/Deployment/checkout')).toHaveCount(0);

  // A label of checkout's pods: the namespace opens and the workload is selected.
  await app.search('app=checkout');
  await expect(app.searchResults.first()).toContainText('2 endpoints');
  await page.keyboard.press('Enter');
  await expect(app.node('wl:shop/Deployment/checkout')).toBeVisible();
  await app.expectSelected('wl:shop/Deployment/checkout');
  await expect(app.inspector.getByRole('heading', { name: 'checkout', exact: true })).toBeVisible();

  // One pod of it: its workload opens to draw the pod.
  await app.search('checkout-z5bvn4cnst-blj22');
  await expect(app.searchResults.first()).toContainText('in checkout');
  await page.keyboard.press('Enter');
  const pod = app.node('pod:shop/checkout-z5bvn4cnst-blj22');
  await expect(pod).toBeVisible();
  await app.expectSelected('pod:shop/checkout-z5bvn4cnst-blj22');
  await expect(pod).toBeInViewport();

  // A workload in another namespace, far from the view: centred on the canvas.
  await app.search('loadgenerator');
  await page.keyboard.press('Enter');
  await app.expectSelected('wl:storefront/Deployment/loadgenerator');
  await expect(app.node('wl:storefront/Deployment/loadgenerator')).toBeInViewport();
  await app.screenshot('14-search-revealed');
});
