import type { Badge, AbstractGraph, GraphNode } from '../../graph/types';
import type { Endpoint } from '../../model/types';
import { SourceLink } from './policy-link';
import { FlowLists } from './flow-lists';
import type { InspectorSelection, JumpTarget } from './types';

interface Props {
  graph: AbstractGraph;
  node: GraphNode;
  endpoints: readonly Endpoint[];
  onJump: (source: JumpTarget) => void;
  onSelect: (selection: InspectorSelection) => void;
}

const BADGE_TEXT: Record<Badge, string> = {
  'isolated-ingress': 'ingress isolated',
  'isolated-egress': 'egress isolated',
  'externally-reachable': 'reachable from outside',
  'egress-outside': 'can connect outside the cluster',
  'no-backends': 'no backends',
  'unresolved-target-port': 'unresolved targetPort',
  'host-network': 'hostNetwork',
};

/** A workload, pod, Outside or ipBlock node: what it stands for and what it can reach. */
export function NodePanel({ graph, node, endpoints, onJump, onSelect }: Props) {
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  return (
    <section aria-labelledby="rm-insp-node-heading">
      <h3 id="rm-insp-node-heading">{node.label}</h3>
      {node.detail && <p className="rm-insp-muted">{node.detail}</p>}
      {node.badges.length > 0 && (
        <ul className="rm-insp-badges" aria-label="Badges">
          {node.badges.map((b) => (
            <li key={b} className={`rm-insp-badge rm-insp-badge-${b}`}>
              {BADGE_TEXT[b]}
            </li>
          ))}
        </ul>
      )}
      {node.endpoints.length > 0 && (
        <EndpointFacts ids={node.endpoints} byId={byId} onJump={onJump} />
      )}
      <FlowLists graph={graph} nodeId={node.id} onSelect={onSelect} />
    </section>
  );
}

/** At most this many endpoints are listed (a collapsed namespace or a big dump's workload). */
const MAX_ENDPOINTS = 50;

function EndpointFacts({
  ids,
  byId,
  onJump,
}: {
  ids: readonly string[];
  byId: ReadonlyMap<string, Endpoint>;
  onJump: (source: JumpTarget) => void;
}) {
  return (
    <section aria-label="Endpoints">
      <h4>Endpoints ({ids.length})</h4>
      <ul className="rm-insp-endpoints">
        {ids.slice(0, MAX_ENDPOINTS).map((id) => {
          const e = byId.get(id);
          return (
            <li key={id}>
              <code>{id}</code>
              {e?.replicas !== undefined && <span className="rm-insp-muted"> ×{e.replicas}</span>}
              {e && e.ports.length > 0 && (
                <span className="rm-insp-muted">
                  {' '}
                  listens on {e.ports.map((p) => `${p.port}/${p.protocol}`).join(', ')}
                </span>
              )}
              {e?.hostNetwork && <span className="rm-insp-tag">hostNetwork</span>}{' '}
              <SourceLink source={e?.source} what={id} onJump={onJump} />
            </li>
          );
        })}
      </ul>
      {ids.length > MAX_ENDPOINTS && (
        <p className="rm-insp-muted">…and {ids.length - MAX_ENDPOINTS} more.</p>
      )}
    </section>
  );
}
