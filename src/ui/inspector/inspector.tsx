import type { Finding } from '../../findings';
import type { AbstractGraph } from '../../graph/types';
import type { AnalysisSnapshot, PolicyDetails } from '../../worker/snapshot';
import { FindingsSection } from '../findings/findings-section';
import { IntentsPanel } from '../intents/intents-panel';
import { EdgePanel } from './edge-panel';
import { NamespacePanel } from './namespace-panel';
import { NodePanel } from './node-panel';
import { PolicyList } from './policy-list';
import { PolicyPanel } from './policy-panel';
import { ReachForm } from './reach-form';
import { firstEndpointOf } from './reach-lists';
import { ServicePanel } from './service-panel';
import { serviceIdOfNode } from './service-facts';
import type { ExplainFn, InspectorSelection, JumpTarget, PolicySources } from './types';
import './inspector.css';

export interface InspectorProps {
  snapshot: AnalysisSnapshot | undefined;
  /** The analysis's lint findings (they may come after its snapshot; see the analysis slice). */
  findings: readonly Finding[];
  graph: AbstractGraph | undefined;
  selection: InspectorSelection | undefined;
  /** The selected policy with its flows, once the worker has listed them. */
  policyDetails?: PolicyDetails | undefined;
  explain: ExplainFn;
  onJump: (source: JumpTarget) => void;
  onSelect: (selection: InspectorSelection | undefined) => void;
  /** Where each policy is written (`ns/name` → file and line); policy names link there when given. */
  policySources?: PolicySources;
}

/** The right-hand panel: whatever is selected, explained; with nothing selected, how to start. */
export function Inspector(props: InspectorProps) {
  const { snapshot, graph, selection, explain, onJump, policySources } = props;
  if (!snapshot || !graph) {
    return (
      <aside className="rm-inspector" data-testid="inspector" aria-label="Inspector">
        <p className="rm-insp-muted">Nothing analysed yet.</p>
      </aside>
    );
  }
  const edge =
    selection?.kind === 'edge' ? graph.edges.find((e) => e.id === selection.id) : undefined;
  const pair = edge
    ? [firstEndpointOf(graph, edge.source), firstEndpointOf(graph, edge.target)]
    : [];
  const intents = (
    <IntentsPanel report={snapshot.intents} policySources={policySources} onJump={onJump} />
  );
  return (
    <aside className="rm-inspector" data-testid="inspector" aria-label="Inspector">
      {selection && (
        <button
          type="button"
          className="rm-insp-link rm-insp-clear"
          onClick={() => props.onSelect(undefined)}
        >
          ← Overview
        </button>
      )}
      {/* Intents lead the overview (they change as the manifests are edited); below a selection. */}
      {!selection && intents}
      <Selected {...props} snapshot={snapshot} graph={graph} />
      {selection && intents}
      <details className="rm-insp-ask" open={!selection}>
        <summary>Can A reach B on port P?</summary>
        <ReachForm
          // A new edge preselects its ends; keying by them resets the form's own state.
          key={pair.join('\n')}
          endpoints={snapshot.endpoints}
          version={snapshot}
          explain={explain}
          policySources={policySources}
          onJump={onJump}
          {...(pair[0] ? { initialFrom: pair[0] } : {})}
          {...(pair[1] ? { initialTo: pair[1] } : {})}
        />
      </details>
    </aside>
  );
}

function Selected(props: InspectorProps & { snapshot: AnalysisSnapshot; graph: AbstractGraph }) {
  const { snapshot, graph, selection, explain, onJump, onSelect, policySources } = props;
  if (!selection) {
    return (
      <Overview
        policies={snapshot.policies}
        findings={props.findings}
        graph={graph}
        onJump={onJump}
        onSelect={onSelect}
      />
    );
  }
  if (selection.kind === 'policy') {
    return (
      <PolicyPanel
        policy={selection.id}
        summary={snapshot.policySummaries[selection.id]}
        details={props.policyDetails}
        graph={graph}
        endpoints={snapshot.endpoints}
        policySources={policySources}
        onJump={onJump}
        onSelect={onSelect}
      />
    );
  }
  if (selection.kind === 'edge') {
    const edge = graph.edges.find((e) => e.id === selection.id);
    if (!edge) return <Gone />;
    return (
      <EdgePanel
        graph={graph}
        version={snapshot}
        edge={edge}
        explain={explain}
        policySources={policySources}
        onJump={onJump}
        onSelect={onSelect}
      />
    );
  }
  const node = graph.nodes.find((n) => n.id === selection.id);
  if (!node) return <Gone />;
  if (node.kind === 'service') {
    const service = snapshot.services.find((s) => s.id === serviceIdOfNode(node.id));
    return service ? (
      <ServicePanel service={service} graph={graph} onSelect={onSelect} />
    ) : (
      <Gone />
    );
  }
  if (node.kind === 'namespace')
    return (
      <NamespacePanel
        snapshot={snapshot}
        graph={graph}
        node={node}
        onJump={onJump}
        onSelect={onSelect}
      />
    );
  return (
    <NodePanel
      graph={graph}
      node={node}
      endpoints={snapshot.endpoints}
      onJump={onJump}
      onSelect={onSelect}
    />
  );
}

function Overview({
  policies,
  findings,
  graph,
  onJump,
  onSelect,
}: {
  policies: readonly string[];
  findings: readonly Finding[];
  graph: AbstractGraph;
  onJump: InspectorProps['onJump'];
  onSelect: InspectorProps['onSelect'];
}) {
  return (
    <>
      <section aria-labelledby="rm-insp-howto-heading">
        <h3 id="rm-insp-howto-heading">How to use</h3>
        <ul className="rm-insp-howto">
          <li>Click a workload or pod to see what it can reach and what reaches it.</li>
          <li>Click an edge to see, port by port, which policy rule allows or blocks it.</li>
          <li>Click a Service for its DNS names, backends and exposure.</li>
          <li>Or ask below whether one endpoint can reach another on a port.</li>
        </ul>
      </section>
      <FindingsSection findings={findings} graph={graph} onJump={onJump} onSelect={onSelect} />
      <PolicyList policies={policies} onSelect={onSelect} />
    </>
  );
}

function Gone() {
  return (
    <p className="rm-insp-note">The selection is no longer in the graph (the input changed).</p>
  );
}
