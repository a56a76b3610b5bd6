import { boundsOf, type Rect } from '../../layout/geometry';
import type { AppNode } from './types';

/** Minimap shapes take their colours from graph-canvas.css, per kind and emphasis. */
export function minimapNodeClass(node: AppNode): string {
  const kind = node.type === 'endpoint' ? node.data.kind : node.type;
  const collapsed = node.type === 'namespace' && node.data.collapsed ? ' is-collapsed' : '';
  return `rm-minimap-node rm-minimap-node--${kind}${node.data.dimmed ? ' is-dimmed' : ''}${collapsed}`;
}

/** React Flow's MiniMap default for the margin around the nodes, in minimap pixels. */
const OFFSET_SCALE = 5;

/**
 * The minimap's viewBox and its mask (everything outside the view, an even-odd path), computed as
 * React Flow's MiniMap does (@xyflow/react 12): the nodes' bounds joined with the view, fitted into
 * the minimap's box with a margin. MinimapViewport draws the mask from this over React Flow's
 * minimap, whose own mask is hidden (graph-canvas.css): the mask is in the same SVG as one shape
 * per node, so moving it repainted every shape each frame of a pan (3,000 nodes: ~15 fps lost).
 *
 * @param nodes the bounds of the drawn (not hidden) nodes, undefined when there are none
 * @param view the visible part of the flow, in flow coordinates
 */
export function minimapFrame(
  nodes: Rect | undefined,
  view: Rect,
  box: { width: number; height: number },
): { viewBox: string; mask: string } {
  const bounds = boundsOf(nodes ? [nodes, view] : [view])!;
  const viewScale = Math.max(bounds.width / box.width, bounds.height / box.height);
  const viewWidth = viewScale * box.width;
  const viewHeight = viewScale * box.height;
  const offset = OFFSET_SCALE * viewScale;
  const x = bounds.x - (viewWidth - bounds.width) / 2 - offset;
  const y = bounds.y - (viewHeight - bounds.height) / 2 - offset;
  const width = viewWidth + offset * 2;
  const height = viewHeight + offset * 2;
  return {
    viewBox: `${x} ${y} ${width} ${height}`,
    mask:
      `M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z` +
      ` M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`,
  };
}
