import { useEffect, useRef } from 'react';
import { readManifestFiles } from '../../platform/read-files';
import { useAppStore, type AppState } from '../../store/app-store';
import type { AnalysisClient } from '../../worker/analysis-client';
import type { AnalysisSnapshot } from '../../worker/snapshot';
import { useShownGraph } from '../common/use-shown-graph';
import { CompareResults } from './compare-results';
import { useCompare, type CompareResult } from './use-compare';
import './compare.css';

const beforeSelector = (s: AppState) => s.compareBefore;

/**
 * Compare mode: the user pastes or opens the version before a change; the editor's files are the
 * version after it. The worker lists what the change opens and closes.
 */
export function CompareView({
  client,
  snapshot,
}: {
  client: React.RefObject<AnalysisClient | null>;
  snapshot: AnalysisSnapshot | undefined;
}) {
  const before = useAppStore(beforeSelector);
  const { setCompareBefore, select } = useAppStore.getState();
  const result = useCompare(client, before, snapshot);
  useFlowsOnGraph(result);
  const { overlay } = useShownGraph();
  const fileInput = useRef<HTMLInputElement>(null);
  const open = async (list: FileList | null) => {
    if (!list) return;
    const { files } = await readManifestFiles(list);
    if (files.length > 0) setCompareBefore(files.map((f) => f.text).join('\n---\n'));
  };
  return (
    <section className="rm-compare" aria-labelledby="rm-compare-heading">
      <h2 id="rm-compare-heading">Compare</h2>
      <p className="rm-compare-muted">
        Paste or open the version <strong>before</strong> a change; the editor&apos;s files are the
        version after it.
      </p>
      <div className="rm-compare-input">
        <label htmlFor="rm-compare-before">Before version</label>
        <textarea
          id="rm-compare-before"
          spellCheck={false}
          value={before}
          placeholder="apiVersion: networking.k8s.io/v1&#10;kind: NetworkPolicy&#10;…"
          onChange={(e) => setCompareBefore(e.target.value)}
        />
        <div className="rm-compare-buttons">
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open before version…
          </button>
          <button type="button" disabled={before === ''} onClick={() => setCompareBefore('')}>
            Clear
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".yaml,.yml,.json"
            multiple
            hidden
            onChange={(e) => void open(e.target.files)}
          />
        </div>
      </div>
      {result.status === 'empty' && <p className="rm-compare-muted">Nothing to compare yet.</p>}
      {result.status === 'running' && <p className="rm-compare-muted">Comparing…</p>}
      {result.status === 'failed' && <p role="alert">Could not compare: {result.message}</p>}
      {result.status === 'ready' && (
        <CompareResults
          diff={result.diff}
          beforeErrors={result.beforeErrors}
          onSelectPolicy={(id) => select({ kind: 'policy', id })}
          flowEdge={overlay?.edgeOf}
          onSelectEdge={(id) => select({ kind: 'edge', id })}
        />
      )}
    </section>
  );
}

/**
 * Hands the changed connections to the graph beside the list. While a new comparison runs the
 * previous one stays drawn (typing would otherwise make the edges flicker); leaving the tab or
 * emptying the before version takes them away.
 */
function useFlowsOnGraph(result: CompareResult) {
  const flows =
    result.status === 'ready'
      ? result.diff.flows
      : result.status === 'running'
        ? 'keep'
        : undefined;
  useEffect(() => {
    if (flows !== 'keep') useAppStore.getState().setCompareFlows(flows);
  }, [flows]);
  useEffect(() => () => useAppStore.getState().setCompareFlows(undefined), []);
}
