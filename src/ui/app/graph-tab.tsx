import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { highlightFor } from '../../graph/highlight';
import { currentPolicyDetails } from '../../store/analysis-slice';
import { useAppStore, type AppState } from '../../store/app-store';
import { GraphCanvas } from '../canvas/graph-canvas';
import { useShownGraph } from '../common/use-shown-graph';

const selector = (s: AppState) => ({
  policyDetails: currentPolicyDetails(s),
  snapshot: s.snapshot,
  stale: s.stale,
  selection: s.selection,
  theme: s.theme,
  showDnsFlows: s.showDnsFlows,
  flannel: s.settings.cni === 'flannel',
});

/** The graph with its banners: a stale graph while the text is broken, a CNI that enforces nothing. */
export function GraphTab() {
  const { policyDetails, snapshot, stale, selection, theme, flannel, showDnsFlows } = useAppStore(
    useShallow(selector),
  );
  const { graph, layout, overlay } = useShownGraph(true);
  const highlight = useMemo(() => {
    if (!graph) return undefined;
    // Compare mode with nothing picked: the changes stand out, the rest of the graph recedes.
    if (overlay && !selection && overlay.lit.edges.size > 0) return overlay.lit;
    const policy =
      selection?.kind === 'policy' ? snapshot?.policySummaries[selection.id] : undefined;
    // What it selects at once; the flows it admits once the worker has listed them.
    return highlightFor(
      graph,
      selection,
      policy && {
        selects: policy.selects,
        flows: policyDetails
          ? [...policyDetails.ingress, ...policyDetails.egress].flatMap((rule) => rule.flows)
          : [],
      },
    );
  }, [graph, overlay, selection, snapshot, policyDetails]);
  const canvasSelection = selection?.kind === 'policy' ? undefined : selection;
  const { select, toggleNamespace, toggleWorkload, pin, setShowDnsFlows } = useAppStore.getState();
  return (
    <div className="graph-tab">
      {flannel && (
        <p className="banner banner-warning" role="status" data-testid="flannel-banner">
          ⚠ Flannel does not enforce NetworkPolicies: every connection below is allowed, whatever
          the policies say.
        </p>
      )}
      {stale && (
        <p className="banner banner-stale" role="status" data-testid="stale-banner">
          ⚠ The text has new errors; the graph shows the last version that read cleanly.
        </p>
      )}
      {graph && layout ? (
        <GraphCanvas
          graph={graph}
          layout={layout}
          selection={canvasSelection as { kind: 'node' | 'edge'; id: string } | undefined}
          highlight={highlight}
          onSelect={select}
          onToggleNamespace={toggleNamespace}
          onToggleWorkload={toggleWorkload}
          onNodeMoved={pin}
          theme={theme}
          dnsFlows={{ shown: showDnsFlows, onToggle: setShowDnsFlows }}
          changes={overlay && { counts: overlay.counts, focus: overlay.ends }}
        />
      ) : (
        <p className="empty-graph">No graph yet.</p>
      )}
    </div>
  );
}
