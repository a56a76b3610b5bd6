import { analyze, type AnalyzeOptions } from '../analyze';
import type { InputFile } from '../parse/parse-manifests';
import { snapshotOf, type AnalysisSnapshot, type AnalyzeResponse } from './snapshot';

/** Where an analysis ran; the page shows it, so a fallback is never silent. */
export type AnalysisHost = 'worker' | 'main thread';

export interface AnalysisResult {
  snapshot: AnalysisSnapshot;
  host: AnalysisHost;
}

export interface AnalysisClient {
  analyze(files: InputFile[], options?: AnalyzeOptions): Promise<AnalysisResult>;
  dispose(): void;
}

interface Pending {
  files: InputFile[];
  options: AnalyzeOptions;
  resolve: (r: AnalysisResult) => void;
  reject: (e: Error) => void;
}

function onMainThread(files: InputFile[], options: AnalyzeOptions): AnalysisResult {
  return { snapshot: snapshotOf(analyze(files, options)), host: 'main thread' };
}

/**
 * Runs the pipeline in a module Worker so parsing a big dump never blocks the page. Where
 * Workers are unavailable or the worker fails to start, the same pipeline runs on the main thread.
 */
export function createAnalysisClient(): AnalysisClient {
  let worker: Worker | undefined;
  const pending = new Map<number, Pending>();
  let next = 0;

  const fallBack = () => {
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) {
      try {
        p.resolve(onMainThread(p.files, p.options));
      } catch (error) {
        p.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    pending.clear();
  };

  try {
    worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalyzeResponse>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      if (event.data.ok) p.resolve({ snapshot: event.data.snapshot, host: 'worker' });
      else p.reject(new Error(event.data.message));
    };
    worker.onerror = fallBack;
  } catch {
    worker = undefined;
  }

  return {
    analyze(files, options = {}) {
      if (!worker) return Promise.resolve(onMainThread(files, options));
      const id = next++;
      const target = worker;
      return new Promise<AnalysisResult>((resolve, reject) => {
        pending.set(id, { files, options, resolve, reject });
        target.postMessage({ id, files, options });
      });
    },
    dispose() {
      for (const p of pending.values()) p.reject(new Error('the analysis client was disposed'));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    },
  };
}
