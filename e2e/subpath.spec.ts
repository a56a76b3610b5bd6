import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

// GitHub Pages serves a project site from https://<user>.github.io/<repo>/. The build that
// playwright.config.ts's webServer has just made is served here the same way, from a sub-path.
const SUB_PATH = '/reachmap/';
const DIST = resolve(process.env.REACHMAP_E2E_DIST ?? 'dist');
const API = 'wl:production/Deployment/api-server';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// Served beside the build, for the test that checks eval is refused to the page's own scripts.
const EVAL_PROBE = 'csp-probe/eval.js';
const EVAL_PROBE_SOURCE =
  'try { eval("1"); document.body.dataset.eval = "ran"; } ' +
  'catch (error) { document.body.dataset.eval = error.name; }';

/** One request the static server answered. */
interface Served {
  path: string;
  status: number;
}

let appUrl = '';
const served: Served[] = [];
/** While set, the server drops every connection unanswered, as an unreachable host would. */
let unreachable = false;
let closeServer: () => Promise<void> = async () => {};

async function serveDist(req: IncomingMessage, res: ServerResponse): Promise<number> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return 405;
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
  } catch {
    return 400;
  }
  if (path === SUB_PATH.slice(0, -1)) {
    res.setHeader('Location', SUB_PATH);
    return 301;
  }
  if (!path.startsWith(SUB_PATH)) return 404;
  const relative = path.slice(SUB_PATH.length);
  if (relative === EVAL_PROBE) {
    res.setHeader('Content-Type', CONTENT_TYPES['.js']!);
    res.end(EVAL_PROBE_SOURCE);
    return 200;
  }
  const file = resolve(
    DIST,
    relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative,
  );
  if (!file.startsWith(DIST + sep)) return 404;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return 404;
  }
  res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  // GitHub Pages lets browsers cache for 10 minutes; here nothing is cached, so that whatever
  // loads offline can only have come from the service worker.
  res.setHeader('Cache-Control', 'no-store');
  res.end(req.method === 'HEAD' ? undefined : body);
  return 200;
}

test.beforeAll(async () => {
  const server = createServer((req, res) => {
    if (unreachable) {
      served.push({ path: req.url ?? '', status: 0 });
      req.socket.destroy();
      return;
    }
    void serveDist(req, res)
      .catch(() => 500)
      .then((status) => {
        served.push({ path: req.url ?? '', status });
        if (!res.headersSent) res.writeHead(status).end();
      });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SUB_PATH}`;
  closeServer = () => new Promise((done) => server.close(() => done()));
});

test.afterAll(async () => {
  await closeServer();
});

/**
 * Collects whatever would show that the build does not work from the sub-path: requests that
 * failed, answered with an error or left the sub-path (the service worker's included), CSP
 * violations as events and as console messages, and uncaught errors. data: and blob: URLs are
 * not network requests and are left out.
 */
async function watchForProblems(context: BrowserContext, page: Page): Promise<string[]> {
  const problems: string[] = [];
  context.on('request', (r) => {
    if (/^(data|blob):/.test(r.url())) return;
    if (!r.url().startsWith(appUrl)) problems.push(`request outside ${appUrl}: ${r.url()}`);
  });
  context.on('requestfailed', (r) =>
    problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`),
  );
  context.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation(text: string): void })
        .reportCspViolation;
      report(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} from ${e.sourceFile}`);
    });
  });
  return problems;
}

test('from a sub-path the app loads every file, its worker and samples from below it, within its CSP', async ({
  page,
  context,
}) => {
  const problems = await watchForProblems(context, page);
  const app = new AppPage(page);
  await page.goto(appUrl);
  await app.waitForGraph();
  // A worker that failed to load would leave the analysis to the main thread without an error.
  await expect(page.getByTestId('timings')).toContainText('worker');

  await app.selectNode(API);
  await expect(app.inspector).toContainText('Reached by');
  await expect(app.inspector).toContainText('frontend');
  await app.openTab('Matrix');
  await page.getByTestId('matrix-cell').first().click();
  await expect(page.getByTestId('verdict').first()).toContainText(/allowed|denied/i);
  await app.openTab('Exposure');
  await expect(page.getByTestId('exposure-row').first()).toBeVisible();
  await app.openTab('Graph');
  // A fetch after load, resolved against the page's base as the first one was.
  await page
    .getByRole('combobox', { name: 'Load a sample cluster' })
    .selectOption('microservices.yaml');
  await expect(app.node('ns:shop')).toBeVisible({ timeout: 15_000 });

  // Once the service worker has cached the build, its requests have been watched as well.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  expect(problems).toEqual([]);
  expect(served.filter((s) => s.status >= 400)).toEqual([]);
});

test('the CSP is in force: an inline script and eval are refused, and the watch sees both', async ({
  page,
  context,
}) => {
  const problems = await watchForProblems(context, page);
  const app = new AppPage(page);
  await page.goto(appUrl);
  await app.waitForGraph();
  expect(problems).toEqual([]);

  // Code run by page.evaluate is exempt from the CSP: each probe is a script element of the page.
  await page.evaluate(() => {
    const inline = document.createElement('script');
    inline.textContent = 'document.body.dataset.inline = "ran"';
    // An allowed inline script would have run by the time append returns.
    document.head.append(inline);
  });
  await expect(page.locator('body')).not.toHaveAttribute('data-inline');
  await page.evaluate(
    (src) =>
      new Promise<void>((loaded, failed) => {
        const script = Object.assign(document.createElement('script'), { src });
        script.addEventListener('load', () => loaded());
        script.addEventListener('error', () => failed(new Error(`${src} did not load`)));
        document.head.append(script);
      }),
    EVAL_PROBE,
  );
  await expect(page.locator('body')).toHaveAttribute('data-eval', 'EvalError');
  await expect
    .poll(() => problems.filter((p) => p.startsWith('CSP ')).map((p) => p.split(':')[0]))
    .toEqual(['CSP script-src-elem', 'CSP script-src']);
});

test('the page names itself for browsers and link previews, its icon and image below the sub-path', async ({
  page,
  request,
}) => {
  await page.goto(appUrl);
  await expect(page).toHaveTitle('reachmap');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Kubernetes/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );

  const icon = new URL((await page.locator('link[rel="icon"]').getAttribute('href')) ?? '', appUrl);
  expect(icon.href.startsWith(appUrl)).toBe(true);
  const iconResponse = await request.get(icon.href);
  expect(iconResponse.status()).toBe(200);
  expect(iconResponse.headers()['content-type']).toBe('image/svg+xml');

  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute(
    'content',
    ogImage ?? '',
  );
  const image = new URL(ogImage ?? '', appUrl);
  expect(image.href.startsWith(appUrl)).toBe(true);
  const png = await (await request.get(image.href)).body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR, right after the 8-byte signature and the chunk's length and type: width, height.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.length).toBeLessThan(300_000);
});

test('after one visit the app opens offline, from its service worker', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await page.goto(appUrl);
  await app.waitForGraph();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first visit's page is taken over too (clients.claim), so its reload goes through the worker.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
    .toBe(`${appUrl}sw.js`);

  const servedOnline = served.length;
  // Offline twice over: the browser's network is cut and the host stops answering.
  await context.setOffline(true);
  unreachable = true;
  try {
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await app.waitForGraph();
    await expect(page.getByTestId('timings')).toContainText('worker');
    await app.selectNode(API);
    await expect(app.inspector).toContainText('Reached by');
    await page
      .getByRole('combobox', { name: 'Load a sample cluster' })
      .selectOption('microservices.yaml');
    await expect(app.node('ns:shop')).toBeVisible({ timeout: 15_000 });

    // A new tab, as when coming back another day.
    const again = new AppPage(await context.newPage());
    await again.page.goto(appUrl);
    await again.waitForGraph();
  } finally {
    unreachable = false;
  }
  // Only the browser's own check for a newer sw.js gets past Playwright's offline switch (and
  // finds no host); everything the app needed came from the service worker's cache.
  const attempts = served.slice(servedOnline);
  expect(attempts.filter((s) => s.path !== `${SUB_PATH}sw.js`)).toEqual([]);
  expect(attempts.filter((s) => s.status !== 0)).toEqual([]);
});
