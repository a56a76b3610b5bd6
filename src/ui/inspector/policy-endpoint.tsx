import type { FlowEnd } from '../../evaluate/policy-flows';
import type { AbstractGraph } from '../../graph/types';
import type { Endpoint } from '../../model/types';
import { nodeOfEndpoint } from './reach-lists';
import type { InspectorSelection } from './types';

export interface EndpointLookup {
  graph: AbstractGraph;
  byId: ReadonlyMap<string, Endpoint>;
  onSelect: (selection: InspectorSelection) => void;
}

/** `production/api-server` for `production/Deployment/api-server`; an IP stays as it is. */
export function endpointLabel(id: string, byId: ReadonlyMap<string, Endpoint>): string {
  const e = byId.get(id);
  return e?.namespace !== undefined ? `${e.namespace}/${e.name}` : id;
}

/** `Outside the cluster`, or an ipBlock's range (`10.0.0.0/8 except 10.1.0.0/16`). */
export function outsideLabel(end: Extract<FlowEnd, { kind: 'outside' }>): string {
  if (!end.ipBlock) return 'Outside the cluster';
  const { cidr, except } = end.ipBlock;
  return except.length > 0 ? `${cidr} except ${except.join(', ')}` : cidr;
}

/**
 * An endpoint by its short name; a click selects the graph node drawing it (its pod, its
 * workload, or the collapsed namespace holding it). The full id is the tooltip.
 */
export function EndpointRef({ id, lookup }: { id: string; lookup: EndpointLookup }) {
  const label = endpointLabel(id, lookup.byId);
  const node = nodeOfEndpoint(lookup.graph, id);
  if (!node)
    return (
      <span className="rm-insp-endpoint" title={id}>
        {label}
      </span>
    );
  return (
    <button
      type="button"
      className="rm-insp-link rm-insp-endpoint"
      title={id}
      aria-label={`Select ${id} in the graph`}
      onClick={() => lookup.onSelect({ kind: 'node', id: node })}
    >
      {label}
    </button>
  );
}

/** One end of a flow: an endpoint, or addresses outside the cluster (not selectable). */
export function FlowEndRef({ end, lookup }: { end: FlowEnd; lookup: EndpointLookup }) {
  if (end.kind === 'endpoint') return <EndpointRef id={end.id} lookup={lookup} />;
  return (
    <span className="rm-insp-endpoint rm-insp-outside">
      {outsideLabel(end)}
      {end.ipBlock && <span className="rm-insp-muted"> (ipBlock)</span>}
    </span>
  );
}
