import type { AbstractGraph, GraphNode } from '../../graph/types';
import type { AnalysisSnapshot } from '../../worker/snapshot';
import { namespaceFacts, namespaceOfNode } from './namespace-facts';
import { FlowLists } from './flow-lists';
import { SourceLink } from './policy-link';
import type { InspectorSelection, JumpTarget } from './types';

interface Props {
  snapshot: AnalysisSnapshot;
  graph: AbstractGraph;
  node: GraphNode;
  onJump: (source: JumpTarget) => void;
  onSelect: (selection: InspectorSelection) => void;
}

/** A namespace: its labels (what namespaceSelectors match) and what it holds. */
export function NamespacePanel({ snapshot, graph, node, onJump, onSelect }: Props) {
  const name = namespaceOfNode(node.id);
  const facts = namespaceFacts(snapshot, name);
  const labels = Object.entries(facts.namespace?.labels ?? {});
  return (
    <section aria-labelledby="rm-insp-ns-heading">
      <h3 id="rm-insp-ns-heading">
        Namespace {name}{' '}
        <SourceLink source={facts.namespace?.source} what={`namespace ${name}`} onJump={onJump} />
      </h3>
      {facts.namespace && !facts.namespace.declared && (
        <p className="rm-insp-note">
          Not declared in the input: only referenced, so only its name label is known.
        </p>
      )}
      <h4>Labels</h4>
      {labels.length === 0 ? (
        <p className="rm-insp-muted">None.</p>
      ) : (
        <ul className="rm-insp-labels">
          {labels.map(([k, v]) => (
            <li key={k}>
              <code>
                {k}={v}
              </code>
            </li>
          ))}
        </ul>
      )}
      <dl className="rm-insp-facts">
        <dt>Endpoints</dt>
        <dd>{facts.endpoints}</dd>
        <dt>Pods</dt>
        <dd>{facts.pods}</dd>
        <dt>Services</dt>
        <dd>{facts.services}</dd>
        <dt>NetworkPolicies</dt>
        <dd>
          {facts.policies.length === 0
            ? 'none'
            : facts.policies.map((p, i) => (
                <span key={p}>
                  {i > 0 && ', '}
                  <button
                    type="button"
                    className="rm-insp-link"
                    onClick={() => onSelect({ kind: 'policy', id: p })}
                  >
                    {p.slice(name.length + 1)}
                  </button>
                </span>
              ))}
        </dd>
      </dl>
      {node.collapsed && (
        // A collapsed namespace carries its members' edges, so its flows are worth listing.
        <FlowLists graph={graph} nodeId={node.id} onSelect={onSelect} />
      )}
    </section>
  );
}
