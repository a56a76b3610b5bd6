/// <reference lib="webworker" />
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
