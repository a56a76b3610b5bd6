import type { AbstractGraph } from '../../graph/types';
import { nodeOfEndpoint } from '../inspector/reach-lists';
import type { InspectorSelection } from '../inspector/types';

/**
 * What selecting a finding's object means: a policy opens in the inspector; a Service, namespace,
 * pod or workload selects the graph node that draws it (its own, or the collapsed namespace
 * holding it). Undefined when the graph does not draw it.
 *
 * Objects are named as findings name them: `ns/NetworkPolicy/name`, `ns/Service/name`,
 * `Namespace/name`, `ns/Pod/name`, `ns/Deployment/name` (a workload's endpoint id), or an IP.
 *
 * @example selectionOf('shop/NetworkPolicy/web-egress', graph) // { kind: 'policy', id: 'shop/web-egress' }
 */
export function selectionOf(object: string, graph: AbstractGraph): InspectorSelection | undefined {
  const parts = object.split('/');
  const has = (id: string) => graph.nodes.some((n) => n.id === id);
  const node = (id: string | undefined) =>
    id !== undefined && has(id) ? { kind: 'node' as const, id } : undefined;
  if (parts.length === 2 && parts[0] === 'Namespace') return node(`ns:${parts[1]}`);
  if (parts.length === 3) {
    const [ns, kind, name] = parts as [string, string, string];
    if (kind === 'NetworkPolicy') return { kind: 'policy', id: `${ns}/${name}` };
    if (kind === 'Service') return node(`svc:${ns}/${name}`) ?? node(`ns:${ns}`);
    const endpoint = kind === 'Pod' ? `${ns}/${name}` : object;
    return node(nodeOfEndpoint(graph, endpoint));
  }
  return node(nodeOfEndpoint(graph, object));
}

/** `shop/web-egress` for `shop/NetworkPolicy/web-egress`: what a reader calls it. */
export function objectLabel(object: string): string {
  const parts = object.split('/');
  if (parts.length === 3 && (parts[1] === 'Pod' || parts[1] === 'NetworkPolicy'))
    return `${parts[0]}/${parts[2]}`;
  return object;
}
