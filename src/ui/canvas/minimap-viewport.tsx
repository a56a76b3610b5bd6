import { Panel, useStore, type ReactFlowState } from '@xyflow/react';
import type { Rect } from '../../layout/geometry';
import { minimapFrame } from './minimap';

interface Props {
  /** The size given to React Flow's MiniMap, which this overlay must cover exactly. */
  width: number;
  height: number;
}

/**
 * The minimap's view rectangle (the mask around it), drawn in an SVG of its own over React Flow's
 * MiniMap: see minimapFrame for why. Clicks and drags pass through to the minimap below.
 */
export function MinimapViewport({ width, height }: Props) {
  const frame = useStore((s) => {
    const f = minimapFrame(drawnBounds(s), viewOf(s), { width, height });
    // One string, so a store change that leaves the frame as it was re-renders nothing.
    return `${f.viewBox}|${f.mask}`;
  });
  const [viewBox, mask] = frame.split('|');
  return (
    <Panel position="bottom-right" className="rm-minimap-viewport" style={{ width, height }}>
      <svg width={width} height={height} viewBox={viewBox} aria-hidden="true">
        <path d={mask} fillRule="evenodd" />
      </svg>
    </Panel>
  );
}

function viewOf(s: ReactFlowState): Rect {
  const [tx, ty, zoom] = s.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
}

/** The bounds of the nodes that are not hidden, as React Flow's MiniMap takes them. */
function drawnBounds(s: ReactFlowState): Rect | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of s.nodeLookup.values()) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x + (node.measured.width ?? node.width ?? node.initialWidth ?? 0));
    y2 = Math.max(y2, y + (node.measured.height ?? node.height ?? node.initialHeight ?? 0));
  }
  return x1 === Infinity ? undefined : { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}
