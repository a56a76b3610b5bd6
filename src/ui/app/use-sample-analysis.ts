import { useEffect, useState } from 'react';
import { analyze, type Analysis } from '../../analyze';
import { DEFAULT_SAMPLE, loadSample } from '../../platform/load-sample';

export type SampleAnalysis =
  | { status: 'loading'; file: string }
  | { status: 'ready'; file: string; analysis: Analysis }
  | { status: 'failed'; file: string; message: string };

/** Loads the default sample once and analyses it on the main thread (a Worker comes later). */
export function useSampleAnalysis(file = DEFAULT_SAMPLE): SampleAnalysis {
  const [state, setState] = useState<SampleAnalysis>({ status: 'loading', file });

  useEffect(() => {
    // StrictMode runs this effect twice in development: the first run is aborted and must not land.
    const controller = new AbortController();
    loadSample(file, controller.signal)
      .then((text) => {
        if (controller.signal.aborted) return;
        setState({ status: 'ready', file, analysis: analyze([{ name: file, text }]) });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'failed', file, message });
      });
    return () => controller.abort();
  }, [file]);

  return state;
}
