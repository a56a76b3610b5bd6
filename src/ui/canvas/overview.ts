import type { AppEdge, AppNode, FlowElements } from './types';

/**
 * Zoomed out further than this on a big graph, the canvas draws its overview: the children of
 * open namespaces would be a few pixels wide, unreadable, and thousands of DOM nodes to move on
 * every pan frame.
 */
export const OVERVIEW_ZOOM = 0.2;
/** Below this many drawn nodes every node stays drawn at any zoom: they are cheap enough. */
export const OVERVIEW_MIN_NODES = 300;

/**
 * The simplified drawing of a big graph zoomed far out: top-level nodes only (namespace groups
 * keep their place and size and say what they hold; Outside, ipBlock peers and collapsed
 * namespaces as they are), and one plain edge per kind between two of them standing for every
 * edge whose ends sit inside them. Edges within one namespace are left out.
 *
 * @example overviewElements({ nodes, edges }).nodes.every((n) => n.parentId === undefined) // true
 */
export function overviewElements({ nodes, edges }: FlowElements): FlowElements {
  const topOf = new Map<string, string>();
  const top: AppNode[] = [];
  for (const n of nodes) {
    topOf.set(n.id, n.parentId ?? n.id);
    if (n.parentId !== undefined) continue;
    const open = n.type === 'namespace' && !n.data.collapsed;
    top.push(open ? { ...n, data: { ...n.data, overview: true } } : n);
  }
  const merged = new Map<string, AppEdge>();
  for (const e of edges) {
    const source = topOf.get(e.source);
    const target = topOf.get(e.target);
    if (source === undefined || target === undefined || source === target) continue;
    const id = `overview:${e.type ?? 'allowed'}:${source}->${target}`;
    const known = merged.get(id);
    if (known?.data) {
      // Lit when any edge it stands for is lit; dimmed only when all of them are.
      known.data.highlighted ||= e.data?.highlighted ?? false;
      known.data.dimmed &&= e.data?.dimmed ?? false;
      continue;
    }
    merged.set(id, {
      id,
      type: e.type,
      source,
      target,
      markerEnd: e.markerEnd,
      selectable: false,
      focusable: false,
      data: {
        selected: false,
        dimmed: e.data?.dimmed ?? false,
        highlighted: e.data?.highlighted ?? false,
        label: '',
        partial: false,
        blocked: false,
        labelAt: 'middle',
        labelRow: 0,
      },
    });
  }
  return { nodes: top, edges: [...merged.values()] };
}

/** Whether an edge id is one of the overview's stand-ins (not an edge of the graph). */
export const isOverviewEdge = (id: string) => id.startsWith('overview:');
