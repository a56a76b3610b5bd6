import type { AbstractGraph, EdgePort, GraphEdge, GraphNode } from '../../graph/types';
import { formatPorts } from '../../graph/ports';
import type { Layout } from '../../layout';
import { BADGE_TEXT } from './badge-text';
import type { LabelAt } from './edge-geometry';
import { EDGE_MARKER } from './edge-markers';
import type {
  AppEdge,
  AppNode,
  CanvasHighlight,
  CanvasSelection,
  Emphasis,
  FlowElements,
} from './types';

/** What the canvas draws, and how many denied edges it left off (DENIED_DRAW_LIMIT). */
export interface MappedFlow extends FlowElements {
  deniedNotDrawn: number;
}

export interface FlowInput {
  graph: AbstractGraph;
  layout: Layout;
  selection?: CanvasSelection | undefined;
  highlight?: CanvasHighlight | undefined;
}

/**
 * React Flow nodes and edges for a laid-out graph. Namespaces become group nodes sized by the
 * layout; their children get `parentId` and `extent: 'parent'` and come after every top-level
 * node, as React Flow wants parents first. Sizes are the model's (never measured), so nodes are
 * passed with `width`, `height` and `measured` already set. A node the layout has no position for
 * yet (a layout still running for a newer graph) is left out, with its edges.
 *
 * @example
 * const { nodes, edges } = toFlow({ graph, layout, selection: { kind: 'node', id: 'outside' } });
 */
export function toFlow(input: FlowInput): MappedFlow {
  return createFlowMapper()(input);
}

/**
 * A `toFlow` that remembers its last result: unchanged inputs give the same arrays, and every node
 * or edge whose graph object, geometry and emphasis are unchanged keeps its object, so React Flow
 * re-renders only what changed (a highlight re-creates only the elements it dims or brightens).
 */
export function createFlowMapper(): (input: FlowInput) => MappedFlow {
  let last: { input: FlowInput; result: MappedFlow } | undefined;
  const nodeCache = new Map<string, CachedNode>();
  const edgeCache = new Map<string, CachedEdge>();

  return (input) => {
    if (last && sameInput(last.input, input)) return last.result;
    const nodes = mapNodes(input, nodeCache);
    const drawn = new Set(nodes.map((n) => n.id));
    const { edges, deniedNotDrawn } = mapEdges(input, drawn, edgeCache);
    const result = {
      nodes: last && sameItems(last.result.nodes, nodes) ? last.result.nodes : nodes,
      edges: last && sameItems(last.result.edges, edges) ? last.result.edges : edges,
      deniedNotDrawn,
    };
    last = { input, result };
    return result;
  };
}

interface CachedNode {
  source: GraphNode;
  key: string;
  node: AppNode;
}

interface CachedEdge {
  source: GraphEdge;
  key: string;
  edge: AppEdge;
}

function mapNodes(input: FlowInput, cache: Map<string, CachedNode>): AppNode[] {
  const { graph, layout } = input;
  const ids = new Set(graph.nodes.map((n) => n.id));
  const top: AppNode[] = [];
  const children: AppNode[] = [];
  const seen = new Set<string>();
  const litGroups = groupsOfHighlighted(graph, input.highlight);
  for (const g of graph.nodes) {
    const position = layout.positions.get(g.id);
    if (!position) continue;
    // A child whose group is missing would make React Flow warn and drop it: draw it on its own.
    const parent = g.parent !== undefined && ids.has(g.parent) ? g.parent : undefined;
    const size = layout.sizes.get(g.id) ?? { width: g.width, height: g.height };
    const emphasis = emphasisOf('node', g.id, input, litGroups);
    const key = [
      position.x,
      position.y,
      size.width,
      size.height,
      parent,
      ...flags(emphasis),
    ].join();
    let entry = cache.get(g.id);
    if (!entry || entry.source !== g || entry.key !== key) {
      entry = { source: g, key, node: flowNode(g, parent, position, size, emphasis) };
      cache.set(g.id, entry);
    }
    seen.add(g.id);
    (parent !== undefined ? children : top).push(entry.node);
  }
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return [...top, ...children];
}

/**
 * Above this many denied edges (Show denied, a node selected in a big expanded graph) they are not
 * drawn: a thousand red dashed lines from one node hide the graph and read as nothing. The
 * inspector still lists them (it reads the graph, not the canvas), the canvas says how many were
 * left off, and collapsed namespaces bring the count down by aggregating them.
 */
export const DENIED_DRAW_LIMIT = 60;

function mapEdges(
  input: FlowInput,
  drawn: ReadonlySet<string>,
  cache: Map<string, CachedEdge>,
): { edges: AppEdge[]; deniedNotDrawn: number } {
  const edges: AppEdge[] = [];
  const labels = new Map(input.graph.nodes.map((n) => [n.id, n.label]));
  const seen = new Set<string>();
  const rows = new Map<string, number>();
  const drawable = (g: GraphEdge) => drawn.has(g.source) && drawn.has(g.target);
  let denied = 0;
  for (const g of input.graph.edges) if (g.kind === 'denied' && drawable(g)) denied++;
  const tooManyDenied = denied > DENIED_DRAW_LIMIT;
  let deniedNotDrawn = 0;
  for (const g of input.graph.edges) {
    if (!drawable(g)) continue;
    // The selected edge is drawn whatever its kind: the inspector is explaining it.
    if (
      tooManyDenied &&
      g.kind === 'denied' &&
      !(input.selection?.kind === 'edge' && input.selection.id === g.id)
    ) {
      deniedNotDrawn++;
      continue;
    }
    const emphasis = emphasisOf('edge', g.id, input);
    const at = labelAt(g, input.selection);
    const pair = `${g.source}\u0000${g.target}`;
    const row = rows.get(pair) ?? 0;
    rows.set(pair, row + 1);
    const key = [...flags(emphasis), at, row].join();
    let entry = cache.get(g.id);
    if (!entry || entry.source !== g || entry.key !== key) {
      entry = { source: g, key, edge: flowEdge(g, emphasis, { at, row }, labels) };
      cache.set(g.id, entry);
    }
    seen.add(g.id);
    edges.push(entry.edge);
  }
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return { edges, deniedNotDrawn };
}

function flowNode(
  g: GraphNode,
  parentId: string | undefined,
  position: { x: number; y: number },
  size: { width: number; height: number },
  emphasis: Emphasis,
): AppNode {
  const common = {
    id: g.id,
    position: { x: position.x, y: position.y },
    width: size.width,
    height: size.height,
    measured: { width: size.width, height: size.height },
    ariaLabel: ariaLabelOf(g),
    ...(parentId !== undefined ? { parentId, extent: 'parent' as const } : {}),
    // Edges touching a group's children are lifted to z 1; a top-level box (Outside, an ipBlock,
    // a collapsed namespace) must be on that level too, or those edges are drawn across it.
    ...(parentId === undefined && !isGroup(g) ? { zIndex: 1 } : {}),
  };
  const data = {
    ...emphasis,
    label: g.label,
    ...(g.detail !== undefined ? { detail: g.detail } : {}),
    badges: g.badges,
    ports: g.ports.map((p) => p.text),
    ...(g.selfPorts && g.selfPorts.length > 0
      ? { self: selfText(g.selfPorts, g.selfPartial) }
      : {}),
  };
  switch (g.kind) {
    case 'namespace':
      return {
        ...common,
        type: 'namespace',
        style: { width: size.width, height: size.height },
        data: { ...data, collapsed: g.collapsed ?? false, hiddenChildren: g.hiddenChildren ?? 0 },
      };
    case 'workload':
    case 'pod':
      return {
        ...common,
        type: 'endpoint',
        data: {
          ...data,
          kind: g.kind,
          ...(g.expanded !== undefined ? { expanded: g.expanded } : {}),
        },
      };
    case 'service':
    case 'outside':
    case 'ipblock':
      return { ...common, type: g.kind, data };
  }
}

function flowEdge(
  g: GraphEdge,
  emphasis: Emphasis,
  label: { at: LabelAt; row: number },
  labels: ReadonlyMap<string, string>,
): AppEdge {
  return {
    id: g.id,
    type: g.kind,
    source: g.source,
    target: g.target,
    // A marker cannot fade with its edge's stroke-opacity (markers are shared per colour), so a
    // dimmed edge goes without its arrow head.
    ...(emphasis.dimmed ? {} : { markerEnd: EDGE_MARKER[g.kind] }),
    ariaLabel: `${EDGE_WORD[g.kind]}: ${labels.get(g.source) ?? g.source} → ${labels.get(g.target) ?? g.target}${g.label ? `, ${g.label}` : ''}`,
    data: {
      ...emphasis,
      label: g.label,
      partial: g.partial ?? false,
      blocked: g.blocked ?? false,
      labelAt: label.at,
      labelRow: label.row,
    },
  };
}

const EDGE_WORD: Readonly<Record<GraphEdge['kind'], string>> = {
  allowed: 'Allowed',
  denied: 'Denied',
  'service-backend': 'Service backend',
  exposure: 'Exposed',
  opened: 'Newly allowed',
  closed: 'Newly denied',
};

const NODE_WORD: Readonly<Record<GraphNode['kind'], string>> = {
  namespace: 'Namespace',
  workload: 'Workload',
  pod: 'Pod',
  service: 'Service',
  outside: '',
  ipblock: 'External peer',
};

function isGroup(g: GraphNode): boolean {
  return g.kind === 'namespace' && !g.collapsed;
}

function ariaLabelOf(g: GraphNode): string {
  const parts = [`${NODE_WORD[g.kind]} ${g.label}`.trim()];
  if (g.detail) parts.push(g.detail);
  if (g.collapsed) parts.push(`collapsed, ${g.hiddenChildren ?? 0} hidden`);
  for (const b of g.badges) parts.push(BADGE_TEXT[b].toLowerCase());
  return parts.join(', ');
}

function selfText(ports: readonly EdgePort[], partial: boolean | undefined): string {
  return `${partial ? '~' : ''}${formatPorts(ports)}`;
}

/**
 * Labels go towards the end that is not shared with sibling edges: away from a selected node, and
 * for exposure edges (all leaving Outside) towards their Service.
 */
function labelAt(g: GraphEdge, selection: CanvasSelection | undefined): LabelAt {
  if (selection?.kind === 'node' && g.target === selection.id) return 'source';
  if (selection?.kind === 'node' && g.source === selection.id) return 'target';
  return g.kind === 'exposure' ? 'target' : 'middle';
}

function emphasisOf(
  kind: 'node' | 'edge',
  id: string,
  input: FlowInput,
  litGroups?: ReadonlySet<string>,
): Emphasis {
  const selected = input.selection?.kind === kind && input.selection.id === id;
  const set = kind === 'node' ? input.highlight?.nodes : input.highlight?.edges;
  if (set === undefined) return { selected, dimmed: false, highlighted: false };
  const lit = selected || set.has(id) || litGroups?.has(id) === true;
  return { selected, dimmed: !lit, highlighted: lit };
}

/** A group stays bright while something in it is highlighted: it frames what the user looks at. */
function groupsOfHighlighted(graph: AbstractGraph, highlight: CanvasHighlight | undefined) {
  const groups = new Set<string>();
  if (!highlight) return groups;
  for (const n of graph.nodes) {
    if (n.parent !== undefined && highlight.nodes.has(n.id)) groups.add(n.parent);
  }
  return groups;
}

function flags(e: Emphasis): boolean[] {
  return [e.selected, e.dimmed, e.highlighted];
}

function sameInput(a: FlowInput, b: FlowInput): boolean {
  return (
    a.graph === b.graph &&
    a.layout === b.layout &&
    a.highlight === b.highlight &&
    a.selection?.kind === b.selection?.kind &&
    a.selection?.id === b.selection?.id
  );
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
