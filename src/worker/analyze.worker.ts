/// <reference lib="webworker" />
import { loadElk, warmUpElk } from '../layout';
import { AnalysisSession } from './analysis-session';
import type { FinishLateRequest, ProgressMessage, WireRequest } from './protocol';
import { splitReply } from './reply-parts';
import { WireSession } from './wire-session';
import { layoutEngineLoad } from './worker-name';

declare const self: DedicatedWorkerGlobalScope;

const session = new WireSession(new AnalysisSession());

// The layout engine (1.4 MB) is loaded when the page asked for it: at once, or once the first reply
// is on screen when that is a bundled sample with a precomputed layout (a layout needed earlier
// loads it on demand).
const loadLayoutEngine = layoutEngineLoad(self.name);
if (loadLayoutEngine === 'at-start') void loadElk();

// Requests are answered in order: a later edit waits for the earlier analysis to finish.
let queue: Promise<void> = Promise.resolve();
let painted = false;

/**
 * Once the first reply is on screen, ELK is warmed up in WARM_UP_STEPS layouts (see warmUpElk),
 * each queued after whatever requests came meanwhile: a file opened during the warm-up waits for
 * one step at most. A failure is left to the real layout to report.
 */
const WARM_UP_STEPS = 3;
function warmUpInTurn(left: number): void {
  if (left <= 0) return;
  queue = queue
    .then(() => warmUpElk().catch(() => undefined))
    .then(() => void setTimeout(() => warmUpInTurn(left - 1)));
}

self.onmessage = (event: MessageEvent<WireRequest | FinishLateRequest>) => {
  const request = event.data;
  if (request.type === 'finish-late') {
    queue = queue.then(() => {
      const late = session.finishLate(request.id);
      if (late) self.postMessage(late);
      if (!painted) warmUpInTurn(WARM_UP_STEPS);
      painted = true;
    });
    return;
  }
  const progress = (stage: ProgressMessage['stage']) =>
    self.postMessage({ id: request.id, type: 'progress', stage } satisfies ProgressMessage);
  queue = queue.then(async () => {
    const { parts, reply } = splitReply(await session.handle(request, progress));
    for (const part of parts) self.postMessage(part);
    self.postMessage(reply);
  });
};
