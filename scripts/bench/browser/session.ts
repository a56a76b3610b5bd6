/**
 * Chromium as the e2e tests launch it, and the page steps the scenarios share. Steps that only
 * set a scenario up wait with Playwright; what is measured is timed in the page (probe.ts).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import config from '../../../playwright.config';
import { findChromium } from '../../find-browser.js';
import { installProbe, NAME_SHIM, type PaintCondition } from './probe';

export const VIEWPORT = { width: 1600, height: 1000 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: config.use?.launchOptions?.args ?? [],
  });
}

/**
 * A page in a fresh context (empty HTTP cache, as a first visit), with the probe installed.
 * `atStart` runs in the page at document start, after the probe (to wait for a paint that may
 * come before Playwright could ask for it).
 */
export async function newPage(
  browser: Browser,
  atStart?: { fn: (condition: PaintCondition) => void; arg: PaintCondition },
): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installProbe);
  if (atStart) await context.addInitScript(atStart.fn, atStart.arg);
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** The app's own first view: the sample cluster, analysed and drawn. */
export async function waitForSample(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="app"]')?.getAttribute('data-status') === 'ready' &&
      document.querySelector('.react-flow__node[data-id="ns:production"]') !== null,
    undefined,
    { timeout: 60_000 },
  );
  await settle(page);
}

/** Removes the sample (its tab's × button), so what is opened next is drawn alone. */
export async function closeSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Remove production.yaml' }).click();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="app"]')?.getAttribute('data-status') === 'ready' &&
      document.querySelector('.react-flow__node[data-id="ns:production"]') === null,
    undefined,
    { timeout: 30_000 },
  );
  await settle(page);
}

/** Gives files to the page through its file input, as the "Open files…" button does. */
export async function openFiles(page: Page, files: string[]): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', files);
}

/**
 * Waits until the app is `ready` and the canvas has not changed for `quietMs` (a view change
 * does not flip the status, so quiet is what says a redraw is done).
 */
export async function settle(page: Page, quietMs = 500, maxMs = 120_000): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="app"]')?.getAttribute('data-status') === 'ready',
    undefined,
    { timeout: maxMs },
  );
  await page.evaluate(
    async ({ quietMs, maxMs }) => {
      const b = window.__bench;
      const since = performance.now();
      b.record({ mutations: true });
      await b.settle(since, quietMs, maxMs);
      b.stopRecording();
    },
    { quietMs, maxMs },
  );
}

/** Graph edges in the DOM (with onlyRenderVisibleElements: those on screen). */
export function edgeCount(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByClassName('react-flow__edge').length);
}

/** Ids of the graph nodes in the DOM (with onlyRenderVisibleElements: those on screen). */
export function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map(
      (el) => el.dataset['id'] ?? '',
    ),
  );
}

/** The status bar's worker timings ("worker: parse …, evaluate …, graph …, layout …"). */
export async function workerTimings(page: Page): Promise<string> {
  const el = page.getByTestId('timings');
  return (await el.count()) > 0 ? (await el.innerText()).replace(/\s+/g, ' ').trim() : '';
}

export async function statusCount(page: Page, key: string): Promise<number> {
  return Number.parseInt(await page.getByTestId(`count-${key}`).innerText(), 10);
}

/** Scale of the React Flow viewport (1 = 100 %). */
export function zoomOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    return Number(/scale\(([^)]+)\)/.exec(t)?.[1] ?? Number.NaN);
  });
}
