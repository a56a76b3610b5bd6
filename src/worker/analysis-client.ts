import { afterNextPaint } from './after-paint';
import { AnalysisSession } from './analysis-session';
import { workerName, type LayoutEngineLoad } from './worker-name';
import type { Stage } from '../analyze';
import type {
  FinishLateRequest,
  GraphResult,
  LateSnapshot,
  ProgressMessage,
  WireLateSnapshot,
  WireReply,
  WireRequest,
  WorkerReply,
  WorkerRequest,
} from './protocol';
import { PatchReceiver } from './patch-channel';
import { joinReply, type WirePart } from './reply-parts';
import { SentTexts } from './sent-files';
import type { AnalysisSnapshot } from './snapshot';

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
  /**
   * Hears the snapshot of an analyze request again, with its own findings, after its reply (which
   * carried the previous ones: see AnalysisSession.finishLate) has been drawn. One listener.
   */
  onLateSnapshot(listener: (late: LateSnapshot) => void): void;
  readonly host: AnalysisHost;
  dispose(): void;
}

interface Pending {
  /** With every file's text: a replay on the main thread cannot use what the worker held. */
  request: WorkerRequest;
  onStage: ((stage: Stage) => void) | undefined;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

let early: Worker | undefined;

function newWorker(layoutEngine: LayoutEngineLoad = 'at-start'): Worker {
  return new Worker(new URL('./analyze.worker.ts', import.meta.url), {
    type: 'module',
    name: workerName(layoutEngine),
  });
}

/**
 * Starts the analysis Worker before the page renders, so that it loads (and, unless the first
 * thing it draws is a bundled sample whose layout is precomputed, loads the layout engine) while
 * React mounts; the first client takes it over. Without Workers it does nothing.
 */
export function startAnalysisWorker(options: { sampleFirst?: boolean } = {}): void {
  try {
    early ??= newWorker(options.sampleFirst ? 'after-first-paint' : 'at-start');
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
  // What both ends hold: the texts sent last, the snapshot and the graph replied last.
  const texts = new SentTexts();
  const snapshots = new PatchReceiver<AnalysisSnapshot>();
  const graphs = new PatchReceiver<GraphResult>();
  let next = 0;
  let lateListener: ((late: LateSnapshot) => void) | undefined;
  // The parts of a big reply, posted before it (reply-parts.ts).
  const partsOf = new Map<number, WirePart[]>();
  // After the reply's own task (see onmessage), like the reply.
  const hearLate = (late: LateSnapshot) => setTimeout(() => lateListener?.(late), 0);
  const toWire = (request: WorkerRequest): WireRequest =>
    request.type === 'analyze' ? { ...request, files: texts.encode(request.files) } : request;
  /** Every reply is applied, also one nobody waits for any more: the next patches it. */
  const fromWire = (reply: WireReply): WorkerReply => {
    try {
      if (reply.type === 'view') return { ...reply, graph: graphs.apply(reply.graph) };
      if (reply.type !== 'analyze') return reply;
      const snapshot = snapshots.apply(reply.snapshot);
      return { ...reply, snapshot, graph: graphs.apply(reply.graph) };
    } catch (error) {
      return { id: reply.id, type: 'error', message: (error as Error).message };
    }
  };

  const lateFromWire = (late: WireLateSnapshot): LateSnapshot | undefined => {
    try {
      return { ...late, snapshot: snapshots.apply(late.snapshot) };
    } catch {
      // Only if the two ends were out of step: the reply's findings then stay on screen.
      return undefined;
    }
  };

  const runLocally = (p: Pending) => {
    local ??= new AnalysisSession();
    const session = local;
    session.handle(p.request, p.onStage).then((reply) => {
      p.resolve(reply);
      // Once the reply is drawn, as from the worker.
      if (reply.type === 'analyze')
        afterNextPaint(() => {
          const late = session.finishLate(reply.id);
          if (late) lateListener?.({ ...late, type: 'late' });
        });
    }, p.reject);
  };
  const fallBack = () => {
    worker?.terminate();
    worker = undefined;
    texts.forget();
    snapshots.forget();
    graphs.forget();
    partsOf.clear();
    // The worker may have died mid-way: replay what it had not answered (analyze first).
    const waiting = [...pending.values()].sort((a, b) => a.request.id - b.request.id);
    pending.clear();
    waiting.forEach(runLocally);
  };

  try {
    worker = early ?? newWorker();
    early = undefined;
    worker.onmessage = (
      event: MessageEvent<WireReply | WireLateSnapshot | ProgressMessage | WirePart>,
    ) => {
      const data = event.data;
      const p = pending.get(data.id);
      if (data.type === 'progress') {
        p?.onStage?.(data.stage);
        return;
      }
      if (data.type === 'part') {
        const parts = partsOf.get(data.id);
        if (parts) parts.push(data);
        else partsOf.set(data.id, [data]);
        return;
      }
      if (data.type === 'late') {
        // Applied even when nobody listens: the next patch builds on it.
        const late = lateFromWire(data);
        if (late) hearLate(late);
        return;
      }
      const reply = fromWire(joinReply(data, partsOf.get(data.id) ?? []));
      partsOf.delete(data.id);
      // The worker computes what it left for later once the reply is on screen: before, the lint
      // took the CPU from the page while it drew (a 2-core machine: the worker, the page and the
      // rasterizer).
      const finishLater = () => {
        if (data.type === 'analyze')
          afterNextPaint(() =>
            worker?.postMessage({ id: data.id, type: 'finish-late' } satisfies FinishLateRequest),
          );
      };
      if (!p) return finishLater();
      pending.delete(data.id);
      // Whoever awaits the reply renders it, synchronously (store updates are not time-sliced):
      // in a task of its own rather than after the decoding of a big reply in this one.
      setTimeout(() => {
        p.resolve(reply);
        finishLater();
      }, 0);
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
        worker.postMessage(toWire(request));
      }).then((reply) => {
        if (reply.type === 'error') {
          // Should the two sides ever disagree on the texts, the next request sends them all.
          if (type === 'analyze') texts.forget();
          throw new Error(reply.message);
        }
        return reply as ReplyOf<T>;
      });
    },
    onLateSnapshot(listener) {
      lateListener = listener;
    },
    dispose() {
      for (const p of pending.values()) p.reject(new Error('the analysis client was disposed'));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    },
  };
}
