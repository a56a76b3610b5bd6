import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, NO_FRAME_FALLBACK_MS } from './after-paint';

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('calls back in a task after the next frame, once', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    const callback = vi.fn();
    afterNextPaint(callback);
    vi.advanceTimersByTime(10);
    expect(callback).not.toHaveBeenCalled();
    frames.shift()!(0);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(NO_FRAME_FALLBACK_MS);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer when no frame comes (a hidden page)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const callback = vi.fn();
    afterNextPaint(callback);
    vi.advanceTimersByTime(NO_FRAME_FALLBACK_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before it runs', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => f(0));
    const callback = vi.fn();
    const cancel = afterNextPaint(callback);
    cancel();
    vi.advanceTimersByTime(NO_FRAME_FALLBACK_MS);
    expect(callback).not.toHaveBeenCalled();
  });
});
