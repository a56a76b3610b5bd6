/**
 * The slice of CodeMirror's `Text` the position math needs: a line count and 1-based line lookup.
 * Declared structurally so the helpers stay testable with plain objects as well as `Text.of`.
 */
export interface LineSource {
  readonly lines: number;
  line(n: number): { readonly from: number; readonly text: string };
}

/** Characters that end a token besides whitespace: flow and JSON punctuation. */
const TOKEN_STOP = /[\s,{}[\]]/;
/** A minified JSON line has no whitespace; without a cap one error would underline all of it. */
export const MAX_TOKEN_LENGTH = 120;

/**
 * Clamps a 1-based line number into `1..lineCount`. Diagnostics arrive from a Worker that parsed
 * an older text, so their lines may lie past the end of the current document.
 *
 * @example clampLineNumber(99, 10) // 10
 */
export function clampLineNumber(line: number, lineCount: number): number {
  if (!Number.isFinite(line)) return 1;
  return Math.min(Math.max(Math.trunc(line), 1), Math.max(lineCount, 1));
}

/** The document line for a possibly out-of-range 1-based line number. */
export function lineAt(doc: LineSource, line: number): { from: number; text: string } {
  return doc.line(clampLineNumber(line, doc.lines));
}

/**
 * End of a flow collection opened at `open`: after its closing bracket on the same line, or the
 * line's content when it closes later. Brackets inside quotes are counted too; a mark that runs
 * a little long is harmless.
 */
function flowEnd(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i + 1;
  }
  return Math.max(open + 1, Math.min(text.trimEnd().length, limit));
}

/**
 * The 0-based span `[from, to)` within `text` that a diagnostic at 1-based `col` should mark: the
 * token at (or the first one after) the column — a whole `[…]`/`{…}` when it opens one; the
 * line's content when only whitespace follows; an empty span on a blank line.
 *
 * @example tokenSpan('  name: web', 3) // { from: 2, to: 7 } — "name:"
 */
export function tokenSpan(text: string, col: number): { from: number; to: number } {
  const wanted = Number.isFinite(col) ? Math.trunc(col) - 1 : 0;
  const start = Math.min(Math.max(wanted, 0), text.length);
  let from = start;
  while (from < text.length && /\s/.test(text[from] ?? '')) from++;
  if (from < text.length) {
    const limit = Math.min(text.length, from + MAX_TOKEN_LENGTH);
    const first = text[from] ?? '';
    if (first === '[' || first === '{') return { from, to: flowEnd(text, from, limit) };
    let to = from + 1;
    if (!TOKEN_STOP.test(first)) {
      while (to < limit && !TOKEN_STOP.test(text[to] ?? '')) to++;
    }
    return { from, to };
  }
  const content = text.trimStart();
  if (content.trim() === '') return { from: start, to: start };
  const first = text.length - content.length;
  return { from: first, to: Math.min(text.trimEnd().length, first + MAX_TOKEN_LENGTH) };
}
