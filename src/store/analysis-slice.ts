import type { StateCreator } from 'zustand';
import type { Stage } from '../analyze';
import type { GraphResult } from '../worker/protocol';
import type { AnalysisHost } from '../worker/analysis-client';
import type { Finding } from '../findings';
import type { AnalysisSnapshot, PolicyDetails } from '../worker/snapshot';
import type { AppState } from './app-store';

export interface AnalysisSlice {
  status: 'idle' | 'running' | 'ready' | 'failed';
  /** The pipeline stage the worker is in, while an analysis or a redraw runs. */
  stage: Stage | undefined;
  /** The latest analysis (its diagnostics are always the current text's). */
  snapshot: AnalysisSnapshot | undefined;
  /**
   * The latest analysis's lint findings. Read them here, not from `snapshot.findings`: an edit's
   * snapshot arrives with the previous findings and its own follow (setFindings), which must not
   * make everything keyed on the snapshot (search index, explanations, matrix) start over.
   */
  findings: Finding[];
  /** The graph on screen. While the text has new errors it is the last good one. */
  drawn: GraphResult | undefined;
  /** True when `drawn` is older than `snapshot` because the text became broken. */
  stale: boolean;
  /** Errors of the analysis `drawn` came from. */
  drawnErrors: number;
  host: AnalysisHost | undefined;
  failure: string | undefined;
  /**
   * The selected policy with the first flows of each rule, asked of the worker for `of` (the
   * snapshot carries only summaries). Current while `of` is the snapshot and the id the selection.
   */
  policyDetails: { of: AnalysisSnapshot; details: PolicyDetails } | undefined;
  setRunning(): void;
  setStage(stage: Stage | undefined): void;
  /**
   * An analysis's reply. `collapsed`: the namespaces the worker drew collapsed (a big cluster opens
   * so), set in the same update when they changed: a view change on its own asks for a redraw,
   * and this one is already drawn.
   */
  setAnalysed(
    snapshot: AnalysisSnapshot,
    graph: GraphResult,
    host: AnalysisHost,
    collapsed?: readonly string[],
  ): void;
  setDrawn(graph: GraphResult): void;
  /** The latest analysis's own findings, which came after its snapshot. */
  setFindings(findings: Finding[]): void;
  setFailed(message: string): void;
  setPolicyDetails(of: AnalysisSnapshot, details: PolicyDetails): void;
}

/** The selected policy's details, when they belong to the analysis and selection on screen. */
export function currentPolicyDetails(
  s: Pick<AppState, 'policyDetails' | 'snapshot' | 'selection'>,
): PolicyDetails | undefined {
  const d = s.policyDetails;
  return d &&
    d.of === s.snapshot &&
    s.selection?.kind === 'policy' &&
    d.details.id === s.selection.id
    ? d.details
    : undefined;
}

/** The namespaces to set, only when they differ: a new list is a view change to subscribers. */
function collapsedChange(
  current: readonly string[],
  next: readonly string[] | undefined,
): { collapsedNamespaces?: string[] } {
  const sorted = next && [...next].sort();
  return sorted && sorted.join() !== current.join() ? { collapsedNamespaces: sorted } : {};
}

function errorCount(s: AnalysisSnapshot | undefined): number {
  return s ? s.diagnostics.filter((d) => d.severity === 'error').length : 0;
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  status: 'idle',
  stage: undefined,
  snapshot: undefined,
  findings: [],
  drawn: undefined,
  stale: false,
  drawnErrors: 0,
  host: undefined,
  failure: undefined,
  policyDetails: undefined,
  setRunning() {
    set({ status: 'running', stage: undefined });
  },
  setStage(stage) {
    set({ stage });
  },
  setAnalysed(snapshot, graph, host, collapsed) {
    set((s) => {
      // Nothing disappears while someone is mid-edit: text with more errors than the graph on
      // screen had keeps that graph (marked stale) until the errors are gone again.
      const errors = errorCount(snapshot);
      const keep = s.drawn !== undefined && errors > s.drawnErrors;
      return {
        status: 'ready',
        stage: undefined,
        snapshot,
        findings: snapshot.findings,
        drawn: keep ? s.drawn : graph,
        drawnErrors: keep ? s.drawnErrors : errors,
        stale: keep,
        host,
        failure: undefined,
        ...collapsedChange(s.collapsedNamespaces, collapsed),
      };
    });
  },
  setDrawn(graph) {
    // A view change (collapse, expand, selection) redraws; a stale graph stays stale.
    set({ drawn: graph, stage: undefined });
  },
  setFindings(findings) {
    set({ findings });
  },
  setFailed(message) {
    set({ status: 'failed', stage: undefined, failure: message });
  },
  setPolicyDetails(of, details) {
    set({ policyDetails: { of, details } });
  },
});
