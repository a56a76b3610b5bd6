import { useCallback, useMemo, useState } from 'react';
import type { AnalysisSnapshot } from '../../worker/snapshot';
import { ExplanationView } from '../inspector/explanation-view';
import type { ExplainFn, JumpTarget, PolicySources } from '../inspector/types';
import { useExplanation } from '../inspector/use-explanation';
import { MatrixFilters, type MatrixChoice } from './matrix-filters';
import {
  buildMatrixGrid,
  defaultProbe,
  knownPorts,
  namespacesOf,
  scopeEndpoints,
} from './matrix-grid';
import { MatrixTable, type CellRef } from './matrix-table';
import type { MatrixQuery } from './types';
import { useMatrixQuery } from './use-matrix-query';
import './matrix.css';

/** Verdicts fetched at most; beyond it the table shows complete rows only and says so. */
export const MATRIX_LIMIT = 20_000;

export interface MatrixViewProps {
  snapshot: AnalysisSnapshot | undefined;
  query: MatrixQuery;
  explain: ExplainFn;
  onJump?: (source: JumpTarget) => void;
  policySources?: PolicySources;
}

const noJump = () => {};

/** Every endpoint against every other on one port, each cell explained on click. */
export function MatrixView({
  snapshot,
  query,
  explain,
  onJump = noJump,
  policySources,
}: MatrixViewProps) {
  const endpoints = useMemo(() => snapshot?.endpoints ?? [], [snapshot]);
  const initial = useMemo(
    () => defaultProbe(endpoints) ?? { port: 80, protocol: 'TCP' as const },
    [endpoints],
  );
  const fallback = useMemo(
    (): MatrixChoice => ({ namespaces: [], ...initial, listeningOnly: true }),
    [initial],
  );
  const [choice, setChoice] = useState<MatrixChoice>();
  const applied = choice ?? fallback;
  const [picked, setPicked] = useState<{ choice: MatrixChoice; cell: CellRef }>();
  const cell = picked?.choice === applied ? picked.cell : undefined;
  const pick = useCallback((c: CellRef) => setPicked({ choice: applied, cell: c }), [applied]);

  const filter = snapshot
    ? {
        ...(applied.namespaces.length > 0 ? { namespaces: applied.namespaces } : {}),
        port: applied.port,
        protocol: applied.protocol,
        limit: MATRIX_LIMIT,
      }
    : undefined;
  const result = useMatrixQuery(query, filter, snapshot);
  const probe = useMemo(() => ({ port: applied.port, protocol: applied.protocol }), [applied]);
  const explanation = useExplanation(explain, cell?.from, cell?.to, probe, snapshot);

  const grid = useMemo(() => {
    if (result?.status !== 'done') return undefined;
    return buildMatrixGrid(
      scopeEndpoints(endpoints, applied.namespaces),
      result.verdicts,
      result.total,
      applied,
    );
  }, [result, endpoints, applied]);

  if (!snapshot) return <p className="rm-matrix-muted">Nothing analysed yet.</p>;
  return (
    <section className="rm-matrix" aria-labelledby="rm-matrix-heading">
      <h2 id="rm-matrix-heading">Reachability matrix</h2>
      <MatrixFilters
        key={JSON.stringify(applied)}
        namespaces={namespacesOf(endpoints)}
        ports={knownPorts(endpoints)}
        value={applied}
        onApply={setChoice}
      />
      {result?.status === 'loading' && <p role="status">Evaluating…</p>}
      {result?.status === 'failed' && <p role="alert">The matrix query failed: {result.message}</p>}
      {result?.status === 'done' && grid && (
        <>
          <p role="status" className="rm-matrix-muted">
            {result.total} verdict{result.total === 1 ? '' : 's'} on {probe.port}/{probe.protocol};{' '}
            {grid.rows.length} sources × {grid.columns.length} destinations.
          </p>
          {grid.hiddenRows > 0 && (
            <p className="rm-matrix-truncated" role="note">
              Truncated: only the first {MATRIX_LIMIT.toLocaleString('en')} of{' '}
              {result.total.toLocaleString('en')} verdicts were fetched, so {grid.hiddenRows} source
              {grid.hiddenRows === 1 ? ' is' : 's are'} left out. Choose fewer namespaces.
            </p>
          )}
          {grid.rows.length > 0 && grid.columns.length > 0 ? (
            <MatrixTable grid={grid} probe={probe} selected={cell} onPick={pick} />
          ) : (
            <p>No endpoint in scope is probed on this port.</p>
          )}
        </>
      )}
      {cell && (
        <section className="rm-matrix-explanation" aria-label="Explanation of the chosen cell">
          <ExplanationView state={explanation} policySources={policySources} onJump={onJump} />
        </section>
      )}
    </section>
  );
}
