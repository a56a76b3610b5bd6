import { useEffect, useRef } from 'react';
import { useAppStore, type AppState } from '../../store/app-store';
import { createAnalysisClient, type AnalysisClient } from '../../worker/analysis-client';
import type { ViewState } from '../../worker/protocol';
import type { AnalysisSnapshot } from '../../worker/snapshot';
import { delayedStages } from './delayed-stages';

/** How long typing pauses before the text is analysed again. */
const EDIT_DEBOUNCE_MS = 250;

function viewOf(s: AppState, autoCollapse = false): ViewState {
  return {
    collapsedNamespaces: s.collapsedNamespaces,
    expandedWorkloads: s.expandedWorkloads,
    ...(s.showDenied && s.focusNode !== undefined ? { deniedFor: s.focusNode } : {}),
    pinned: Object.entries(s.pinned),
    autoCollapse,
    hideDnsFlows: !s.showDnsFlows,
  };
}

const inputsChanged = (a: AppState, b: AppState) =>
  a.files !== b.files || a.settings !== b.settings;
/** Only typing waits for a pause: files opened, dropped or removed and settings run in the next task. */
const isTyping = (a: AppState, b: AppState) =>
  a.settings === b.settings &&
  a.files.length === b.files.length &&
  a.files.every((f, i) => f.name === b.files[i]!.name);
const viewChanged = (a: AppState, b: AppState) =>
  a.collapsedNamespaces !== b.collapsedNamespaces ||
  a.expandedWorkloads !== b.expandedWorkloads ||
  a.pinned !== b.pinned ||
  a.showDenied !== b.showDenied ||
  a.showDnsFlows !== b.showDnsFlows ||
  a.focusNode !== b.focusNode;

/**
 * The one place the page talks to the analysis worker: files and settings are re-analysed
 * (debounced) when they change, the view is redrawn when collapse/expand/selection change.
 * Replies that arrive after a newer request was sent are dropped.
 */
export function useAnalysisController(): React.RefObject<AnalysisClient | null> {
  const clientRef = useRef<AnalysisClient | null>(null);

  useEffect(() => {
    const client = createAnalysisClient();
    clientRef.current = client;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latestAnalyze = 0;
    let latestView = 0;
    // The request whose snapshot is in the store: its findings may follow it (onLateSnapshot).
    let shownAnalyze: number | undefined;
    client.onLateSnapshot((late) => {
      if (late.id === shownAnalyze) useAppStore.getState().setFindings(late.snapshot.findings);
    });
    // A big cluster opens with its namespaces collapsed: on the first analysis and whenever the set
    // of files changes (a dump dropped later), but not on edits of the text.
    let analysedFiles = '';

    const runAnalysis = () => {
      const s = useAppStore.getState();
      const serial = ++latestAnalyze;
      latestView++;
      const names = s.files.map((f) => f.name).join('\n');
      const newFiles = names !== analysedFiles;
      analysedFiles = names;
      s.setRunning();
      const stages = delayedStages((stage) => {
        if (serial === latestAnalyze) useAppStore.getState().setStage(stage);
      });
      client
        .request(
          'analyze',
          {
            files: s.files.map((f) => ({ name: f.name, text: f.text })),
            options: {
              ipBlockMatchesPodIPs: s.settings.ipBlockMatchesPodIPs,
              hostNetworkPodsSelectable: s.settings.hostNetworkPodsSelectable,
              policiesEnforced: s.settings.cni !== 'flannel',
            },
            view: viewOf(s, newFiles),
          },
          stages.onStage,
        )
        .finally(stages.done)
        .then((reply) => {
          if (serial !== latestAnalyze) return;
          useAppStore
            .getState()
            .setAnalysed(reply.snapshot, reply.graph, client.host, reply.graph.collapsedNamespaces);
          shownAnalyze = reply.id;
        })
        .catch((e: unknown) =>
          useAppStore.getState().setFailed(e instanceof Error ? e.message : String(e)),
        );
    };

    const redraw = () => {
      const serial = ++latestView;
      const stages = delayedStages((stage) => {
        if (serial === latestView) useAppStore.getState().setStage(stage);
      });
      client
        .request('view', { view: viewOf(useAppStore.getState()) }, stages.onStage)
        .finally(stages.done)
        .then((reply) => {
          if (serial === latestView) useAppStore.getState().setDrawn(reply.graph);
        })
        .catch((e: unknown) =>
          useAppStore.getState().setFailed(e instanceof Error ? e.message : String(e)),
        );
    };

    // The selected policy's flows (the snapshot has summaries): asked again for each analysis.
    const askPolicy = (id: string, of: AnalysisSnapshot) => {
      client
        .request('policy', { policy: id })
        .then((reply) => {
          const s = useAppStore.getState();
          if (reply.details && s.snapshot === of) s.setPolicyDetails(of, reply.details);
        })
        // The panel keeps the summary; the failure of the analysis itself is reported elsewhere.
        .catch(() => {});
    };

    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (
        state.selection?.kind === 'policy' &&
        state.snapshot &&
        (state.selection !== previous.selection || state.snapshot !== previous.snapshot)
      )
        askPolicy(state.selection.id, state.snapshot);
      if (inputsChanged(state, previous)) {
        clearTimeout(timer);
        // Files opened run in the next task, not this one: posting a big dump's text to the worker
        // (~30 ms for 10 MB) would otherwise share a task with the render of its tab.
        timer = setTimeout(runAnalysis, isTyping(state, previous) ? EDIT_DEBOUNCE_MS : 0);
      } else if (
        viewChanged(state, previous) &&
        state.snapshot &&
        // An analysis that collapsed namespaces drew them so: no second drawing.
        state.snapshot === previous.snapshot
      ) {
        redraw();
      }
    });
    if (useAppStore.getState().files.length > 0) runAnalysis();

    return () => {
      unsubscribe();
      clearTimeout(timer);
      client.dispose();
      clientRef.current = null;
    };
  }, []);

  return clientRef;
}
