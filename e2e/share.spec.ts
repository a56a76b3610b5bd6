import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

const API = 'wl:production/Deployment/api-server';
const SHOP =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {app: web}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}\n';

async function addShopFile(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({
    name: 'shop.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(SHOP),
  });
  await expect(page.getByTestId('file-tab')).toHaveText(['production.yaml', 'shop.yaml']);
}

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and save' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a copied link opens the same files, selection and tab in a fresh browser', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await app.goto();
  await app.waitForGraph();
  // From here on the page asks nothing of any server: adding a file, selecting, sharing.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await addShopFile(page);
  await expect(app.node('ns:shop')).toBeVisible({ timeout: 10_000 });
  await app.selectNode(API);
  await expect(app.inspector).toContainText('api-server');

  const dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByTestId('share-outcome')).toContainText(/Copied — .*(KB|bytes)/);
  await app.screenshot('share-01-copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#/);
  // Everything is in the fragment, which browsers never send to the server.
  expect(link.split('#')[1]!.length).toBeGreaterThan(100);
  expect(requests).toEqual([]);

  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    const colleague = new AppPage(fresh);
    await fresh.goto(link);
    await expect(colleague.root).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
    await expect(fresh.getByTestId('file-tab')).toHaveText(['production.yaml', 'shop.yaml']);
    await expect(colleague.node('ns:shop')).toBeVisible();
    await expect(colleague.node(API).locator('.rm-node')).toHaveClass(/is-selected/);
    await expect(colleague.inspector).toContainText('api-server');
    await colleague.screenshot('share-02-opened-link');
  } finally {
    await other.close();
  }
});

test('a damaged link opens an empty workspace that says why', async ({ page }) => {
  const app = new AppPage(page);
  await page.goto('./#rm1.this-is-not-a-workspace');
  await expect(page.getByRole('alert')).toContainText(/link/i);
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible();
  await expect(page.getByTestId('file-tab')).toHaveCount(0);
  await app.screenshot('share-03-damaged-link');
});

test('a remembered workspace survives a reload until it is cleared', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.waitForGraph();
  await addShopFile(page);
  const dialog = await openShare(page);
  await dialog.getByLabel('Remember this workspace in this browser').check();
  await expect(page.getByTestId('remember-indicator')).toHaveText('● Remembered');
  await page.reload();
  await expect(page.getByTestId('file-tab')).toHaveText(['production.yaml', 'shop.yaml'], {
    timeout: 15_000,
  });
  await expect(page.getByTestId('remember-indicator')).toBeVisible();

  const again = await openShare(page);
  await again.getByRole('button', { name: 'Clear stored data' }).click();
  await again
    .getByRole('group', { name: 'Confirm clearing' })
    .getByRole('button', {
      name: 'Clear',
    })
    .click();
  await expect(page.getByTestId('remember-indicator')).toHaveCount(0);
  await page.reload();
  await app.waitForGraph();
  await expect(page.getByTestId('file-tab')).toHaveText(['production.yaml']);
});

test('a downloaded workspace file opens back into the same view', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.waitForGraph();
  await addShopFile(page);
  await app.openTab('Exposure');
  const dialog = await openShare(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download workspace' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('production.reachmap.json');
  const text = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ reachmap: 'workspace', tab: 'exposure' });

  await page.goto('./');
  await app.waitForGraph();
  await expect(page.getByTestId('file-tab')).toHaveText(['production.yaml']);
  await page.getByTestId('file-input').setInputFiles({
    name: 'production.reachmap.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('file-tab')).toHaveText(['production.yaml', 'shop.yaml']);
  await expect(page.getByRole('tab', { name: 'Exposure' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
