import { useCallback, useMemo } from 'react';
import type { Probe } from '../../evaluate/types';
import { useAppStore, type AppState } from '../../store/app-store';
import type { AnalysisClient } from '../../worker/analysis-client';
import type { MatrixFilter } from '../../worker/protocol';
import type { JumpTarget, PolicySources } from '../inspector/types';

const snapshotSelector = (s: AppState) => s.snapshot;

/**
 * The questions panels ask the analysis (explain a connection, a page of the matrix), where
 * policies are written, and how to jump there — stable callbacks, so panels re-ask only when the
 * analysis changes.
 */
export function useAnalysisQueries(client: React.RefObject<AnalysisClient | null>) {
  const snapshot = useAppStore(snapshotSelector);
  const explain = useCallback(
    async (from: string, to: string, probe: Probe) =>
      (await client.current?.request('explain', { from, to, probe }))?.explanation,
    [client],
  );
  const query = useCallback(
    async (filter: MatrixFilter) => {
      const reply = await client.current?.request('matrix', { filter });
      return { verdicts: reply?.verdicts ?? [], total: reply?.total ?? 0 };
    },
    [client],
  );
  const policySources: PolicySources = useMemo(
    () =>
      Object.fromEntries(
        Object.values(snapshot?.policySummaries ?? {}).map((p) => [
          p.id,
          { file: p.file, line: p.line },
        ]),
      ),
    [snapshot],
  );
  const onJump = useCallback((target: JumpTarget) => {
    const s = useAppStore.getState();
    const file = s.files.find((f) => f.name === target.file);
    if (file) s.setActiveFile(file.id);
    s.jump(target.file, target.line);
  }, []);
  return { snapshot, explain, query, policySources, onJump };
}
