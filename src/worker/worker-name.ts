/**
 * When the analysis worker loads elkjs (~300 ms of its time on a 2-core machine); it warms ELK up
 * once the page has drawn its first reply, in either case (analyze.worker.ts):
 * - `at-start`: at once, while the page is still starting, as the first layout will need it;
 * - `after-first-paint`: once the page has drawn the first reply (its `finish-late` message), because
 *   that one is a bundled sample whose layout is precomputed: loading ELK first would only delay
 *   it, and compiling ELK while the page draws it took the page's second core.
 * Passed in the Worker's name, the one thing a worker knows before its first message.
 */
export type LayoutEngineLoad = 'at-start' | 'after-first-paint';

const PREFIX = 'reachmap-analysis';

export function workerName(load: LayoutEngineLoad): string {
  return `${PREFIX}; layout engine ${load}`;
}

export function layoutEngineLoad(name: string): LayoutEngineLoad {
  return name.endsWith('after-first-paint') ? 'after-first-paint' : 'at-start';
}
