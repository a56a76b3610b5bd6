import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FindingsPage } from './pages/findings-page';

// A Service whose selector matches nothing and an egress policy without DNS (see its header).
const SHOP = { name: 'shop.yaml', text: readFileSync('fixtures/findings/shop.yaml', 'utf8') };
/** Lines of shop.yaml where the objects the findings are about start (their `apiVersion`). */
const SERVICE_LINE = 99;
const POLICY_LINE = 122;

test.beforeEach(async ({ page }) => {
  const findings = new FindingsPage(page);
  await findings.app.goto();
  await findings.app.waitForGraph();
});

test('a dropped manifest with known problems lists them, and each one jumps to its line', async ({
  page,
}) => {
  const findings = new FindingsPage(page);
  // Only the shop: the sample's own findings would crowd the list.
  await page.getByRole('button', { name: 'Remove production.yaml' }).click();
  await findings.drop([SHOP]);
  await expect(page.getByTestId('file-tab')).toHaveText(['shop.yaml']);
  await expect(findings.app.node('ns:shop')).toBeVisible({ timeout: 10_000 });

  const service = findings.finding('service-selects-nothing', 'Service shop/api selects app=api');
  const dns = findings.finding('egress-blocks-dns', 'isolated for egress by shop/web-egress');
  await expect(service).toHaveCount(1);
  await expect(dns).toHaveCount(1);
  await expect(findings.section.getByTestId('finding')).toHaveCount(3);
  await expect(findings.section.getByTestId('findings-count')).toHaveText(
    '1 error, 1 warning, 1 info',
  );
  await expect(findings.severityOf(service)).toHaveText('✖ error');
  await expect(findings.severityOf(dns)).toHaveText('▲ warning');
  await expect(dns).toContainText('cannot reach DNS on 53/UDP and 53/TCP');
  // Errors come first.
  await expect(findings.section.getByTestId('finding').first()).toHaveAttribute(
    'data-severity',
    'error',
  );
  await findings.app.screenshot('20-findings');

  await findings.openInEditor(service);
  await findings.expectCursorOn(SERVICE_LINE, 'apiVersion: v1');
  await expect(page.locator('.cm-content')).toContainText('name: api');

  // From another file's tab, the link opens shop.yaml again.
  await page.getByRole('button', { name: 'New empty file' }).click();
  await expect(page.getByTestId('file-tab').last()).toHaveAttribute('aria-selected', 'true');
  await findings.openInEditor(dns);
  await expect(page.getByTestId('file-tab').filter({ hasText: 'shop.yaml' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await findings.expectCursorOn(POLICY_LINE, 'apiVersion: networking.k8s.io/v1');
});

test("a finding's objects select what the graph draws, and its policy in the inspector", async ({
  page,
}) => {
  const findings = new FindingsPage(page);
  await findings.drop([SHOP]);
  const dns = findings.finding('egress-blocks-dns', 'isolated for egress by shop/web-egress');
  await expect(dns).toHaveCount(1, { timeout: 10_000 });

  await findings.selectObject(dns, 'shop/Deployment/web');
  await findings.app.expectSelected('wl:shop/Deployment/web');
  await expect(findings.app.inspector.getByRole('heading', { level: 3 })).toHaveText('web');

  await findings.app.inspector.getByRole('button', { name: '← Overview' }).click();
  await findings.selectObject(dns, 'shop/NetworkPolicy/web-egress');
  await expect(findings.app.policyPanel).toBeVisible();
  await expect(findings.app.policyPanel.getByRole('heading', { level: 3 })).toContainText(
    'shop/web-egress',
  );
});

test('fixing the Service selector in the editor resolves its finding', async ({ page }) => {
  const findings = new FindingsPage(page);
  await findings.drop([SHOP]);
  const service = findings.findings('service-selects-nothing');
  await expect(service).toHaveCount(1, { timeout: 10_000 });
  await findings.openInEditor(service);
  // The Service's selector app: api → app: backend, the label its pods carry.
  await page
    .locator('.cm-line')
    .filter({ hasText: /^\s*app: api$/ })
    .click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('backend');
  await expect(service).toHaveCount(0, { timeout: 10_000 });
  await expect(findings.findings('egress-blocks-dns')).toHaveCount(1);
});
