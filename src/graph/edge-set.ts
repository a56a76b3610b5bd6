import { formatPorts, uniquePorts } from './ports';
import type { EdgePort, GraphEdge, GraphEdgeKind } from './types';

export function edgeId(kind: GraphEdgeKind, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

/** Builds an edge whose label is its ports (allowed and denied flows). */
export function flowEdge(
  kind: 'allowed' | 'denied',
  source: string,
  target: string,
  ports: readonly EdgePort[],
  partial: boolean,
): GraphEdge {
  return {
    id: edgeId(kind, source, target),
    kind,
    source,
    target,
    ports: [...ports],
    label: formatPorts(ports),
    ...(partial ? { partial: true } : {}),
  };
}

interface Pending {
  kind: GraphEdgeKind;
  source: string;
  target: string;
  ports: EdgePort[];
  labels: string[];
  partial: boolean;
  /** Every merged edge was blocked. */
  blocked: boolean | undefined;
}

export interface EdgeSet {
  /**
   * Adds an edge, merging it with an earlier one of the same kind and ends: what happens when
   * several Services of a collapsed namespace point at the same node. An edge from a node to
   * itself (both ends inside one collapsed namespace) is dropped.
   */
  add(edge: {
    kind: GraphEdgeKind;
    source: string;
    target: string;
    ports: readonly EdgePort[];
    label: string;
    partial?: boolean;
    blocked?: boolean;
  }): void;
  edges(): GraphEdge[];
}

/** Label parts of merged edges: at most this many, then `+N`. */
const MAX_LABEL_PARTS = 3;

export function createEdgeSet(): EdgeSet {
  const pending = new Map<string, Pending>();
  return {
    add(edge) {
      if (edge.source === edge.target) return;
      const id = edgeId(edge.kind, edge.source, edge.target);
      const p = pending.get(id);
      if (!p) {
        pending.set(id, {
          kind: edge.kind,
          source: edge.source,
          target: edge.target,
          ports: [...edge.ports],
          labels: edge.label ? [edge.label] : [],
          partial: edge.partial ?? false,
          blocked: edge.blocked,
        });
        return;
      }
      p.ports.push(...edge.ports);
      if (edge.label && !p.labels.includes(edge.label)) p.labels.push(edge.label);
      p.partial ||= edge.partial ?? false;
      if (p.blocked !== undefined || edge.blocked !== undefined)
        p.blocked = (p.blocked ?? false) && (edge.blocked ?? false);
    },
    edges() {
      return [...pending.entries()].map(([id, p]) => {
        const rest = p.labels.length - MAX_LABEL_PARTS;
        const label = p.labels.slice(0, MAX_LABEL_PARTS).join('; ') + (rest > 0 ? ` +${rest}` : '');
        return {
          id,
          kind: p.kind,
          source: p.source,
          target: p.target,
          ports: uniquePorts(p.ports),
          label,
          ...(p.partial ? { partial: true } : {}),
          ...(p.blocked ? { blocked: true } : {}),
        };
      });
    },
  };
}
