import { useReactFlow, type Rect, type Viewport } from '@xyflow/react';
import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { AppEdge, AppNode } from './types';

/**
 * What an image export or a print needs from the graph on screen. The canvas has its own React
 * Flow provider, so the header's Export menu cannot reach it with React Flow's hooks: the canvas
 * registers this while it is mounted.
 */
export interface CanvasExportHandle {
  /** The canvas root (`.rm-canvas`): its CSS (theme, density) is what the image keeps. */
  readonly element: HTMLElement;
  /** The box around every node, in flow coordinates. */
  bounds(): Rect;
  viewport(): Viewport;
  setViewport(viewport: Viewport): Promise<boolean>;
  /**
   * Draws every node and edge, or (false) only those in view again: React Flow leaves out what
   * is off screen, which a whole-graph image needs.
   */
  renderAll(on: boolean): void;
  /** How many nodes and edges the canvas draws when all are rendered. */
  counts(): { nodes: number; edges: number };
}

let current: CanvasExportHandle | undefined;
const listeners = new Set<() => void>();

function publish(handle: CanvasExportHandle | undefined): void {
  current = handle;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The graph canvas on screen, if one is mounted (the Graph tab is open). */
export function useCanvasExportHandle(): CanvasExportHandle | undefined {
  return useSyncExternalStore(subscribe, () => current);
}

/** Called by the canvas (inside its ReactFlowProvider) to offer itself while it is mounted. */
export function useProvideCanvasExport(
  container: React.RefObject<HTMLDivElement | null>,
  setRenderAll: (on: boolean) => void,
): void {
  const flow = useReactFlow<AppNode, AppEdge>();
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const handle: CanvasExportHandle = {
      element,
      bounds: () => flow.getNodesBounds(flow.getNodes()),
      viewport: () => flow.getViewport(),
      setViewport: (viewport) => flow.setViewport(viewport),
      renderAll: setRenderAll,
      counts: () => ({ nodes: flow.getNodes().length, edges: flow.getEdges().length }),
    };
    publish(handle);
    return () => {
      if (current === handle) publish(undefined);
    };
  }, [container, flow, setRenderAll]);
}
