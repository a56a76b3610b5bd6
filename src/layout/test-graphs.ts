import type { AbstractGraph, GraphEdge, GraphNode } from '../graph/types';

/**
 * Hand-made graphs for the layout's tests and timings (not src/graph's builder, so the layout
 * can be tested on its own). Sizes are in the range the graph builder uses.
 */
export function graphNode(
  id: string,
  kind: GraphNode['kind'],
  parent?: string,
  size: { width: number; height: number } = { width: 180, height: 56 },
): GraphNode {
  return { id, kind, parent, label: id, ...size, badges: [], ports: [], endpoints: [] };
}

export function graphEdge(source: string, target: string): GraphEdge {
  return { id: `${source}->${target}`, kind: 'allowed', source, target, ports: [], label: '' };
}

const NAMESPACE_SIZE = { width: 220, height: 80 };

export interface ClusterShape {
  namespaces: number;
  perNamespace: number;
  outside?: number;
  /** Edges per child node; about a third of them cross namespaces. */
  edgesPerNode?: number;
  seed?: number;
}

/** A synthetic cluster: namespaces of workloads and services, outside nodes, random edges. */
export function clusterGraph(shape: ClusterShape): AbstractGraph {
  const { namespaces, perNamespace, outside = 2, edgesPerNode = 1.5 } = shape;
  let state = shape.seed ?? 42;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const nodes: GraphNode[] = [];
  const byNamespace: GraphNode[][] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `ns-${String(n).padStart(3, '0')}`;
    nodes.push(graphNode(ns, 'namespace', undefined, NAMESPACE_SIZE));
    const kids: GraphNode[] = [];
    for (let c = 0; c < perNamespace; c++) {
      const service = c % 3 === 2;
      kids.push(
        graphNode(
          `${ns}/${service ? 'svc' : 'wl'}-${c}`,
          service ? 'service' : 'workload',
          ns,
          service ? { width: 160, height: 48 } : { width: 180, height: 56 },
        ),
      );
    }
    nodes.push(...kids);
    byNamespace.push(kids);
  }
  const children = byNamespace.flat();
  const edges: GraphEdge[] = [];
  for (let o = 0; o < outside; o++) {
    const id = `outside-${o}`;
    nodes.push(graphNode(id, 'outside', undefined, { width: 140, height: 48 }));
    if (children.length > 0) edges.push(graphEdge(id, pick(children).id));
  }
  byNamespace.forEach((kids, n) => {
    for (const kid of kids) {
      for (let e = 0; e < edgesPerNode; e += 1) {
        if (e + 1 > edgesPerNode && random() > edgesPerNode - e) break;
        const cross = random() < 0.33 && namespaces > 1;
        const pool = cross
          ? (byNamespace[(n + 1 + Math.floor(random() * (namespaces - 1))) % namespaces] ?? kids)
          : kids;
        const target = pick(pool);
        if (target.id !== kid.id) edges.push(graphEdge(kid.id, target.id));
      }
    }
  });
  return { nodes, edges };
}

/** About `total` nodes: namespaces of ten children, two outside nodes. */
export function clusterOfSize(total: number, seed?: number): AbstractGraph {
  const namespaces = Math.max(1, Math.round((total - 2) / 11));
  return clusterGraph({
    namespaces,
    perNamespace: Math.max(0, Math.round((total - 2) / namespaces) - 1),
    seed,
  });
}
