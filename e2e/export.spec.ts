import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../src/export/csv';
import { AppPage } from './pages/app-page';
import { ExportPage, pngSize, runReachmap, type ExportLabel } from './pages/export-page';

const SAMPLE = 'public/samples/production.yaml';
const API = 'wl:production/Deployment/api-server';
const COREDNS = 'wl:kube-system/Deployment/coredns';
/** The light theme's allowed-edge blue (graph-canvas.css, --rm-allowed). */
const ALLOWED_BLUE = [0x00, 0x72, 0xb2] as const;

test.beforeEach(async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.waitForGraph();
});

/** Images are drawn from a copy of every element's computed style: seconds each on a busy machine. */
function drawsImages(): void {
  test.slow();
}

async function saveScreen(name: string, bytes: Buffer): Promise<void> {
  await mkdir('test-results/screens', { recursive: true });
  await writeFile(`test-results/screens/${name}`, bytes);
}

test('the whole graph as PNG is a sharp image with its edges and legend', async ({ page }) => {
  drawsImages();
  const exports = new ExportPage(page);
  const png = await exports.download('Graph PNG (whole)');
  expect(png.name).toBe('reachmap-graph.png');
  await saveScreen('export-graph.png', png.bytes);
  const { width, height } = pngSize(png.bytes);
  // Drawn at twice the CSS size: the graph at zoom 1 plus the legend column.
  expect(width).toBeGreaterThan(1200);
  expect(height).toBeGreaterThan(600);
  expect(width).toBeLessThanOrEqual(16_000);
  // Edges drawn in the allowed colour (html-to-image 1.11.12 and later lose them).
  expect(await exports.countPixels(png.bytes, ALLOWED_BLUE)).toBeGreaterThan(500);
});

test('the view as PNG has the size of the canvas on screen plus the legend', async ({ page }) => {
  drawsImages();
  const app = new AppPage(page);
  const exports = new ExportPage(page);
  const canvas = (await app.canvas.boundingBox())!;
  const png = await exports.download('Graph PNG (view)');
  expect(png.name).toBe('reachmap-graph-view.png');
  await saveScreen('export-graph-view.png', png.bytes);
  const { width, height } = pngSize(png.bytes);
  expect(width).toBeGreaterThan(2 * canvas.width);
  expect(width).toBeLessThan(2 * (canvas.width + 400));
  expect(height).toBeGreaterThanOrEqual(2 * canvas.height);
  expect(height).toBeLessThan(2 * (canvas.height + 80));
  expect(await exports.countPixels(png.bytes, ALLOWED_BLUE)).toBeGreaterThan(200);
});

test('SVG of the view holds what is on screen; SVG of the whole graph holds every node', async ({
  page,
}) => {
  drawsImages();
  const app = new AppPage(page);
  const exports = new ExportPage(page);
  // Zoom in on api-server until kube-system's coredns is off screen, so React Flow drops it.
  const api = (await app.node(API).boundingBox())!;
  await page.mouse.move(api.x + api.width / 2, api.y + api.height / 2);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -400);
  await expect(app.node(COREDNS)).toHaveCount(0);
  const transform = await page.locator('.react-flow__viewport').getAttribute('style');

  const view = await exports.download('Graph SVG (view)');
  expect(view.name).toBe('reachmap-graph-view.svg');
  const viewSvg = await exports.readSvg(view.bytes.toString('utf8'));
  expect(viewSvg).toMatchObject({ root: 'svg', error: false });
  expect(viewSvg.text).toContain('api-server');
  expect(viewSvg.text).not.toContain('coredns');
  expect(viewSvg.text).toContain('Allowed (label: ports)');

  const whole = await exports.download('Graph SVG (whole)');
  expect(whole.name).toBe('reachmap-graph.svg');
  await saveScreen('export-graph.svg', whole.bytes);
  const wholeSvg = await exports.readSvg(whole.bytes.toString('utf8'));
  expect(wholeSvg).toMatchObject({ root: 'svg', error: false });
  for (const label of ['api-server', 'frontend', 'postgres', 'prometheus', 'coredns'])
    expect(wholeSvg.text).toContain(label);
  expect(wholeSvg.text).toContain('Legend');
  expect(wholeSvg.text).toContain('reachmap · production.yaml');
  // Still draws its edges once the inlined styles are slimmed down (src/ui/export/slim-svg.ts).
  expect(await exports.countPixels(whole.bytes, ALLOWED_BLUE, 'image/svg+xml')).toBeGreaterThan(
    500,
  );
  expect(whole.bytes.length).toBeLessThan(2_000_000);

  // The live view is as it was: same pan and zoom, coredns culled again, no cover left.
  await expect(app.node(COREDNS)).toHaveCount(0);
  await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', transform!);
  await expect(page.locator('.rm-export-cover, .rm-export-stage')).toHaveCount(0);
});

test('the matrix CSV reads back as the CLI matrix of the same file', async ({ page }) => {
  const exports = new ExportPage(page);
  const csv = await exports.download('Matrix CSV');
  expect(csv.name).toBe('reachmap-matrix.csv');
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('from,to,port,protocol,allowed\r\n')).toBe(true);
  const cli = parseCsv(await runReachmap(['matrix', SAMPLE, '--format', 'csv']));
  const ours = parseCsv(text);
  expect(cli.length).toBeGreaterThan(20);
  expect(ours).toEqual(cli);
  // The same verdicts as the CLI's JSON, field by field.
  const json = JSON.parse(await runReachmap(['matrix', SAMPLE, '--format', 'json'])) as {
    verdicts: { from: string; to: string; port: number; protocol: string; allowed: boolean }[];
  };
  expect(ours.slice(1)).toEqual(
    json.verdicts.map((v) => [v.from, v.to, String(v.port), v.protocol, String(v.allowed)]),
  );
});

test('the matrix and exposure Markdown are tables ready for a review', async ({ page }) => {
  const exports = new ExportPage(page);
  const matrix = (await exports.download('Matrix Markdown')).bytes.toString('utf8');
  const lines = matrix.split('\n');
  expect(lines[0]).toBe('## Reachability matrix');
  const header = lines.indexOf('| From | To | Port | Verdict |');
  expect(header).toBeGreaterThan(0);
  expect(lines[header + 1]).toBe('| --- | --- | --- | --- |');
  expect(matrix).toContain('> Input: production.yaml.');
  const json = JSON.parse(await runReachmap(['matrix', SAMPLE, '--format', 'json'])) as {
    verdicts: { from: string; to: string; port: number; protocol: string; allowed: boolean }[];
  };
  const rows = lines.slice(header + 2).filter((l) => l.startsWith('|'));
  expect(rows).toEqual(
    json.verdicts.map(
      (v) =>
        `| ${v.from} | ${v.to} | ${v.port}/${v.protocol} | ${v.allowed ? '✓ allowed' : '✗ denied'} |`,
    ),
  );

  const exposure = (await exports.download('Exposure Markdown')).bytes.toString('utf8');
  expect(exposure).toContain(
    '| Service | Type | How | Ports | Backends | Externally reachable |\n| --- | --- | --- | --- | --- | --- |\n',
  );
  expect(exposure).toMatch(/^\| production\/api-server-lb \| LoadBalancer \|/m);
  expect(exposure).toMatch(/^\| production\/api-server-np \| NodePort \|/m);

  // The same table `reachmap lint --format md` prints, ready for a pull-request review.
  const findings = (await exports.download('Findings Markdown')).bytes.toString('utf8');
  expect(findings).toMatch(/^### reachmap lint: \d+ warnings?, \d+ infos?\n/);
  expect(findings).toContain('| Severity | Finding | Where |\n| --- | --- | --- |\n');
  expect(findings).toMatch(
    /^\| ⚠️ warning \| .*\(`exposed-but-unreachable`\) \| `production\.yaml:\d+` \|$/m,
  );
});

test('exporting sends nothing anywhere', async ({ page }) => {
  drawsImages();
  const exports = new ExportPage(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // A CSP refusal (an image, a font, a fetch) shows up as a console error.
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  const labels: ExportLabel[] = [
    'Graph PNG (view)',
    'Graph PNG (whole)',
    'Graph SVG (view)',
    'Graph SVG (whole)',
    'Matrix CSV',
    'Matrix Markdown',
    'Exposure Markdown',
    'Findings Markdown',
  ];
  for (const label of labels)
    expect((await exports.download(label)).bytes.length).toBeGreaterThan(0);
  // Downloads are blob: URLs the page made; images are drawn from data: URLs. Nothing else.
  const origin = new URL(page.url()).origin;
  const elsewhere = requests.filter(
    (url) => !url.startsWith('blob:') && !url.startsWith('data:') && !url.startsWith(origin),
  );
  expect(elsewhere).toEqual([]);
  expect(requests.filter((url) => url.startsWith(origin))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the menu closes on Escape, gives focus back and waits for the graph tab', async ({
  page,
}) => {
  const app = new AppPage(page);
  const exports = new ExportPage(page);
  await exports.open();
  await expect(exports.item('Graph PNG (view)')).toBeFocused();
  await app.screenshot('export-menu');
  await page.keyboard.press('Escape');
  await expect(exports.dialog).toBeHidden();
  await expect(exports.button).toBeFocused();

  await app.openTab('Matrix');
  await exports.open();
  await expect(exports.item('Graph PNG (whole)')).toBeDisabled();
  await expect(exports.dialog).toContainText('Open the Graph tab to export the graph.');
  await expect(exports.item('Matrix CSV')).toBeEnabled();
  await expect(exports.item('Matrix CSV')).toBeFocused();
});

test('printing shows the whole graph, then the matrix, without the chrome', async ({ page }) => {
  const app = new AppPage(page);
  // Real printing fires beforeprint, which fits the graph to the paper; emulation does not.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    page.locator('.app-header .header-actions'),
    page.locator('.app-header .header-settings'),
    page.getByRole('combobox', { name: 'Search the cluster' }),
    page.getByRole('button', { name: 'Export', exact: true }),
    page.getByTestId('status-bar'),
    page.getByRole('region', { name: 'Manifests' }),
    page.getByTestId('inspector'),
    page.getByRole('tablist', { name: 'Views' }),
    page.locator('.react-flow__controls'),
    page.locator('.react-flow__minimap'),
  ])
    await expect(hidden).toBeHidden();
  await expect(page.locator('.rm-legend ul').first()).toBeVisible();
  const box = (await app.canvas.boundingBox())!;
  const nodes = page.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible();
  for (const node of await nodes.all()) {
    const b = (await node.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(b.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height + 1);
  }
  await page.screenshot({ path: 'test-results/screens/export-print-graph.png', fullPage: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  await page.emulateMedia({ media: 'screen' });
  await app.openTab('Matrix');
  await expect(page.getByTestId('matrix-cell').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const scroll = page.locator('.rm-matrix-scroll');
  await expect(scroll).toBeVisible();
  await expect(page.locator('.rm-matrix-filters')).toBeHidden();
  const { clientHeight, scrollHeight, clientWidth, scrollWidth } = await scroll.evaluate((e) => ({
    clientHeight: e.clientHeight,
    scrollHeight: e.scrollHeight,
    clientWidth: e.clientWidth,
    scrollWidth: e.scrollWidth,
  }));
  expect(scrollHeight).toBeLessThanOrEqual(clientHeight + 1);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
  await page.screenshot({ path: 'test-results/screens/export-print-matrix.png', fullPage: true });
});

test('a printed PDF of a zoomed-in graph is one landscape page, and the view comes back', async ({
  page,
}) => {
  const app = new AppPage(page);
  const api = (await app.node(API).boundingBox())!;
  await page.mouse.move(api.x + api.width / 2, api.y + api.height / 2);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -400);
  await expect(app.node(COREDNS)).toHaveCount(0);
  const transform = await page.locator('.react-flow__viewport').getAttribute('style');
  // page.pdf prints as the browser does: beforeprint, print layout, afterprint.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  await saveScreen('export-print-graph.pdf', Buffer.from(pdf, 'latin1'));
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  const [, , , width, height] = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/
    .exec(pdf)!
    .map(Number);
  expect(width).toBeGreaterThan(height!);
  await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', transform!);
  await expect(app.node(COREDNS)).toHaveCount(0);
});
