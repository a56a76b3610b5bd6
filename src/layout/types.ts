/** Top-left corner in graph units. */
export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export type LayoutEngine = 'elk-layered' | 'grid';

export interface Layout {
  /**
   * Top-left of every node of the graph: relative to its namespace group for children, absolute
   * for top-level nodes (the convention of React Flow sub-flows).
   */
  positions: Map<string, Point>;
  /** Size of every node: the model's size for leaves, the computed size for groups. */
  sizes: Map<string, Size>;
  /** The engine for a graph of this size; with `previous`, the one that placed the new nodes. */
  engine: LayoutEngine;
  /** Wall time of the call, for display and benchmarks; the only field that is not deterministic. */
  ms: number;
  /** ELK's answer came from the bundled samples' precomputed layouts (precomputed.ts). */
  precomputed?: boolean;
}

export interface LayoutOptions {
  /** The layout on screen: nodes present in both keep their positions (see layout-graph.ts). */
  previous?: Layout;
  /** User-dragged nodes, in the same frame as `positions`; kept exactly, whatever else happens. */
  pinned?: ReadonlyMap<string, Point>;
  /** Force an engine; by default graphs of at most ELK_MAX_NODES nodes get ELK, larger ones the grid. */
  engine?: LayoutEngine;
}

/** Positions and sizes from one engine run (a fresh layout, with no stability rules applied). */
export interface FreshLayout {
  positions: Map<string, Point>;
  sizes: Map<string, Size>;
}
