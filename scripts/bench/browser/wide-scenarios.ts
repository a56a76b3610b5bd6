/**
 * The wide dump (13 namespaces of 150 workloads and 75 Services each): it opens with every
 * namespace collapsed (over AUTO_COLLAPSE_NODES), so the only way to ~3,000 nodes in the UI is
 * to expand each namespace with its toggle. Each expansion of a 150-workload namespace is timed
 * (click → the open group and its first children painted; and until the canvas is still, which
 * includes the app's 300 ms animated re-fit). A namespace off screen is found on the minimap and
 * brought into view with middle-button drags, as a user would pan to it.
 *
 * Then panning: middle-button drags of 800 px over 2 s with page.mouse (trusted input, on nodes
 * or not, as React Flow pans on a middle drag anywhere), while the page counts rAF frames.
 */
import type { Page } from '@playwright/test';
import { ensureDump } from './dumps';
import { pageNow, waitAnalysed, type BenchContext } from './load-scenarios';
import type { Painted } from './probe';
import { notMeasured, round, type Row } from './rows';
import {
  closePage,
  closeSample,
  newPage,
  openFiles,
  settle,
  waitForSample,
  workerTimings,
  zoomOf,
} from './session';

const PAN_PX = 800;
const PAN_MS = 2000;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function measureWide(
  ctx: BenchContext,
  what: { expand: boolean; pan: boolean },
): Promise<Row[]> {
  const dump = ensureDump('wide');
  const wide = new Set(
    dump.namespaces.filter((n) => n.workloads >= 150).map((n) => `ns:${n.name}`),
  );
  const page = await newPage(ctx.browser);
  const rows: Row[] = [];
  try {
    await page.goto(ctx.url);
    await waitForSample(page);
    await closeSample(page);
    const before = await pageNow(page);
    const loadStarted = performance.now();
    await openFiles(page, dump.files);
    await waitAnalysed(page, before, 900_000);
    await settle(page, 1000);
    const loadSeconds = round((performance.now() - loadStarted) / 1000, 1);
    ctx.log(`wide: loaded in ${loadSeconds} s (${await workerTimings(page)})`);
    await page.evaluate(() => window.__bench.arm('click'));

    const expansions: Expansion[] = [];
    const expandStarted = performance.now();
    let attempts = 0;
    for (;;) {
      const inView = await collapsedInDom(page);
      const target = inView.find((id) => wide.has(id)) ?? inView[0];
      if (target === undefined) {
        if (++attempts > 40 || !(await panToCollapsed(page))) break;
        continue;
      }
      const e = await expand(
        page,
        target,
        dump.namespaces.find((n) => `ns:${n.name}` === target)!.name,
      );
      expansions.push(e);
      ctx.log(
        `wide: expanded ${target} (${e.drawnBefore} → ${e.drawnAfter} nodes): painted ${e.paintedMs} ms, still ${e.settledMs} ms${e.synthetic ? ' (synthetic click)' : ''}; ${e.worker}`,
      );
      if (!what.pan && expansions.filter((x) => wide.has(x.id)).length >= ctx.runs) break;
    }
    const expandSeconds = round((performance.now() - expandStarted) / 1000, 1);
    const left = await page.evaluate(() => {
      return document.querySelectorAll('.rm-minimap-node--namespace.is-collapsed').length;
    });

    if (what.expand)
      rows.push(
        ...expandRows(
          expansions.filter((e) => wide.has(e.id)),
          ctx.runs,
        ),
      );
    if (what.pan) {
      const total = await page.evaluate(
        () => document.querySelectorAll('.react-flow__minimap-node').length,
      );
      const setup = `${total} nodes once all ${expansions.length} namespaces were expanded with their toggles (${expandSeconds} s of expanding after a ${loadSeconds} s load)`;
      ctx.log(`wide: ${setup}; ${left} namespaces left collapsed`);
      if (left > 0) {
        rows.push(
          notMeasured(
            'pan-3000',
            'pan fully expanded graph',
            'fps',
            `${left} namespaces could not be expanded`,
          ),
        );
      } else {
        rows.push(...(await panRows(ctx, page, total, setup)));
      }
    }
  } finally {
    await closePage(page);
  }
  return rows;
}

interface Expansion {
  id: string;
  paintedMs: number;
  settledMs: number;
  drawnBefore: number;
  drawnAfter: number;
  childrenAtPaint: number;
  synthetic: boolean;
  worker: string;
}

function expandRows(runs: Expansion[], first: number): Row[] {
  if (runs.length === 0)
    return [
      notMeasured(
        'expand-150',
        'expand a namespace of 150 workloads',
        'ms',
        'no namespace could be expanded',
      ),
    ];
  const early = runs.slice(0, first);
  const late = runs.slice(first);
  const note = (rs: Expansion[]) =>
    `graph of ${Math.min(...rs.map((r) => r.drawnBefore))}–${Math.max(...rs.map((r) => r.drawnBefore))} nodes before the click${rs.some((r) => r.synthetic) ? '; some clicks synthetic (toggle not hittable)' : ''}`;
  const rows: Row[] = [
    {
      scenario: 'expand-150',
      what: 'expand a namespace of 150 workloads: click → painted',
      unit: 'ms',
      target: { op: '<=', value: 500 },
      values: early.map((r) => r.paintedMs),
      details: early,
      note: `${note(early)}; painted = the open group and its first children on screen`,
    },
    {
      scenario: 'expand-150',
      what: 'expand 150 workloads: click → canvas still (incl. 300 ms re-fit animation)',
      unit: 'ms',
      values: early.map((r) => r.settledMs),
    },
  ];
  if (late.length > 0)
    rows.push({
      scenario: 'expand-150',
      what: 'expand 150 workloads into a bigger graph: click → painted',
      unit: 'ms',
      values: late.map((r) => r.paintedMs),
      details: late,
      note: note(late),
    });
  return rows;
}

function collapsedInDom(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((el) => el.querySelector('.rm-node--namespace.is-collapsed'))
      .map((el) => el.dataset['id'] ?? ''),
  );
}

async function expand(page: Page, id: string, name: string): Promise<Expansion> {
  const drawnBefore = await page.evaluate(
    () => document.querySelectorAll('.react-flow__minimap-node').length,
  );
  await page.evaluate(
    ({ id, name }) => {
      const b = window.__bench;
      b.record({ frames: true, mutations: true });
      b.pending = b.whenPainted(
        {
          kind: 'expanded',
          namespace: id,
          childPrefixes: [`wl:${name}/`, `svc:${name}/`, `pod:${name}/`],
        },
        900_000,
      );
    },
    { id, name },
  );
  const toggle = page.locator(`.react-flow__node[data-id="${id}"] button.rm-toggle`);
  let synthetic = false;
  try {
    await toggle.click({ timeout: 5000 });
  } catch {
    // Zoomed far out the toggle can be a pixel wide, under another element.
    synthetic = true;
    await toggle.dispatchEvent('click');
  }
  const painted = (await page.evaluate(() => window.__bench.pending)) as Painted;
  const r = await page.evaluate(async (seenAt) => {
    const b = window.__bench;
    const last = await b.settle(seenAt, 500, 60_000);
    const after = Math.max(last ?? 0, seenAt);
    const settled = b.frames.filter((f) => f > after)[1] ?? performance.now();
    b.stopRecording();
    return { start: b.events['click']!, settled };
  }, painted.seenAt);
  return {
    id,
    paintedMs: round(painted.paintedAt - r.start),
    settledMs: round(r.settled - r.start),
    drawnBefore,
    drawnAfter: await page.evaluate(
      () => document.querySelectorAll('.react-flow__minimap-node').length,
    ),
    childrenAtPaint: painted.childrenInDom ?? 0,
    synthetic,
    worker: await workerTimings(page),
  };
}

/**
 * Finds a collapsed namespace on the minimap (which draws every node) and drags the canvas so it
 * is in the middle. False when none is left.
 */
async function panToCollapsed(page: Page): Promise<boolean> {
  const where = await page.evaluate(() => {
    const rect = document.querySelector<SVGRectElement>('.rm-minimap-node--namespace.is-collapsed');
    const flow = document.querySelector<HTMLElement>('.react-flow')!.getBoundingClientRect();
    const t = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(t);
    if (!rect || !m) return undefined;
    const [tx, ty, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const x = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;
    const y = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) / 2;
    return {
      dx: flow.width / 2 - (x * k + tx),
      dy: flow.height / 2 - (y * k + ty),
      flow: { x: flow.x, y: flow.y, width: flow.width, height: flow.height },
    };
  });
  if (!where) return false;
  await dragBy(page, where.flow, where.dx, where.dy);
  await settle(page, 400);
  return true;
}

/** Middle-button drags from the canvas centre, in steps that stay inside the window. */
async function dragBy(page: Page, flow: Box, dx: number, dy: number): Promise<void> {
  const cx = flow.x + flow.width / 2;
  const cy = flow.y + flow.height / 2;
  const step = (d: number, room: number) => Math.max(-room, Math.min(room, d));
  while (Math.abs(dx) > 1 || Math.abs(dy) > 1) {
    const sx = step(dx, flow.width / 2 - 20);
    const sy = step(dy, flow.height / 2 - 20);
    await page.mouse.move(cx, cy);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(cx + sx, cy + sy, { steps: 8 });
    await page.mouse.up({ button: 'middle' });
    dx -= sx;
    dy -= sy;
  }
}

/** A workload near the middle of the wide dump, where workloads and their edges are dense. */
const ZOOM_TARGET = 'svc800-v1';

async function panRows(
  ctx: BenchContext,
  page: Page,
  total: number,
  setup: string,
): Promise<Row[]> {
  const flow = (await page.locator('.react-flow').boundingBox())!;
  await page.locator('.react-flow__controls-fitview').click();
  await settle(page, 800);
  // To look at: what the simplified drawing at fit view looks like.
  await page.screenshot({ path: '.bench/pan-fit-view.png' });
  const fit = await panRuns(ctx, page, flow, 'fit');
  // Zoomed in where the graph is dense: a workload found with the search box, as a user would
  // (the search centres it at a readable zoom), then the selection cleared so nothing is dimmed.
  await page.getByRole('combobox', { name: 'Search the cluster' }).fill(ZOOM_TARGET);
  await page.keyboard.press('Enter');
  await settle(page, 800);
  // The inspector's "← Overview" clears the selection (and its denied edges) without a click on
  // the canvas that could land on a node.
  await page.keyboard.press('Escape');
  const overview = page.getByRole('button', { name: '← Overview' });
  if ((await overview.count()) > 0) await overview.click();
  await settle(page, 800);
  await page.screenshot({ path: '.bench/pan-zoomed.png' });
  // REACHMAP_BENCH_TRACE=1: a Chrome trace of the zoomed pans (open it in chrome://tracing or
  // Perfetto) in .bench/pan-zoomed-trace.json, to see where the frames go.
  const trace = process.env['REACHMAP_BENCH_TRACE'] === '1';
  if (trace)
    await ctx.browser.startTracing(page, {
      path: '.bench/pan-zoomed-trace.json',
      categories: ['devtools.timeline', 'blink', 'cc', 'v8'],
    });
  const zoomed = await panRuns(ctx, page, flow, 'zoomed');
  if (trace) await ctx.browser.stopTracing();
  // REACHMAP_BENCH_VARIANTS='css;;css…': the zoomed pans again with each stylesheet added, to
  // find what the frames pay for (e.g. `.react-flow__edges{display:none}`). Logged, not reported.
  const variants = (process.env['REACHMAP_BENCH_VARIANTS'] ?? '').split(';;').filter(Boolean);
  for (const [i, css] of variants.entries()) {
    await page.evaluate((css) => {
      const st = document.createElement('style');
      st.id = 'variant';
      st.textContent = css;
      document.head.append(st);
    }, css);
    await settle(page, 500);
    await page.screenshot({ path: `.bench/pan-variant-${i + 1}.png` });
    const r = await panRuns(ctx, page, flow, `with ${css}`);
    ctx.log(`pan zoomed with ${css}: ${r.fps.join(', ')} fps`);
    await page.evaluate(() => document.getElementById('variant')?.remove());
  }
  const row = (name: string, r: PanResult, extra: string): Row => ({
    scenario: 'pan-3000',
    what: `pan ${total}-node graph ${name}`,
    unit: 'fps',
    target: { op: '>=', value: 30 },
    values: r.fps,
    details: r.details,
    note: `zoom ${round(r.zoom, 3)}, ${r.nodesInDom} nodes in the DOM${extra}; idle page ${round(r.idleFps)} fps; ${setup}`,
  });
  return [
    row('at fit view', fit, `, ${fit.simple} drawn simplified`),
    row('zoomed in', zoomed, ''),
  ];
}

interface PanResult {
  fps: number[];
  zoom: number;
  nodesInDom: number;
  simple: number;
  idleFps: number;
  details: unknown[];
}

async function panRuns(
  ctx: BenchContext,
  page: Page,
  flow: Box,
  label: string,
): Promise<PanResult> {
  const zoom = await zoomOf(page);
  const state = () =>
    page.evaluate(() => ({
      nodes: document.querySelectorAll('.react-flow__node').length,
      simple: document.querySelectorAll('.react-flow__node .is-simple').length,
      transform: document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform,
    }));
  const start = await state();
  await page.evaluate(() => {
    window.__bench.arm('mousedown');
    window.__bench.arm('mouseup');
    window.__bench.record({ frames: true });
  });
  await page.waitForTimeout(1000);
  const idle = await page.evaluate(() => {
    const f = window.__bench.frames;
    window.__bench.stopRecording();
    return f.length > 1 ? ((f.length - 1) / (f[f.length - 1]! - f[0]!)) * 1000 : 0;
  });

  const fps: number[] = [];
  const details: unknown[] = [];
  const cy = flow.y + flow.height / 2;
  for (let run = 0; run < ctx.runs; run++) {
    // Alternate directions so every run pans over the same part of the graph.
    const dir = run % 2 === 0 ? -1 : 1;
    const x0 = flow.x + flow.width / 2 - (dir * PAN_PX) / 2;
    const before = await state();
    await page.mouse.move(x0, cy);
    await page.evaluate(() => window.__bench.record({ frames: true }));
    await page.mouse.down({ button: 'middle' });
    const t0 = Date.now();
    let elapsed = 0;
    while (elapsed < PAN_MS) {
      await page.mouse.move(x0 + (dir * PAN_PX * elapsed) / PAN_MS, cy);
      await new Promise((resolve) => setTimeout(resolve, 8));
      elapsed = Date.now() - t0;
    }
    await page.mouse.move(x0 + dir * PAN_PX, cy);
    await page.mouse.up({ button: 'middle' });
    const r = await page.evaluate(() => {
      const b = window.__bench;
      const down = b.events['mousedown']!;
      const up = b.events['mouseup']!;
      const frames = b.frames.filter((t) => t >= down && t <= up);
      b.stopRecording();
      const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
      return {
        ms: up - down,
        frames: frames.length,
        fps:
          frames.length > 1
            ? ((frames.length - 1) / (frames[frames.length - 1]! - frames[0]!)) * 1000
            : 0,
        longestFrameMs: Math.max(0, ...gaps),
        framesOver33ms: gaps.filter((g) => g > 33.4).length,
      };
    });
    const after = await state();
    const moved =
      Number(/translate\(([-\d.e]+)px/.exec(after.transform)?.[1]) -
      Number(/translate\(([-\d.e]+)px/.exec(before.transform)?.[1]);
    if (Math.abs(moved) < PAN_PX / 2)
      throw new Error(`pan ${label}: the view moved ${round(moved)} px, not ~${PAN_PX}`);
    fps.push(round(r.fps, 1));
    details.push({
      ...r,
      ms: round(r.ms),
      longestFrameMs: round(r.longestFrameMs),
      movedPx: round(moved),
      nodesInDomAfter: after.nodes,
    });
    ctx.log(
      `pan ${label} run ${run + 1}: ${round(r.fps, 1)} fps over ${round(r.ms)} ms, longest frame ${round(r.longestFrameMs)} ms, moved ${round(moved)} px`,
    );
    await page.waitForTimeout(300);
  }
  return { fps, zoom, nodesInDom: start.nodes, simple: start.simple, idleFps: idle, details };
}
