/** Monospace advance per px of font size: the simplified label is set in a monospace font. */
const ADVANCE = 0.6;
// The widest node padding (a workload: 4 px accent border + 9 px, 12 px + 1 px on the right).
const PADDING_X = 28;
export const SIMPLE_FONT = { min: 14, max: 24 } as const;

/**
 * Font size for a node drawn label-only at low zoom: as large as fits the node's width on one
 * line, between `SIMPLE_FONT.min` and `.max` (a longer label wraps at the minimum).
 *
 * @example simpleFontSize(140, 'api') // → 24
 */
export function simpleFontSize(width: number, label: string): number {
  const fit = (width - PADDING_X) / (ADVANCE * Math.max(1, label.length));
  return Math.floor(Math.min(SIMPLE_FONT.max, Math.max(SIMPLE_FONT.min, fit)));
}

/**
 * Font size (graph units) for a namespace's name in the overview: as large as fits on one line in
 * 80 % of its box's width and a fifth of its height, since the view is zoomed far out.
 *
 * @example overviewFontSize(3000, 2000, 'payments') // → 400
 */
export function overviewFontSize(width: number, height: number, label: string): number {
  const fit = (0.8 * width) / (ADVANCE * Math.max(1, label.length));
  return Math.max(SIMPLE_FONT.min, Math.floor(Math.min(fit, height / 5, 1000)));
}
