import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import '@xyflow/react/dist/style.css';
import type { ChangeCounts } from '../../graph/change-edges';
import type { AbstractGraph } from '../../graph/types';
import type { Layout } from '../../layout';
import { CanvasActionsContext, type CanvasActions } from './canvas-actions';
import { withPositions, type Point } from './drag-positions';
import { edgeTypes, nodeTypes } from './element-types';
import { ChangeNote } from './change-note';
import { DeniedNote } from './denied-note';
import { DnsNote } from './dns-note';
import { useProvideCanvasExport } from './export-handle';
import { GraphLegend } from './graph-legend';
import { minimapNodeClass } from './minimap';
import { isOverviewEdge, OVERVIEW_MIN_NODES, overviewElements } from './overview';
import { useAnimatedMoves } from './use-animated-moves';
import { createFlowMapper } from './to-flow';
import type { AppEdge, AppNode, CanvasHighlight, CanvasSelection } from './types';
import { useCentreRequest } from './use-centre-request';
import {
  FIT_VIEW_OPTIONS,
  useFitOnFocus,
  useFitOnNewGraph,
  useFitOnResize,
} from './use-fit-on-new-graph';
import { KEYBOARD_ARIA_LABELS, useKeyboardSelection } from './use-keyboard-selection';
import { MinimapViewport } from './minimap-viewport';
import { useProgressiveEdges } from './use-progressive-edges';
import { useHeldBackNodes } from './use-progressive-nodes';
import { useOverviewZoom, ZoomBandProvider } from './use-simplified';
import './graph-canvas.css';

export interface GraphCanvasProps {
  graph: AbstractGraph;
  layout: Layout;
  selection: CanvasSelection | undefined;
  highlight: CanvasHighlight | undefined;
  onSelect: (selection: CanvasSelection | undefined) => void;
  onToggleNamespace: (nodeId: string) => void;
  onToggleWorkload: (nodeId: string) => void;
  /** A drag ended: the node's new top-left, in the layout's frame (relative to its group). */
  onNodeMoved: (id: string, position: Point) => void;
  theme: 'light' | 'dark';
  /** Whether DNS lookups are drawn; with the toggle, the canvas says when they are left out. */
  dnsFlows?: { shown: boolean; onToggle: (show: boolean) => void };
  /**
   * Compare mode: the graph carries change edges; the canvas captions them and brings the nodes
   * at their ends (`focus`) into view.
   */
  changes?: { counts: ChangeCounts; focus: readonly string[] } | undefined;
}

/** The explorer's graph: a React Flow view of a laid-out AbstractGraph, with its own provider. */
export function GraphCanvas(props: GraphCanvasProps) {
  return (
    <ReactFlowProvider>
      <ZoomBandProvider>
        <CanvasFlow {...props} />
      </ZoomBandProvider>
    </ReactFlowProvider>
  );
}

/** Dragged positions, valid until the owner hands over the next layout. */
interface Drag {
  layout: Layout;
  positions: ReadonlyMap<string, Point>;
}

function CanvasFlow(props: GraphCanvasProps) {
  const { graph, layout, selection, highlight, onSelect, onNodeMoved, theme } = props;
  const [mapFlow] = useState(createFlowMapper);
  const flow = useMemo(
    () => mapFlow({ graph, layout, selection, highlight }),
    [mapFlow, graph, layout, selection, highlight],
  );
  const [drag, setDrag] = useState<Drag>();
  const nodes = useMemo(
    () => withPositions(flow.nodes, drag?.layout === layout ? drag.positions : undefined),
    [flow.nodes, drag, layout],
  );
  const drawnNodes = useAnimatedMoves(nodes, layout);
  const overview = useOverviewZoom() && nodes.length > OVERVIEW_MIN_NODES;
  const edges = useProgressiveEdges(flow.nodes, flow.edges);
  const inView = useMemo(
    () =>
      overview ? overviewElements({ nodes: drawnNodes, edges }) : { nodes: drawnNodes, edges },
    [overview, drawnNodes, edges],
  );
  const heldBack = useHeldBackNodes(flow.nodes, inView.nodes);
  const shown = useMemo(
    () =>
      heldBack.size === 0
        ? inView
        : {
            ...inView,
            nodes: inView.nodes.map((n) => (heldBack.has(n.id) ? { ...n, hidden: true } : n)),
          },
    [inView, heldBack],
  );
  useFitOnNewGraph(flow.nodes);
  const container = useRef<HTMLDivElement>(null);
  useFitOnResize(container, props.changes?.focus);
  // An image of the whole graph needs what React Flow leaves out off screen drawn too.
  const [renderAll, setRenderAll] = useState(false);
  useProvideCanvasExport(container, setRenderAll);
  const actions = useStableActions(props);

  // Selection and sizes are ours (props and model); only drags change anything here. Stable across
  // layouts: a new handler is a store update in React Flow, and each update runs every node's and
  // edge's selectors (2–7 ms at 600 edges, on every edit).
  const shownLayout = useLatest(layout);
  const onNodesChange = useCallback(
    (changes: NodeChange<AppNode>[]) => {
      const moves = changes.flatMap((c) => (c.type === 'position' && c.position ? [c] : []));
      if (moves.length === 0) return;
      const layout = shownLayout.current;
      setDrag((prev) => {
        const positions = new Map(prev?.layout === layout ? prev.positions : undefined);
        for (const m of moves) positions.set(m.id, m.position!);
        return { layout, positions };
      });
    },
    [shownLayout],
  );
  const onNodeDragStop: OnNodeDrag<AppNode> = useCallback(
    (_event, _node, dragged) => {
      for (const n of dragged) onNodeMoved(n.id, { x: n.position.x, y: n.position.y });
    },
    [onNodeMoved],
  );
  const onNodeClick = useCallback(
    (_event: unknown, node: AppNode) => onSelect({ kind: 'node', id: node.id }),
    [onSelect],
  );
  const onEdgeClick = useCallback(
    (_event: unknown, edge: AppEdge) => {
      if (!isOverviewEdge(edge.id)) onSelect({ kind: 'edge', id: edge.id });
    },
    [onSelect],
  );
  const onPaneClick = useCallback(() => onSelect(undefined), [onSelect]);
  const moving = useMovingFlag(container);
  const keyboard = useKeyboardSelection(container, shown.nodes, shown.edges, onSelect);
  useCentreRequest(nodes, overview);
  useFitOnFocus(props.changes?.focus);

  let className = 'rm-canvas';
  if (highlight) className += ' is-highlighting';
  else if (shown.edges.length > DENSE_EDGES) className += ' is-dense';
  if (overview) className += ' is-overview';
  return (
    <CanvasActionsContext value={actions}>
      <div
        ref={container}
        className={className}
        data-theme={theme}
        onKeyDown={keyboard.onKeyDown}
        onFocus={keyboard.onFocus}
      >
        <ReactFlow<AppNode, AppEdge>
          nodes={shown.nodes}
          edges={shown.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          colorMode={theme}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onPaneClick={onPaneClick}
          onMoveStart={moving.onMoveStart}
          onMoveEnd={moving.onMoveEnd}
          onlyRenderVisibleElements={!renderAll}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          minZoom={0.05}
          maxZoom={2}
          elementsSelectable={false}
          nodesConnectable={false}
          nodesFocusable
          edgesFocusable
          ariaLabelConfig={KEYBOARD_ARIA_LABELS}
          deleteKeyCode={null}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} />
          <MiniMap
            pannable
            zoomable
            nodeClassName={minimapNodeClass}
            ariaLabel="Minimap"
            className="rm-minimap"
            style={MINIMAP_STYLE}
          />
          <MinimapViewport {...MINIMAP_STYLE} />
          <GraphLegend changes={props.changes !== undefined} />
          {props.changes && <ChangeNote counts={props.changes.counts} />}
          {/* What the canvas leaves off, stacked in one corner. */}
          <Panel position="top-right" className="rm-canvas-notes">
            {props.dnsFlows && <DnsNote hidden={graph.hiddenDnsFlows ?? 0} {...props.dnsFlows} />}
            <DeniedNote count={flow.deniedNotDrawn} />
          </Panel>
        </ReactFlow>
      </div>
    </CanvasActionsContext>
  );
}

const MINIMAP_STYLE = { width: 160, height: 110 } as const;
/** Above this many edges, flows are drawn lighter until a highlight picks some out. */
const DENSE_EDGES = 60;

/**
 * `data-moving` on the canvas while the user drags the view, which puts the viewport on its own
 * compositor layer (graph-canvas.css): a pan then moves rastered tiles instead of repainting every
 * edge in view each frame (with the edges' own layer, a dense part of a big graph pans at ~40 fps
 * instead of ~17 on a machine without GPU raster). Drags only: a zoom or an animated fit would keep the layer
 * rastered at the scale it started from (blurry, or a huge raster when zooming far out). An
 * attribute React does not own, so a re-render keeps it.
 */
function useMovingFlag(container: RefObject<HTMLDivElement | null>) {
  return useMemo(
    () => ({
      onMoveStart: (event: MouseEvent | TouchEvent | null) => {
        if (event && DRAG_STARTS.has(event.type))
          container.current?.setAttribute('data-moving', '');
      },
      onMoveEnd: () => container.current?.removeAttribute('data-moving'),
    }),
    [container],
  );
}

const DRAG_STARTS = new Set(['mousedown', 'pointerdown', 'touchstart']);

/** A ref to the value of the last render, for callbacks that must keep their identity. */
function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/** Actions for nodes and labels that never change identity, so memo'd nodes do not re-render. */
function useStableActions(props: GraphCanvasProps): CanvasActions {
  const latest = useLatest(props);
  return useMemo(
    () => ({
      toggleNamespace: (id) => latest.current.onToggleNamespace(id),
      toggleWorkload: (id) => latest.current.onToggleWorkload(id),
      selectEdge: (id) => latest.current.onSelect({ kind: 'edge', id }),
    }),
    [latest],
  );
}
