import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';

/** The graph part of an image: its size in CSS pixels and the transform that puts the graph in it. */
export interface GraphFrame {
  width: number;
  height: number;
  viewport: Viewport;
}

/** Room around the whole graph, in image pixels. */
export const WHOLE_PADDING = 24;
/**
 * The longest side of a whole-graph image at zoom 1; a bigger graph is drawn smaller. Browsers
 * refuse canvases much past 16,384 px a side, and PNGs are drawn at twice this size.
 */
export const MAX_SIDE = 8_000;

/**
 * The whole graph at its natural size (zoom 1, node text as on screen at 100 %), or smaller when
 * that would exceed MAX_SIDE: React Flow's getNodesBounds → getViewportForBounds approach, with
 * the image sized to the bounds rather than the bounds fitted into a fixed image.
 *
 * @example wholeGraphFrame({ x: -10, y: 0, width: 400, height: 200 })
 * // → { width: 448, height: 248, viewport: { x: 34, y: 24, zoom: 1 } }
 */
export function wholeGraphFrame(bounds: Rect): GraphFrame {
  const inner = MAX_SIDE - 2 * WHOLE_PADDING;
  const zoom = Math.min(1, inner / Math.max(bounds.width, bounds.height, 1));
  const width = Math.ceil(bounds.width * zoom) + 2 * WHOLE_PADDING;
  const height = Math.ceil(bounds.height * zoom) + 2 * WHOLE_PADDING;
  // minZoom and maxZoom bracket `zoom` so getViewportForBounds only centres and pads.
  const viewport = getViewportForBounds(
    bounds,
    width,
    height,
    zoom / 2,
    zoom,
    `${WHOLE_PADDING}px`,
  );
  return { width, height, viewport };
}

/**
 * Device pixels per CSS pixel for a PNG: twice, for sharp text on a projector or a retina
 * screen, unless that would pass the canvas limit.
 *
 * @example pngPixelRatio(1000, 800) // → 2
 */
export function pngPixelRatio(width: number, height: number): number {
  return Math.min(2, 16_000 / Math.max(width, height, 1));
}
