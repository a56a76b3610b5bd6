import { memo, useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { currentPolicyDetails } from '../../store/analysis-slice';
import { useAppStore, type AppState } from '../../store/app-store';
import type { AnalysisClient } from '../../worker/analysis-client';
import { Inspector } from '../inspector/inspector';
import { useAnalysisQueries } from './use-analysis-queries';
import { useShownGraph } from '../common/use-shown-graph';

const selector = (s: AppState) => ({
  selection: s.selection,
  findings: s.findings,
  policyDetails: currentPolicyDetails(s),
});

/**
 * Store updates render synchronously (useSyncExternalStore), so a new analysis used to draw the
 * graph and the whole inspector in one task: ~200 ms for a 2,000-pod dump, most of it the
 * inspector (policies, findings, the endpoint pickers' options). The inspector follows the
 * analysis as a deferred value instead: React renders it after the graph, in slices that let the
 * page answer input in between. A selection still shows at once.
 */
const DeferredInspector = memo(Inspector);

/** Binds the inspector to the store and the analysis worker. */
export function InspectorPane({ client }: { client: React.RefObject<AnalysisClient | null> }) {
  const { selection, findings, policyDetails } = useAppStore(useShallow(selector));
  const { graph } = useShownGraph();
  const { snapshot, explain, policySources, onJump } = useAnalysisQueries(client);
  const analysis = useMemo(
    () => ({ snapshot, findings, graph, explain, policySources }),
    [snapshot, findings, graph, explain, policySources],
  );
  const shown = useDeferredValue(analysis);
  return (
    <section className="pane inspector-pane" aria-label="Inspector">
      <DeferredInspector
        {...shown}
        selection={selection}
        policyDetails={policyDetails}
        onJump={onJump}
        onSelect={useAppStore.getState().select}
      />
    </section>
  );
}
