/** How long a page that draws no frames (a hidden tab) makes `afterNextPaint` wait instead. */
export const NO_FRAME_FALLBACK_MS = 100;

/**
 * Calls `callback` once the next frame has been produced: in a task after the frame's
 * requestAnimationFrame callbacks, so after what was rendered before it is painted. Hidden pages
 * draw no frames; there, and where requestAnimationFrame is missing (Node), it falls back to a timer.
 * Returns a function that cancels the call (an effect's cleanup).
 */
export function afterNextPaint(callback: () => void): () => void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    callback();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, NO_FRAME_FALLBACK_MS);
  return () => {
    called = true;
  };
}
