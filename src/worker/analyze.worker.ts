/// <reference lib="webworker" />
import { loadElk } from '../layout';
import { AnalysisSession } from './analysis-session';
import type { ProgressMessage, WorkerRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const session = new AnalysisSession();

// Requests are answered in order: a later edit waits for the earlier analysis to finish.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const progress = (stage: ProgressMessage['stage']) =>
    self.postMessage({ id: request.id, type: 'progress', stage } satisfies ProgressMessage);
  queue = queue.then(async () => self.postMessage(await session.handle(request, progress)));
};

// Fetch the layout engine (1.4 MB) while the first request is parsed: its layout needs it next.
void loadElk();
