import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { nodeSetChangedALot } from './node-set';
import type { AppNode } from './types';

/**
 * Fit with room for the panels: the legend above, the controls left, the minimap's corner.
 * Shared by the first render (ReactFlow's `fitView`) and later re-fits.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { top: '56px', left: '56px', right: '40px', bottom: '40px' },
} as const;

/** Re-fits the view when the node set changes a lot (a new file or sample), not on small edits. */
export function useFitOnNewGraph(nodes: readonly AppNode[]): void {
  const { fitView } = useReactFlow();
  const shown = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const ids = new Set(nodes.map((n) => n.id));
    const first = shown.current.size === 0;
    if (nodeSetChangedALot(shown.current, ids)) {
      void fitView({ ...FIT_VIEW_OPTIONS, duration: first ? 0 : 300 });
    }
    shown.current = ids;
  }, [nodes, fitView]);
}

/**
 * Re-fits when the canvas itself changes size (panes resized or collapsed, the window resized):
 * the first fit can happen before the panes settle, which left part of the graph off screen.
 */
export function useFitOnResize(container: React.RefObject<HTMLDivElement | null>): void {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last = { width: element.clientWidth, height: element.clientHeight };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      const now = { width: element.clientWidth, height: element.clientHeight };
      // Ignore sub-pixel jitter; a pane drag or window resize moves by more.
      if (Math.abs(now.width - last.width) < 8 && Math.abs(now.height - last.height) < 8) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => void fitView(FIT_VIEW_OPTIONS), 120);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [container, fitView]);
}
