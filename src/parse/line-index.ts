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
 * Line starts already known, with their 0-based lines, in increasing order of offset. A scanner
 * that walks a document's lines anyway (the List item scanners) hands these over, so that no
 * lookup counts lines from the top.
 */
export interface LineCheckpoints {
  offsets: number[];
  lines: number[];
}

/** Lines between checkpoints: a lookup counts at most this many newlines past a known one. */
const CHECKPOINT_STRIDE = 256;

/**
 * Maps offsets to lines, counting newlines lazily and only as far as asked: a document that never
 * needs a position costs nothing, and one asked about in order (object after object) is walked
 * once. The lines walked through are remembered every CHECKPOINT_STRIDE lines and wherever a
 * position was asked, each with its end, so that a lookup counts at most CHECKPOINT_STRIDE lines
 * and a long line (compact JSON) is searched for its end once. Takes ownership of `known`.
 */
export function createLineIndex(text: string, known?: LineCheckpoints): LineIndex {
  const starts = known && known.offsets[0] === 0 ? known.offsets : [0];
  const lines = known && known.offsets[0] === 0 ? known.lines : [0];
  /** Where the line starting at starts[k] ends (its newline, or the text's end); -1 until asked. */
  const ends = starts.map(() => -1);
  const endOf = (k: number): number => {
    let end = ends[k] ?? -1;
    if (end < 0) {
      const newline = text.indexOf('\n', starts[k]);
      end = newline < 0 ? text.length : newline;
      ends[k] = end;
    }
    return end;
  };
  const position = (offset: number): TextPosition => {
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    let k = lo;
    let [start, line, end] = [starts[k] ?? 0, lines[k] ?? 0, endOf(k)];
    // Walk on line by line; a checkpoint ahead starts exactly where a walked line does.
    while (end < offset && end < text.length) {
      [start, line] = [end + 1, line + 1];
      if (starts[k + 1] === start) {
        k++;
        end = endOf(k);
        continue;
      }
      const newline = text.indexOf('\n', start);
      end = newline < 0 ? text.length : newline;
      if (end >= offset || line - (lines[k] ?? 0) >= CHECKPOINT_STRIDE) {
        k++;
        starts.splice(k, 0, start);
        lines.splice(k, 0, line);
        ends.splice(k, 0, end);
      }
    }
    return { line, col: offset - start };
  };
  return {
    position,
    lineStart(offset) {
      return offset - position(offset).col;
    },
  };
}
