import { useEffect, useState } from 'react';
import type { ReachabilityDiff } from '../../diff';
import type { Diagnostic } from '../../model/diagnostic';
import type { AnalysisClient } from '../../worker/analysis-client';
import type { AnalysisSnapshot } from '../../worker/snapshot';

export type CompareResult =
  | { status: 'empty' }
  | { status: 'running' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; diff: ReachabilityDiff; beforeErrors: Diagnostic[] };

interface Answer {
  before: string;
  snapshot: AnalysisSnapshot | undefined;
  result: CompareResult;
}

/** Typing pauses this long before the before version is analysed again. */
const SETTLE_MS = 250;

/**
 * Compares `before` with the current analysis in the analysis worker, again whenever either
 * changes (the worker's analysis is the one `snapshot` came from, or a newer one).
 */
export function useCompare(
  client: React.RefObject<AnalysisClient | null>,
  before: string,
  snapshot: AnalysisSnapshot | undefined,
): CompareResult {
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const empty = before.trim() === '' || snapshot === undefined;
  useEffect(() => {
    if (empty) return;
    let current = true;
    const timer = setTimeout(() => {
      const request = client.current?.request('diff', {
        before: [{ name: 'before', text: before }],
      });
      if (!request) return;
      request.then(
        (reply) => {
          if (!current) return;
          const result = {
            status: 'ready',
            diff: reply.diff,
            beforeErrors: reply.beforeDiagnostics,
          } as const;
          setAnswer({ before, snapshot, result });
        },
        (error: unknown) => {
          if (!current) return;
          const message = error instanceof Error ? error.message : String(error);
          setAnswer({ before, snapshot, result: { status: 'failed', message } });
        },
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, before, snapshot, empty]);
  if (empty) return { status: 'empty' };
  if (!answer || answer.before !== before || answer.snapshot !== snapshot) {
    return { status: 'running' };
  }
  return answer.result;
}
