import { useEffect, useState } from 'react';
import { DEFAULT_SAMPLE, loadSample } from '../../platform/load-sample';
import { createAnalysisClient, type AnalysisHost } from '../../worker/analysis-client';
import type { AnalysisSnapshot } from '../../worker/snapshot';

export type SampleAnalysis =
  | { status: 'loading'; file: string }
  | { status: 'ready'; file: string; analysis: AnalysisSnapshot; host: AnalysisHost }
  | { status: 'failed'; file: string; message: string };

/** Loads a sample and analyses it in the analysis Worker. */
export function useSampleAnalysis(file = DEFAULT_SAMPLE): SampleAnalysis {
  const [state, setState] = useState<SampleAnalysis>({ status: 'loading', file });

  useEffect(() => {
    // StrictMode runs this effect twice in development: the first run is aborted and must not land.
    const controller = new AbortController();
    const client = createAnalysisClient();
    loadSample(file, controller.signal)
      .then((text) => client.analyze([{ name: file, text }]))
      .then(({ snapshot, host }) => {
        if (controller.signal.aborted) return;
        setState({ status: 'ready', file, analysis: snapshot, host });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'failed', file, message });
      });
    return () => {
      controller.abort();
      client.dispose();
    };
  }, [file]);

  return state;
}
