/**
 * A one-line edit of a NetworkPolicy in the editor (a port number's last digit), at ~1,000
 * endpoints: keystroke → re-analysed → repainted, and whether nodes that did not change moved.
 *
 * The app analyses 250 ms after typing stops (analysis-controller.ts, EDIT_DEBOUNCE_MS), so the
 * figure held to the target starts when analysis starts (the app's status flips to `running`);
 * keystroke → painted is reported beside it. "Painted" is the frame after the last change of the
 * canvas DOM that follows the result (the canvas is quiet for 300 ms after it).
 */
import type { Page } from '@playwright/test';
import { ensureDump } from './dumps';
import { pageNow, waitAnalysed, type BenchContext } from './load-scenarios';
import { quietMachine } from './quiet';
import { round, type Row } from './rows';
import {
  closePage,
  closeSample,
  newPage,
  openFiles,
  settle,
  statusCount,
  waitForSample,
  workerTimings,
} from './session';

interface Snapshot {
  viewport: string;
  nodes: Record<string, string>;
}

const positions = (page: Page) =>
  page.evaluate((): Snapshot => {
    const nodes: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node'))
      nodes[el.dataset['id'] ?? ''] = el.style.transform;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    return { viewport: viewport?.style.transform ?? '', nodes };
  });

export async function measureEdit(ctx: BenchContext): Promise<Row[]> {
  const dump = ensureDump('edit-1000');
  const edit = dump.editLine;
  if (!edit) throw new Error('the edit dump has no line to edit');
  const page = await newPage(ctx.browser);
  try {
    await page.goto(ctx.url);
    await waitForSample(page);
    await closeSample(page);
    // One file at a time: the file input's handler reads only the first of several files (it
    // clears the live FileList while reading). Policies first: the cluster without them is
    // allow-all, a dense graph that takes the layout minutes.
    const [clusterFile, policiesFile] = dump.files as [string, string];
    for (const file of [policiesFile, clusterFile]) {
      const before = await pageNow(page);
      await openFiles(page, [file]);
      await waitAnalysed(page, before, 600_000);
    }
    await settle(page, 1000);
    await page
      .getByTestId('file-tab')
      .filter({ hasText: policiesFile.replace(/^.*\//, '') })
      .click();
    const endpoints = await statusCount(page, 'endpoints');
    ctx.log(`edit: ${endpoints} endpoints, ${await workerTimings(page)}`);

    // Its first policy is on screen.
    const line = page.locator('.cm-content .cm-line').filter({ hasText: edit.text.trim() }).first();
    await line.click();
    await page.keyboard.press('End');
    await page.evaluate(() => window.__bench.arm('keydown'));
    const port = Number(/\d+$/.exec(edit.text)![0]);

    const total: number[] = [];
    const work: number[] = [];
    const moved: number[] = [];
    const details: unknown[] = [];
    for (let run = 0; run < ctx.runs; run++) {
      // Alternate between two ports, so every edit changes what is allowed.
      const digit = run % 2 === 0 ? (port + 1) % 10 : port % 10;
      const earlier = await positions(page);
      await quietMachine();
      await page.evaluate(() => window.__bench.record({ frames: true, mutations: true }));
      // REACHMAP_BENCH_TRACE=1: a Chrome trace of the last edit (no JS samples: they slow the
      // worker several times over).
      const trace = run === ctx.runs - 1 && process.env['REACHMAP_BENCH_TRACE'] === '1';
      if (trace)
        await ctx.browser.startTracing(page, {
          path: '.bench/edit-trace.json',
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'],
        });
      await page.keyboard.press('Backspace');
      await page.keyboard.press(String(digit));
      const r = await page.evaluate(async () => {
        const b = window.__bench;
        const start = b.events['keydown']!;
        for (;;) {
          const t = analysisShown(b.statusLog, start);
          if (t.ready !== undefined) {
            // From the analysis start: the canvas may change in the very commit that flips the
            // status, a hair before the status observer hears of it.
            const last = await b.settle(t.running!, 300, 5000);
            const after = Math.max(last ?? 0, t.ready);
            // The frame after the one that painted the last change (a busy page may owe it still).
            const deadline = performance.now() + 5000;
            while (b.frames.filter((f) => f > after).length < 2 && performance.now() < deadline)
              await new Promise((resolve) => setTimeout(resolve, 20));
            const painted = b.frames.filter((f) => f > after)[1];
            b.stopRecording();
            const longTasks = b.longTasks
              .filter((lt) => lt.start + lt.duration > start && lt.start < (painted ?? Infinity))
              .map((lt) => ({ at: Math.round(lt.start - start), ms: Math.round(lt.duration) }));
            return { start, ...t, lastMutation: last, painted, longTasks };
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        function analysisShown(log: { t: number; status: string }[], since: number) {
          const running = log.find((e) => e.t >= since && e.status === 'running')?.t;
          const ready =
            running === undefined
              ? undefined
              : log.find((e) => e.t >= running && e.status === 'ready')?.t;
          return { running, ready };
        }
      });
      if (trace) await ctx.browser.stopTracing();
      if (r.painted === undefined || r.running === undefined)
        throw new Error(`edit run ${run + 1}: no frame recorded after the change`);
      const later = await positions(page);
      const kept = Object.keys(earlier.nodes).filter((id) => id in later.nodes);
      const movedIds = kept.filter((id) => earlier.nodes[id] !== later.nodes[id]);
      total.push(round(r.painted - r.start));
      work.push(round(r.painted - r.running));
      moved.push(movedIds.length);
      details.push({
        keystrokeToPaintedMs: round(r.painted - r.start),
        analysisStartToPaintedMs: round(r.painted - r.running),
        analysisShownAfterStartMs: round(r.ready! - r.running),
        analysisStartedAfterKeystrokeMs: round(r.running - r.start),
        longTasks: r.longTasks,
        canvasChanged: r.lastMutation !== undefined,
        worker: await workerTimings(page),
        nodesCompared: kept.length,
        nodesAdded: Object.keys(later.nodes).length - kept.length,
        nodesRemoved: Object.keys(earlier.nodes).length - kept.length,
        moved: movedIds.slice(0, 10),
        viewportMoved: earlier.viewport !== later.viewport,
      });
      ctx.log(
        `edit run ${run + 1}: analysis start → painted ${round(r.painted - r.running)} ms, keystroke → painted ${round(r.painted - r.start)} ms, ${movedIds.length}/${kept.length} nodes moved`,
      );
      // Let the editor's own work (lint, highlighting) finish before the next keystroke.
      await settle(page, 500);
    }
    const note = `${endpoints} endpoints; edit: last digit of \`${edit.text.trim()}\` in the first NetworkPolicy of a separate policies file`;
    return [
      {
        scenario: 'edit-1000',
        what: 'policy edit at ~1,000 endpoints: analysis start → repainted',
        unit: 'ms',
        target: { op: '<=', value: 100 },
        values: work,
        details,
        note,
      },
      {
        scenario: 'edit-1000',
        what: 'policy edit: keystroke → repainted (incl. 250 ms debounce)',
        unit: 'ms',
        values: total,
      },
      {
        scenario: 'edit-1000',
        what: 'policy edit: nodes present before and after that moved',
        unit: 'nodes',
        target: { op: '<=', value: 0 },
        values: moved,
      },
    ];
  } finally {
    await closePage(page);
  }
}
