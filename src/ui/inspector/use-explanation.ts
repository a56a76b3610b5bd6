import { useEffect, useState } from 'react';
import type { Explanation, Probe } from '../../evaluate/types';
import type { ExplainFn } from './types';

export type ExplanationState =
  | { status: 'loading' }
  | { status: 'done'; explanation: Explanation | undefined }
  | { status: 'failed'; message: string };

/**
 * Asks `explain` for one connection and keeps the answer for that question only: the result is
 * stored with the question and analysis it answers, so a late reply never shows for a newer one.
 * `version` is the analysis (the snapshot): the same question after an edit is asked again.
 */
export function useExplanation(
  explain: ExplainFn,
  from: string | undefined,
  to: string | undefined,
  probe: Probe,
  version: unknown,
): ExplanationState | undefined {
  const key =
    from !== undefined && to !== undefined
      ? `${from}\n${to}\n${probe.port}/${probe.protocol}`
      : undefined;
  const [result, setResult] = useState<{
    key: string;
    version: unknown;
    state: ExplanationState;
  }>();
  const { port, protocol } = probe;

  useEffect(() => {
    if (key === undefined || from === undefined || to === undefined) return;
    let current = true;
    explain(from, to, { port, protocol }).then(
      (explanation) => {
        if (current) setResult({ key, version, state: { status: 'done', explanation } });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (current) setResult({ key, version, state: { status: 'failed', message } });
      },
    );
    return () => {
      current = false;
    };
  }, [explain, key, from, to, port, protocol, version]);

  if (key === undefined) return undefined;
  return result?.key === key && result.version === version ? result.state : { status: 'loading' };
}
