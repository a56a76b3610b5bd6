import { AnalysisSession } from './analysis-session';
import type { Stage } from '../analyze';
import type { ProgressMessage, WorkerReply, WorkerRequest } from './protocol';

/** Where the analysis runs; the page shows it, so a fallback is never silent. */
export type AnalysisHost = 'worker' | 'main thread';

type BodyOf<T extends WorkerRequest['type']> = Omit<
  Extract<WorkerRequest, { type: T }>,
  'id' | 'type'
>;
type ReplyOf<T extends WorkerRequest['type']> = Extract<WorkerReply, { type: T }>;

export interface AnalysisClient {
  /** `onStage` hears the pipeline stages of an analyze or view request as the worker reaches them. */
  request<T extends WorkerRequest['type']>(
    type: T,
    body: BodyOf<T>,
    onStage?: (stage: Stage) => void,
  ): Promise<ReplyOf<T>>;
  readonly host: AnalysisHost;
  dispose(): void;
}

interface Pending {
  request: WorkerRequest;
  onStage: ((stage: Stage) => void) | undefined;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

let early: Worker | undefined;

function newWorker(): Worker {
  return new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the analysis Worker before the page renders, so that it loads (and fetches the layout
 * engine) while React mounts; the first client takes it over. Without Workers it does nothing.
 */
export function startAnalysisWorker(): void {
  try {
    early ??= newWorker();
  } catch {
    early = undefined;
  }
}

/**
 * Talks to the analysis Worker (parse, evaluate, graph and layout off the main thread). Where
 * Workers are unavailable or the worker fails to start, the same session runs on the main thread.
 */
export function createAnalysisClient(): AnalysisClient {
  let worker: Worker | undefined;
  let local: AnalysisSession | undefined;
  const pending = new Map<number, Pending>();
  let next = 0;

  const runLocally = (p: Pending) => {
    local ??= new AnalysisSession();
    local.handle(p.request, p.onStage).then(p.resolve, p.reject);
  };
  const fallBack = () => {
    worker?.terminate();
    worker = undefined;
    // The worker may have died mid-way: replay what it had not answered (analyze first).
    const waiting = [...pending.values()].sort((a, b) => a.request.id - b.request.id);
    pending.clear();
    waiting.forEach(runLocally);
  };

  try {
    worker = early ?? newWorker();
    early = undefined;
    worker.onmessage = (event: MessageEvent<WorkerReply | ProgressMessage>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      if (event.data.type === 'progress') {
        p.onStage?.(event.data.stage);
        return;
      }
      pending.delete(event.data.id);
      p.resolve(event.data);
    };
    worker.onerror = fallBack;
  } catch {
    worker = undefined;
  }

  return {
    get host() {
      return worker ? 'worker' : 'main thread';
    },
    request<T extends WorkerRequest['type']>(
      type: T,
      body: BodyOf<T>,
      onStage?: (stage: Stage) => void,
    ): Promise<ReplyOf<T>> {
      const request = { ...body, type, id: next++ } as unknown as WorkerRequest;
      return new Promise<WorkerReply>((resolve, reject) => {
        const p: Pending = { request, onStage, resolve, reject };
        if (!worker) return runLocally(p);
        pending.set(request.id, p);
        worker.postMessage(request);
      }).then((reply) => {
        if (reply.type === 'error') throw new Error(reply.message);
        return reply as ReplyOf<T>;
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
