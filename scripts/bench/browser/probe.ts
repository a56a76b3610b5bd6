/**
 * The in-page half of the browser benchmark: installed with `page.addInitScript` before the app's
 * own scripts, it timestamps what the page does with `performance.now()` (status flips, canvas
 * mutations, frames, long tasks, input events), so no figure carries a Playwright round-trip.
 *
 * Everything here runs in the page: functions are serialised with `toString()`, so they may use
 * only their arguments and `window.__bench`, never module scope.
 */

/** What the page must show before a step counts as painted. */
export type PaintCondition =
  /**
   * Every one of these graph node ids is in the DOM and not hidden, and at least `edges` edges
   * (the canvas adds a new graph's edges over a few frames after its nodes).
   */
  | { kind: 'ids'; ids: string[]; edges?: number }
  /** The namespace group is open and at least one of its children is drawn. */
  | { kind: 'expanded'; namespace: string; childPrefixes: string[] };

export interface Painted {
  /** When the condition was first seen true. */
  seenAt: number;
  /** The frame after the one that showed it: the paint is done. */
  paintedAt: number;
  /** Nodes of the graph in the DOM when it was painted. */
  nodesInDom: number;
  /** For `expanded`: children of the namespace in the DOM then. */
  childrenInDom?: number;
}

export interface BenchProbe {
  /** data-status of the app root, with when it changed. */
  statusLog: { t: number; status: string }[];
  longTasks: { start: number; duration: number }[];
  /** Whether this browser reports long tasks at all. */
  longTasksSupported: boolean;
  /** rAF callback times while recording. */
  frames: number[];
  /** Times of DOM mutations inside `.react-flow` while recording. */
  canvasMutations: number[];
  /** `timeStamp` of the last event of each armed type. */
  events: Record<string, number>;
  armed: string[];
  recording: { frames: boolean; mutations: boolean };
  /** A `whenPainted` started before the step it waits for, collected later. */
  pending?: Promise<Painted>;
  arm(type: string): void;
  /** Starts logging frames and/or canvas mutations (clearing earlier logs of that kind). */
  record(what: { frames?: boolean; mutations?: boolean }): void;
  stopRecording(): void;
  whenPainted(condition: PaintCondition, timeoutMs: number): Promise<Painted>;
  /** Resolves once `.react-flow` has not changed for `quietMs` (or `maxMs` passed). */
  settle(since: number, quietMs: number, maxMs: number): Promise<number | undefined>;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)`;
 * a function serialised into the page then needs that helper there.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** Installs `window.__bench`. Runs in the page, at document start. */
export function installProbe(): void {
  let frameLoops = 0;
  const probe: BenchProbe = {
    statusLog: [],
    longTasks: [],
    longTasksSupported: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    frames: [],
    canvasMutations: [],
    events: {},
    armed: [],
    recording: { frames: false, mutations: false },
    arm(type) {
      if (probe.armed.includes(type)) return;
      probe.armed.push(type);
      // Window, capturing: the first listener an event meets (d3-zoom stops its mouseup there).
      window.addEventListener(
        type,
        (event) => {
          // Trusted input carries the time the browser received it: input latency is included.
          probe.events[type] = event.timeStamp;
        },
        { capture: true },
      );
    },
    record(what) {
      if (what.mutations) {
        probe.canvasMutations = [];
        probe.recording.mutations = true;
      }
      if (what.frames) {
        probe.frames = [];
        probe.recording.frames = true;
        // One loop at a time: a loop from an earlier recording stops at its next frame.
        const generation = ++frameLoops;
        const loop = () => {
          if (!probe.recording.frames || generation !== frameLoops) return;
          probe.frames.push(performance.now());
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }
      observeCanvas(probe.recording.mutations || waiters.size > 0);
    },
    stopRecording() {
      probe.recording = { frames: false, mutations: false };
      observeCanvas(waiters.size > 0);
    },
    whenPainted(condition, timeoutMs) {
      return new Promise<Painted>((resolve, reject) => {
        const waiter: Waiter = { condition, resolve, done: false };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          observeCanvas(probe.recording.mutations || waiters.size > 0);
          reject(new Error(`not painted within ${timeoutMs} ms: ${JSON.stringify(condition)}`));
        }, timeoutMs);
        waiter.clear = () => clearTimeout(timer);
        waiters.add(waiter);
        observeCanvas(true);
        check(waiter, 'now');
        const poll = () => {
          if (waiter.done) return;
          check(waiter, 'frame');
          requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
    },
    settle(since, quietMs, maxMs) {
      return new Promise((resolve) => {
        const started = performance.now();
        const tick = () => {
          const now = performance.now();
          const last = probe.canvasMutations.filter((t) => t >= since).pop();
          if (now - (last ?? since) >= quietMs || now - started >= maxMs) resolve(last);
          else setTimeout(tick, 25);
        };
        tick();
      });
    },
  };

  interface Waiter {
    condition: PaintCondition;
    resolve: (p: Painted) => void;
    done: boolean;
    clear?: () => void;
  }
  const waiters = new Set<Waiter>();
  const nodes = document.getElementsByClassName(
    'react-flow__node',
  ) as HTMLCollectionOf<HTMLElement>;
  const edges = document.getElementsByClassName('react-flow__edge');

  const shown = (el: HTMLElement) => el.style.visibility !== 'hidden';
  const measure = (
    condition: PaintCondition,
  ): Omit<Painted, 'seenAt' | 'paintedAt'> | undefined => {
    if (condition.kind === 'ids') {
      if (nodes.length < condition.ids.length || edges.length < (condition.edges ?? 0))
        return undefined;
      const want = new Set(condition.ids);
      let found = 0;
      for (const el of nodes) if (want.has(el.dataset['id'] ?? '') && shown(el)) found++;
      return found >= want.size ? { nodesInDom: nodes.length } : undefined;
    }
    const group = document.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(condition.namespace)}"]`,
    );
    if (!group || !shown(group) || group.querySelector('.is-collapsed')) return undefined;
    let children = 0;
    for (const el of nodes) {
      const id = el.dataset['id'] ?? '';
      if (shown(el) && condition.childPrefixes.some((p) => id.startsWith(p))) children++;
    }
    return children > 0 ? { nodesInDom: nodes.length, childrenInDom: children } : undefined;
  };
  // Seen from a mutation (a task that changed the DOM): the next frame paints it, the one after
  // runs once that paint is done. Seen from a rAF callback: that frame paints it.
  const check = (waiter: Waiter, via: 'now' | 'mutation' | 'frame') => {
    if (waiter.done) return;
    const found = measure(waiter.condition);
    if (!found) return;
    const seenAt = performance.now();
    waiter.done = true;
    waiter.clear?.();
    waiters.delete(waiter);
    observeCanvas(probe.recording.mutations || waiters.size > 0);
    const finish = () => waiter.resolve({ seenAt, paintedAt: performance.now(), ...found });
    if (via === 'frame') requestAnimationFrame(finish);
    else requestAnimationFrame(() => requestAnimationFrame(finish));
  };

  const inCanvas = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement;
    return el?.closest('.react-flow') != null;
  };
  const canvasObserver = new MutationObserver((records) => {
    const now = performance.now();
    if (probe.recording.mutations && records.some((r) => inCanvas(r.target)))
      probe.canvasMutations.push(now);
    for (const w of [...waiters]) check(w, 'mutation');
  });
  let observing = false;
  // Off unless something is measured: observing every node of a 3,000-node canvas costs frames.
  function observeCanvas(on: boolean) {
    if (on === observing) return;
    observing = on;
    if (on)
      canvasObserver.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['style', 'class', 'data-id'],
        characterData: true,
      });
    else canvasObserver.disconnect();
  }

  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      const el = r.target as Element;
      if (r.type === 'attributes' && el.getAttribute('data-testid') === 'app')
        probe.statusLog.push({ t, status: el.getAttribute('data-status') ?? '' });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-status'] });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the longest-task figure is then reported as not measured.
  }

  window.__bench = probe;
}
