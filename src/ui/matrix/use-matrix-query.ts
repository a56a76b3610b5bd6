import { useEffect, useState } from 'react';
import type { Verdict } from '../../evaluate/types';
import type { MatrixFilter } from '../../worker/protocol';
import type { MatrixQuery } from './types';

export type MatrixQueryState =
  | { status: 'loading' }
  | { status: 'done'; verdicts: Verdict[]; total: number }
  | { status: 'failed'; message: string };

/**
 * Runs `query` whenever the filter or the analysis (`version`, the snapshot) changes. The answer
 * is kept with what it answers, so a slow reply for an older filter never paints over a newer one.
 */
export function useMatrixQuery(
  query: MatrixQuery,
  filter: MatrixFilter | undefined,
  version: unknown,
): MatrixQueryState | undefined {
  const key = filter ? JSON.stringify(filter) : undefined;
  const [result, setResult] = useState<{
    key: string;
    version: unknown;
    state: MatrixQueryState;
  }>();

  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    query(JSON.parse(key) as MatrixFilter).then(
      ({ verdicts, total }) => {
        if (current) setResult({ key, version, state: { status: 'done', verdicts, total } });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (current) setResult({ key, version, state: { status: 'failed', message } });
      },
    );
    return () => {
      current = false;
    };
  }, [query, key, version]);

  if (key === undefined) return undefined;
  return result?.key === key && result.version === version ? result.state : { status: 'loading' };
}
