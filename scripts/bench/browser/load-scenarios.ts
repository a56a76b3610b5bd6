/**
 * First paint of the sample after navigation, and a kubectl dump given to the file input until its
 * default view is painted (with the longest main-thread task on the way).
 *
 * "Painted" is the frame after the one in which every node of the settled view (learned from a
 * warm-up run of the same scenario, in its own fresh context) is in the DOM and shown.
 */
import type { Browser, Page } from '@playwright/test';
import { ensureDump, type DumpName } from './dumps';
import type { Painted, PaintCondition } from './probe';
import { quietMachine } from './quiet';
import { round, type Row } from './rows';
import {
  closePage,
  closeSample,
  edgeCount,
  newPage,
  nodeIds,
  openFiles,
  settle,
  statusCount,
  waitForSample,
  workerTimings,
} from './session';

export interface BenchContext {
  browser: Browser;
  url: string;
  runs: number;
  log(message: string): void;
}

/** Status flips of the app after `since`: when analysis started and when its result was shown. */
export function analysisTimes(
  log: { t: number; status: string }[],
  since: number,
): { running?: number; ready?: number } {
  const running = log.find((e) => e.t >= since && e.status === 'running')?.t;
  const ready =
    running === undefined ? undefined : log.find((e) => e.t >= running && e.status === 'ready')?.t;
  return { running, ready };
}

/** Waits for an analysis that started after `since` (page time) to be shown. */
export async function waitAnalysed(page: Page, since: number, timeout = 300_000): Promise<void> {
  await page.waitForFunction(
    (since) => {
      const log = window.__bench.statusLog;
      const running = log.find((e) => e.t >= since && e.status === 'running');
      return running !== undefined && log.some((e) => e.t >= running.t && e.status === 'ready');
    },
    since,
    { timeout, polling: 100 },
  );
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export async function measureSample(ctx: BenchContext): Promise<Row[]> {
  // Warm-up: what the settled first view shows.
  const warm = await newPage(ctx.browser);
  await warm.goto(ctx.url);
  await waitForSample(warm);
  await settle(warm, 1000);
  const ids = await nodeIds(warm);
  const edges = await edgeCount(warm);
  await closePage(warm);
  ctx.log(`sample: ${ids.length} nodes and ${edges} edges in the first view`);

  const values: number[] = [];
  const details: unknown[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    // Waiting starts at document start: the paint may come before Playwright could ask for it.
    const page = await newPage(ctx.browser, {
      fn: (condition: PaintCondition) => {
        window.__bench.pending = window.__bench.whenPainted(condition, 60_000);
      },
      arg: { kind: 'ids', ids, edges } satisfies PaintCondition,
    });
    await quietMachine();
    await page.goto(ctx.url);
    const painted = (await page.evaluate(() => window.__bench.pending)) as Painted;
    const log = await page.evaluate(() => window.__bench.statusLog);
    const { running, ready } = analysisTimes(log, 0);
    // performance.now() counts from the start of the navigation.
    values.push(round(painted.paintedAt));
    details.push({
      paintedMs: round(painted.paintedAt),
      analysisStartedMs: running && round(running),
      analysisShownMs: ready && round(ready),
      worker: await workerTimings(page),
    });
    ctx.log(`sample run ${run + 1}: painted ${round(painted.paintedAt)} ms after navigation`);
    await closePage(page);
  }
  return [
    {
      scenario: 'sample',
      what: 'sample cluster: navigation → graph painted',
      unit: 'ms',
      target: { op: '<=', value: 1500 },
      values,
      details,
      note: 'fresh browser context per run (cold HTTP cache); includes fetching the sample and the 250 ms edit debounce before analysis starts',
    },
  ];
}

/** The dump's default view, painted after the files are given to the page. */
export async function measureLoad(ctx: BenchContext, name: DumpName): Promise<Row[]> {
  const dump = ensureDump(name);
  const mb = dump.bytes / 1048576;
  const label = `${dump.pods}-pod dump (${mb.toFixed(1)} MB YAML${name.endsWith('managed') ? ', with managedFields' : ''})`;
  const warm = await loadOnce(ctx, dump.files, undefined);
  ctx.log(`${name}: ${warm.ids.length} nodes and ${warm.edges} edges in the default view`);

  const values: number[] = [];
  const longest: number[] = [];
  const details: unknown[] = [];
  let supported = true;
  for (let run = 0; run < ctx.runs; run++) {
    // REACHMAP_BENCH_TRACE=1: a Chrome trace of the first measured load, to see what the longest
    // task is made of (without JS samples, which slow the page several times over); =all traces
    // every run, since the slow loads are the ones worth reading.
    const tracing = process.env['REACHMAP_BENCH_TRACE'];
    const trace =
      tracing === 'all'
        ? `.bench/load-${name}-${run + 1}-trace.json`
        : run === 0 && tracing === '1'
          ? `.bench/load-${name}-trace.json`
          : undefined;
    const r = await loadOnce(ctx, dump.files, { ids: warm.ids, edges: warm.edges }, trace);
    supported &&= r.longTasksSupported;
    values.push(r.ms);
    longest.push(r.longestTaskMs);
    details.push(r.details);
    ctx.log(
      `${name} run ${run + 1}: painted ${r.ms} ms after the files were given; longest task ${r.longestTaskMs} ms`,
    );
  }
  const scenario = name === 'pods-2000' ? 'load-2000' : 'load-2000-managed';
  const context = name !== 'pods-2000';
  const rows: Row[] = [
    {
      scenario,
      what: `${label}: files given → default view painted`,
      unit: 'ms',
      ...(context ? {} : { target: { op: '<=' as const, value: 2500 } }),
      values,
      details,
      note: `${warm.endpoints} endpoints, ${warm.ids.length} nodes and ${warm.edges} edges drawn (namespaces collapsed); the sample tab was closed first; includes reading the file and the 250 ms debounce`,
    },
  ];
  rows.push(
    supported
      ? {
          scenario,
          what: `${label}: longest main-thread task during the load`,
          unit: 'ms',
          ...(context ? {} : { target: { op: '<=' as const, value: 100 } }),
          values: longest,
          note: 'PerformanceObserver longtask entries from the change event to the painted frame',
        }
      : {
          scenario,
          what: `${label}: longest main-thread task during the load`,
          unit: 'ms',
          values: [],
          notMeasured: 'this Chromium reports no longtask entries',
        },
  );
  return rows;
}

interface LoadResult {
  ids: string[];
  edges: number;
  endpoints: number;
  ms: number;
  longestTaskMs: number;
  longTasksSupported: boolean;
  details: unknown;
}

/** One load in a fresh page; without `view` it only learns what the settled view shows. */
async function loadOnce(
  ctx: BenchContext,
  files: string[],
  view: { ids: string[]; edges: number } | undefined,
  tracePath?: string,
): Promise<LoadResult> {
  const page = await newPage(ctx.browser);
  try {
    await page.goto(ctx.url);
    await waitForSample(page);
    await closeSample(page);
    await page.evaluate((view) => {
      window.__bench.arm('change');
      if (view)
        window.__bench.pending = window.__bench.whenPainted({ kind: 'ids', ...view }, 600_000);
    }, view);
    if (view) await quietMachine();
    const before = await pageNow(page);
    if (tracePath)
      await ctx.browser.startTracing(page, {
        path: tracePath,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'],
      });
    await openFiles(page, files);
    if (!view) {
      await waitAnalysed(page, before, 600_000);
      await settle(page, 1000);
      return {
        ids: await nodeIds(page),
        edges: await edgeCount(page),
        endpoints: await statusCount(page, 'endpoints'),
        ms: Number.NaN,
        longestTaskMs: Number.NaN,
        longTasksSupported: true,
        details: undefined,
      };
    }
    const painted = (await page.evaluate(() => window.__bench.pending)) as Painted;
    // Tasks just after the paint still block input: reported beside, not in, the figure.
    await page.waitForTimeout(2000);
    if (tracePath) await ctx.browser.stopTracing();
    const probe = await page.evaluate(() => {
      const b = window.__bench;
      return {
        start: b.events['change']!,
        log: b.statusLog,
        longTasks: b.longTasks,
        supported: b.longTasksSupported,
      };
    });
    const { start } = probe;
    const { running, ready } = analysisTimes(probe.log, start);
    const during = probe.longTasks.filter(
      (t) => t.start + t.duration > start && t.start < painted.paintedAt,
    );
    const after = probe.longTasks.filter(
      (t) => t.start >= painted.paintedAt && t.start < painted.paintedAt + 2000,
    );
    const longest = Math.max(0, ...during.map((t) => t.duration));
    return {
      ...view,
      endpoints: await statusCount(page, 'endpoints'),
      ms: round(painted.paintedAt - start),
      longestTaskMs: round(longest),
      longTasksSupported: probe.supported,
      details: {
        paintedMs: round(painted.paintedAt - start),
        analysisStartedMs: running && round(running - start),
        analysisShownMs: ready && round(ready - start),
        nodesInDom: painted.nodesInDom,
        worker: await workerTimings(page),
        longTasksDuringMs: during.map((t) => round(t.duration)).sort((a, b) => b - a),
        longTasksInTheNext2sMs: after.map((t) => round(t.duration)).sort((a, b) => b - a),
      },
    };
  } finally {
    await closePage(page);
  }
}
