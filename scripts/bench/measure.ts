/**
 * Timing and memory for one stage. Stages are synchronous, so RSS is sampled from a worker thread
 * (every ~2 ms, into shared memory) while the main thread is busy; the peak of the stage's window
 * is reported. Between runs the heap is collected (outside the timed part) when `--expose-gc` is on.
 */
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData);
setInterval(() => {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  if (kb > Atomics.load(peak, 0)) Atomics.store(peak, 0, kb);
}, 2);
`;

export class RssSampler {
  private readonly peak = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(SAMPLER, { eval: true, workerData: this.peak.buffer });
    this.worker.unref();
  }

  /** Starts a new window at the current RSS. */
  reset(): number {
    const kb = rssKB();
    Atomics.store(this.peak, 0, kb);
    return kb;
  }

  /** Peak RSS (KB) since the last reset, including now. */
  peakKB(): number {
    const kb = rssKB();
    if (kb > Atomics.load(this.peak, 0)) Atomics.store(this.peak, 0, kb);
    return Atomics.load(this.peak, 0);
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

export function rssKB(): number {
  return Math.round(process.memoryUsage.rss() / 1024);
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface StageResult<T> {
  /** Median of the timed runs (the first run is a warm-up when there are more). */
  ms: number;
  /** The first (cold) run. */
  firstMs: number;
  runs: number;
  /** Peak RSS during the stage, MB. */
  peakMB: number;
  /** Peak RSS minus RSS at the start of the stage, MB. */
  deltaMB: number;
  /** The last run's result. */
  value: T;
}

export interface RunOptions {
  /** Maximum number of runs (including the warm-up). */
  runs: number;
  /** Stop starting new runs once this much time was spent (at least one run always happens). */
  budgetMs: number;
}

/**
 * Runs `fn` up to `opts.runs` times. `prepare` (untimed) makes each run's input, e.g. fresh object
 * identities so that a cache keyed on them cannot turn later runs into cache hits.
 */
export function runStage<T, I = undefined>(
  sampler: RssSampler,
  fn: (input: I) => T,
  opts: RunOptions,
  prepare?: (run: number) => I,
): StageResult<T> {
  gc();
  const startKB = sampler.reset();
  const times: number[] = [];
  const last: { value?: T } = {};
  const begin = performance.now();
  for (;;) {
    // Drop the previous run's result first, so two results never coexist at the peak.
    delete last.value;
    gc();
    const input = prepare ? prepare(times.length) : (undefined as I);
    const t0 = performance.now();
    last.value = fn(input);
    times.push(performance.now() - t0);
    if (times.length >= opts.runs || performance.now() - begin >= opts.budgetMs) break;
  }
  const peakKB = sampler.peakKB();
  const timed = times.length > 1 ? times.slice(1) : times;
  return {
    ms: round(median(timed)),
    firstMs: round(times[0]!),
    runs: timed.length,
    peakMB: round(peakKB / 1024, 1),
    deltaMB: round((peakKB - startKB) / 1024, 1),
    value: last.value as T,
  };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
