/** 0-based line and column of an offset. */
export interface TextPosition {
  line: number;
  col: number;
}

export interface LineIndex {
  position(offset: number): TextPosition;
  /** Offset where the line holding `offset` starts. */
  lineStart(offset: number): number;
}

/**
 * Maps offsets to lines in O(log n). The table of line starts is built on first use, so a
 * document that never needs a position costs nothing.
 */
export function createLineIndex(text: string): LineIndex {
  let starts: number[] | undefined;
  const lineOf = (offset: number): number => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    position(offset) {
      const line = lineOf(offset);
      return { line, col: offset - (starts?.[line] ?? 0) };
    },
    lineStart(offset) {
      return starts?.[lineOf(offset)] ?? 0;
    },
  };
}
