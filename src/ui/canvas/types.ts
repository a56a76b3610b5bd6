import type { Edge, Node } from '@xyflow/react';
import type { Badge, GraphEdgeKind } from '../../graph/types';
import type { LabelAt } from './edge-geometry';

/** What the user picked on the canvas (or in another view): one node or one edge, by graph id. */
export interface CanvasSelection {
  kind: 'node' | 'edge';
  id: string;
}

/** What to keep bright: everything else is dimmed while a highlight is active. */
export interface CanvasHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** How a node or edge stands out: set by the adapter from the selection and highlight. */
export type Emphasis = {
  selected: boolean;
  /** A highlight is active and this element is outside it. */
  dimmed: boolean;
  /** A highlight is active and this element is in it (or frames something in it). */
  highlighted: boolean;
};

type Common = Emphasis & {
  label: string;
  detail?: string;
  badges: readonly Badge[];
  /** Port chips (`80 → 8080/TCP`, `nodePort 31080`). */
  ports: readonly string[];
  /** Flows among the endpoints the node stands for, e.g. `3000/TCP` (`~` prefix when partial). */
  self?: string;
};

export type NamespaceData = Common & {
  collapsed: boolean;
  hiddenChildren: number;
  /** Drawn in the overview of a big graph: its children are not drawn, it says what they are. */
  overview?: boolean;
};
export type EndpointData = Common & {
  kind: 'workload' | 'pod';
  /** Workloads with pods: whether the pods are drawn; undefined when there are none to draw. */
  expanded?: boolean;
};
export type ServiceData = Common;
export type OutsideData = Common;
export type IpBlockData = Common;

export type NamespaceNode = Node<NamespaceData, 'namespace'>;
export type EndpointNode = Node<EndpointData, 'endpoint'>;
export type ServiceNode = Node<ServiceData, 'service'>;
export type OutsideNode = Node<OutsideData, 'outside'>;
export type IpBlockNode = Node<IpBlockData, 'ipblock'>;

/** Every node the canvas draws, tagged by `type` (the key into `nodeTypes`). */
export type AppNode = NamespaceNode | EndpointNode | ServiceNode | OutsideNode | IpBlockNode;

export type FlowEdgeData = Emphasis & {
  label: string;
  partial: boolean;
  blocked: boolean;
  /** Away from the selected node, so labels of edges fanning into it do not pile up. */
  labelAt: LabelAt;
  /** Among edges joining the same two nodes (allowed and denied ports), this one's label row. */
  labelRow: number;
};

/** Every edge the canvas draws; `type` is the graph edge kind (the key into `edgeTypes`). */
export type AppEdge = Edge<FlowEdgeData, GraphEdgeKind>;

export interface FlowElements {
  nodes: AppNode[];
  edges: AppEdge[];
}
