import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { expandedGroup, nodeSetChangedALot } from './node-set';
import { OVERVIEW_MIN_NODES, OVERVIEW_ZOOM } from './overview';
import type { AppNode } from './types';

/**
 * Fit with room for the panels: the legend above, the controls left, the minimap's corner.
 * Shared by the first render (ReactFlow's `fitView`) and later re-fits.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { top: '56px', left: '56px', right: '40px', bottom: '40px' },
} as const;

/**
 * Re-fits the view when the node set changes a lot (a new file or sample), not on small edits. On
 * a big graph zoomed out to its overview, a namespace just expanded is brought into view instead:
 * its contents are what the user asked for, and the overview would not draw them, so the move is
 * animated. A new graph is fitted at once: there is nothing on screen to move from, and a 300 ms
 * animation redrew the viewport every frame while a 2,000-pod dump's edges were still coming in.
 */
export function useFitOnNewGraph(nodes: readonly AppNode[]): void {
  const { fitView, getZoom } = useReactFlow();
  const shown = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const ids = new Set(nodes.map((n) => n.id));
    const first = shown.current.size === 0;
    const group =
      !first && nodes.length > OVERVIEW_MIN_NODES ? expandedGroup(shown.current, nodes) : undefined;
    if (group !== undefined && getZoom() < OVERVIEW_ZOOM) {
      void fitView({ ...fitOptions([group]), duration: 300 });
    } else if (nodeSetChangedALot(shown.current, ids)) {
      void fitView({ ...FIT_VIEW_OPTIONS, duration: 0 });
    }
    shown.current = ids;
  }, [nodes, fitView, getZoom]);
}

/**
 * Re-fits when the canvas itself changes size (panes resized or collapsed, the window resized):
 * the first fit can happen before the panes settle, which left part of the graph off screen.
 */
export function useFitOnResize(
  container: React.RefObject<HTMLDivElement | null>,
  focus?: readonly string[],
): void {
  const { fitView } = useReactFlow();
  // Compare mode keeps its changed nodes in view through a resize, not the whole graph.
  const latestFocus = useRef(focus);
  useEffect(() => {
    latestFocus.current = focus;
  });
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
      timer = setTimeout(() => void fitView(fitOptions(latestFocus.current)), 120);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [container, fitView]);
}

/**
 * Brings a set of nodes into view whenever the set changes (compare mode's changed flows): on a
 * graph of hundreds of nodes the few that changed would otherwise be specks at fit view.
 */
export function useFitOnFocus(focus: readonly string[] | undefined): void {
  const { fitView } = useReactFlow();
  const key = focus?.join('\n') ?? '';
  const done = useRef('');
  useEffect(() => {
    if (key === '' || key === done.current) return;
    done.current = key;
    void fitView({ ...fitOptions(key.split('\n')), duration: 300 });
  }, [key, fitView]);
}

/** The whole graph, or just `focus` (at most a little zoomed in). */
function fitOptions(focus: readonly string[] | undefined) {
  if (!focus || focus.length === 0) return FIT_VIEW_OPTIONS;
  return { ...FIT_VIEW_OPTIONS, nodes: focus.map((id) => ({ id })), maxZoom: FOCUS_MAX_ZOOM };
}

const FOCUS_MAX_ZOOM = 1.2;
