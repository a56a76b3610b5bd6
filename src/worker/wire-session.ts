import type { Stage } from '../analyze';
import type { AnalysisSession } from './analysis-session';
import { PatchSender } from './patch-channel';
import type {
  GraphResult,
  WireLateSnapshot,
  WireReply,
  WireRequest,
  WorkerRequest,
} from './protocol';
import { KeptTexts } from './sent-files';
import type { AnalysisSnapshot } from './snapshot';

/**
 * The worker's end of postMessage: turns what crossed (file names for texts it holds, see
 * sent-files.ts) into whole requests for the session, and its snapshots and graphs into patches
 * of the last ones sent (patch-channel.ts). Requests must come in the order they were sent, and
 * every reply must be posted.
 */
export class WireSession {
  private readonly texts = new KeptTexts();
  private readonly snapshots = new PatchSender<AnalysisSnapshot>();
  private readonly graphs = new PatchSender<GraphResult>();

  constructor(private readonly session: AnalysisSession) {}

  async handle(wire: WireRequest, onStage?: (stage: Stage) => void): Promise<WireReply> {
    let request: WorkerRequest;
    try {
      request = wire.type === 'analyze' ? { ...wire, files: this.texts.resolve(wire.files) } : wire;
    } catch (error) {
      return { id: wire.id, type: 'error', message: (error as Error).message };
    }
    const reply = await this.session.handle(request, onStage);
    if (reply.type === 'view') {
      const graph = this.graphs.diff(reply.graph);
      this.graphs.commit(reply.graph);
      return { ...reply, graph };
    }
    if (reply.type !== 'analyze') return reply;
    const snapshot = this.snapshots.diff(reply.snapshot);
    const graph = this.graphs.diff(reply.graph);
    this.snapshots.commit(reply.snapshot);
    this.graphs.commit(reply.graph);
    return { ...reply, snapshot, graph };
  }

  /** What the session left for later of analyze request `id`, as a patch (see finishLate there). */
  finishLate(id: number): WireLateSnapshot | undefined {
    const late = this.session.finishLate(id);
    if (!late) return undefined;
    const snapshot = this.snapshots.diff(late.snapshot);
    this.snapshots.commit(late.snapshot);
    return { id: late.id, type: 'late', snapshot };
  }
}
