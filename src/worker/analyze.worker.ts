/// <reference lib="webworker" />
import { analyze } from '../analyze';
import { snapshotOf, type AnalyzeRequest, type AnalyzeResponse } from './snapshot';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<AnalyzeRequest>) => {
  const { id, files, options } = event.data;
  let response: AnalyzeResponse;
  try {
    response = { id, ok: true, snapshot: snapshotOf(analyze(files, options)) };
  } catch (error) {
    // analyze never throws on bad input; this is a bug, reported rather than left hanging.
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
