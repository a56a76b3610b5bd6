import type { ELK, ElkExtendedEdge, ElkNode, LayoutOptions as ElkOptions } from 'elkjs/lib/elk-api';
import type { GraphEdge } from '../graph/types';
import { GROUP_PADDING, NODE_GAP, TOP_GAP } from './geometry';
import type { Hierarchy } from './hierarchy';
import type { FreshLayout } from './types';

/**
 * Cheap ELK layered options (timings in CONTEXT.md): thoroughness 1 and the simple phases keep a
 * 300-node graph well under a second, where ELK's defaults take several.
 */
export const ELK_OPTIONS: Readonly<ElkOptions> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // One layout over the namespace groups and their children, so cross-namespace edges count.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': String(NODE_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(2 * NODE_GAP),
  'elk.spacing.componentComponent': String(TOP_GAP),
  'elk.randomSeed': '1',
};

const ROOT_ID = '\u0000root';
const GROUP_OPTIONS: ElkOptions = {
  'elk.padding': `[top=${GROUP_PADDING.top},left=${GROUP_PADDING.left},bottom=${GROUP_PADDING.bottom},right=${GROUP_PADDING.right}]`,
  'elk.nodeSize.constraints': 'MINIMUM_SIZE',
};

let elkPromise: Promise<ELK> | undefined;

/**
 * Loads elkjs on first use, so the grid path and the CLI never pay for its 1.6 MB.
 *
 * Surprise: elk.bundled.js's inner worker script, evaluated by `new ELK()` where `document` is
 * undefined and `self` is defined (a Web Worker, or Node >= 22), believes it is ELK's own worker and
 * assigns `self.onmessage` to its dispatcher. Inside our analysis worker that would replace the
 * worker's handler, so whatever loading and constructing change is put back.
 */
export function loadElk(): Promise<ELK> {
  elkPromise ??= (async () => {
    const scope = globalThis as { onmessage?: unknown };
    const had = Object.prototype.hasOwnProperty.call(scope, 'onmessage');
    const saved = scope.onmessage;
    const { default: ElkConstructor } = await import('elkjs/lib/elk.bundled.js');
    const elk = new ElkConstructor();
    if (scope.onmessage !== saved) {
      if (had) scope.onmessage = saved;
      else delete scope.onmessage;
    }
    return elk;
  })();
  return elkPromise;
}

/**
 * ELK wants each edge declared in the lowest common ancestor of its ends (a group for an edge
 * inside it or from the group to its own child, the root otherwise). Self-loops and duplicate
 * pairs do not move nodes, so they are left out; so are edges to unknown ids, which ELK rejects.
 */
export function toElkGraph(
  hierarchy: Hierarchy,
  edges: readonly GraphEdge[],
  options: Readonly<ElkOptions> = ELK_OPTIONS,
): ElkNode {
  const groupEdges = new Map<string, ElkExtendedEdge[]>();
  const seen = new Set<string>();
  const sorted = edges
    .filter((e) => e.source !== e.target)
    .filter((e) => hierarchy.byId.has(e.source) && hierarchy.byId.has(e.target))
    .map((e) => [e.source, e.target] as const)
    .sort(([s1, t1], [s2, t2]) =>
      s1 !== s2 ? (s1 < s2 ? -1 : 1) : t1 < t2 ? -1 : t1 > t2 ? 1 : 0,
    );
  for (const [source, target] of sorted) {
    const key = `${source}\u0000${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ps = hierarchy.parentOf.get(source);
    const pt = hierarchy.parentOf.get(target);
    const container =
      ps !== undefined && ps === pt
        ? ps
        : pt === source
          ? source
          : ps === target
            ? target
            : ROOT_ID;
    const list = groupEdges.get(container) ?? [];
    list.push({ id: `e${seen.size}`, sources: [source], targets: [target] });
    groupEdges.set(container, list);
  }

  const children: ElkNode[] = hierarchy.topLevel.map((node) => {
    const kids = hierarchy.children.get(node.id);
    if (!kids) return { id: node.id, width: node.width, height: node.height };
    return {
      id: node.id,
      width: node.width,
      height: node.height,
      layoutOptions: {
        ...GROUP_OPTIONS,
        'elk.nodeSize.minimum': `(${node.width},${node.height})`,
      },
      children: kids.map((k) => ({ id: k.id, width: k.width, height: k.height })),
      edges: groupEdges.get(node.id) ?? [],
    };
  });
  return {
    id: ROOT_ID,
    layoutOptions: { ...options },
    children,
    edges: groupEdges.get(ROOT_ID) ?? [],
  };
}

/** ELK layered over the whole graph; positions come back relative to each node's parent. */
export async function layoutWithElk(
  hierarchy: Hierarchy,
  edges: readonly GraphEdge[],
  options: Readonly<ElkOptions> = ELK_OPTIONS,
): Promise<FreshLayout> {
  const elk = await loadElk();
  const result = await elk.layout(toElkGraph(hierarchy, edges, options));
  const layout: FreshLayout = { positions: new Map(), sizes: new Map() };
  const read = (nodes: readonly ElkNode[] | undefined): void => {
    for (const n of nodes ?? []) {
      layout.positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
      layout.sizes.set(n.id, { width: n.width ?? 0, height: n.height ?? 0 });
      read(n.children);
    }
  };
  read(result.children);
  return layout;
}

/**
 * Loads elkjs and lays out, once, a made-up graph of the size a big cluster's collapsed overview
 * has (six namespace groups of four, six loose nodes, 66 edges): one warm-up step, ~0.25–0.5 s on a
 * 2-core machine.
 *
 * Why: the first real layout of a big dump made hundreds of ELK's functions hot at once, and V8
 * compiled them (Maglev) on background threads in the half second after the worker replied,
 * taking both cores while the page drew the reply; its tasks then took two to three times their
 * CPU time. One tiny layout only compiles ELK's bytecode. Three steps of this size before a
 * 2,000-pod load took the page's longest task from a median of 163 ms to 76 ms (interleaved A/B,
 * 12 loads each); one step alone did not help (187 ms, against 82 ms for three).
 */
export async function warmUpElk(): Promise<void> {
  const elk = await loadElk();
  await elk.layout(warmUpGraph());
}

/** Groups of children and loose nodes with edges inside groups, across them and to loose nodes. */
function warmUpGraph(): ElkNode {
  const node = (id: string): ElkNode => ({ id, width: 180, height: 60 });
  const groups: ElkNode[] = [];
  const roots: ElkExtendedEdge[] = [];
  for (let g = 0; g < 6; g++) {
    const kids = Array.from({ length: 4 }, (_, k) => node(`g${g}k${k}`));
    groups.push({
      id: `g${g}`,
      width: 240,
      height: 120,
      layoutOptions: GROUP_OPTIONS,
      children: kids,
      edges: kids
        .slice(1)
        .map((k, i) => ({ id: `g${g}e${i}`, sources: [kids[0]!.id], targets: [k.id] })),
    });
  }
  const loose = Array.from({ length: 6 }, (_, i) => node(`n${i}`));
  for (let i = 0; i < 24; i++) {
    const from = `g${i % 6}k${i % 4}`;
    roots.push({ id: `x${i}`, sources: [from], targets: [`g${(i * 5 + 1) % 6}k${(i + 1) % 4}`] });
    roots.push({ id: `l${i}`, sources: [loose[i % 6]!.id], targets: [from] });
  }
  return {
    id: ROOT_ID,
    layoutOptions: { ...ELK_OPTIONS },
    children: [...groups, ...loose],
    edges: roots,
  };
}
