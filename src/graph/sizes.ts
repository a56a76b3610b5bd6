import type { Badge, PortChip } from './types';

/**
 * Node sizes in graph units, estimated from the text a node shows so that layout never measures
 * the DOM. The canvas draws nodes with these metrics (monospace-ish 12–13 px text); if its fonts
 * change, change the constants here rather than measuring.
 */
export const SIZE = {
  /** Average width of a label character. */
  charWidth: 7.5,
  /** Detail and chip text is smaller. */
  smallCharWidth: 6.5,
  paddingX: 12,
  minWidth: 140,
  maxWidth: 300,
  /** Label line + detail line + vertical padding. */
  headerHeight: 52,
  chipHeight: 20,
  chipGap: 4,
  chipPaddingX: 8,
  badgeRowHeight: 22,
} as const;

export interface NodeText {
  label: string;
  detail?: string;
  ports: readonly PortChip[];
  badges: readonly Badge[];
}

/**
 * Width from the longest text line (label, detail or a chip; clamped), height from the rows of chips
 * (wrapped to the width) and one row of badge icons.
 *
 * @example nodeSize({ label: 'api-server', detail: 'Deployment ×2', ports: [], badges: [] })
 *   // → { width: 140, height: 52 }
 */
export function nodeSize(node: NodeText): { width: number; height: number } {
  const textWidth = Math.max(
    node.label.length * SIZE.charWidth,
    (node.detail?.length ?? 0) * SIZE.smallCharWidth,
    ...node.ports.map((c) => chipWidth(c.text)),
  );
  const width = clamp(Math.ceil(textWidth + 2 * SIZE.paddingX), SIZE.minWidth, SIZE.maxWidth);
  const rows = chipRows(
    node.ports.map((c) => c.text),
    width - 2 * SIZE.paddingX,
  );
  const height =
    SIZE.headerHeight +
    rows * (SIZE.chipHeight + SIZE.chipGap) +
    (node.badges.length > 0 ? SIZE.badgeRowHeight : 0);
  return { width, height };
}

/** Rows needed to lay the chips out left to right, wrapping at `rowWidth`. */
export function chipRows(texts: readonly string[], rowWidth: number): number {
  let rows = 0;
  let used = Infinity;
  for (const text of texts) {
    const w = Math.min(chipWidth(text), rowWidth);
    if (used + SIZE.chipGap + w > rowWidth) {
      rows++;
      used = w;
    } else {
      used += SIZE.chipGap + w;
    }
  }
  return rows;
}

function chipWidth(text: string): number {
  return text.length * SIZE.smallCharWidth + 2 * SIZE.chipPaddingX;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
