/**
 * When the analysis worker loads and warms up elkjs (~1 s of its time on a 2-core machine):
 * - `at-start`: at once, while the page is still starting, as the first layout will need it;
 * - `after-first-reply`: once the first request is answered, because that one is a bundled sample
 *   whose layout is precomputed, and loading ELK first would only delay it.
 * Passed in the Worker's name, the one thing a worker knows before its first message.
 */
export type LayoutEngineLoad = 'at-start' | 'after-first-reply';

const PREFIX = 'reachmap-analysis';

export function workerName(load: LayoutEngineLoad): string {
  return `${PREFIX}; layout engine ${load}`;
}

export function layoutEngineLoad(name: string): LayoutEngineLoad {
  return name.endsWith('after-first-reply') ? 'after-first-reply' : 'at-start';
}
