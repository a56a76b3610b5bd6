/// <reference lib="webworker" />
import { warmUpElk } from '../layout';
import { AnalysisSession } from './analysis-session';
import type { FinishLateRequest, ProgressMessage, WireRequest } from './protocol';
import { splitReply } from './reply-parts';
import { WireSession } from './wire-session';
import { layoutEngineLoad } from './worker-name';

declare const self: DedicatedWorkerGlobalScope;

const session = new WireSession(new AnalysisSession());

// The layout engine (1.4 MB, then a warm-up layout) is loaded when the page asked for it: at once,
// or once the first reply is on screen when that is a bundled sample with a precomputed layout (a
// layout needed earlier loads it on demand).
const loadLayoutEngine = layoutEngineLoad(self.name);
if (loadLayoutEngine === 'at-start') void warmUpElk();

// Requests are answered in order: a later edit waits for the earlier analysis to finish.
let queue: Promise<void> = Promise.resolve();
let painted = false;
self.onmessage = (event: MessageEvent<WireRequest | FinishLateRequest>) => {
  const request = event.data;
  if (request.type === 'finish-late') {
    queue = queue.then(() => {
      const late = session.finishLate(request.id);
      if (late) self.postMessage(late);
      if (!painted && loadLayoutEngine === 'after-first-paint') void warmUpElk();
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
