/// <reference lib="webworker" />
import { warmUpElk } from '../layout';
import { AnalysisSession } from './analysis-session';
import type { ProgressMessage, WireRequest } from './protocol';
import { WireSession } from './wire-session';

declare const self: DedicatedWorkerGlobalScope;

const session = new WireSession(new AnalysisSession());

// Requests are answered in order: a later edit waits for the earlier analysis to finish.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WireRequest>) => {
  const request = event.data;
  const progress = (stage: ProgressMessage['stage']) =>
    self.postMessage({ id: request.id, type: 'progress', stage } satisfies ProgressMessage);
  queue = queue.then(async () => self.postMessage(await session.handle(request, progress)));
};

// Fetch the layout engine (1.4 MB) and warm it up while the page starts: the first layout needs it.
void warmUpElk();
