import { act } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For tests of hooks that wait for the next paint (afterNextPaint): fake timers and a
 * requestAnimationFrame that runs only when the test says. Call at the top level of a test file.
 */
export function withFakeFrames(): {
  /** Runs the pending frame, then the task after it (where afterNextPaint calls back). */
  nextFrame: () => Promise<void>;
  /** How many frame callbacks are waiting. */
  pending: () => number;
} {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  return {
    nextFrame: async () => {
      await act(async () => {
        const now = frames;
        frames = [];
        for (const f of now) f(0);
        vi.advanceTimersByTime(0);
      });
    },
    pending: () => frames.length,
  };
}
