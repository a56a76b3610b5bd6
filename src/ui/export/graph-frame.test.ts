import { describe, expect, it } from 'vitest';
import { MAX_SIDE, WHOLE_PADDING, pngPixelRatio, wholeGraphFrame } from './graph-frame';

describe('wholeGraphFrame', () => {
  it('draws a graph that fits at zoom 1, padded on every side', () => {
    const frame = wholeGraphFrame({ x: -10, y: 5, width: 400, height: 200 });
    expect(frame).toEqual({
      width: 400 + 2 * WHOLE_PADDING,
      height: 200 + 2 * WHOLE_PADDING,
      viewport: { x: 10 + WHOLE_PADDING, y: -5 + WHOLE_PADDING, zoom: 1 },
    });
  });

  it('shrinks a graph longer than MAX_SIDE so its longest side fits', () => {
    const frame = wholeGraphFrame({ x: 0, y: 0, width: 20_000, height: 5_000 });
    expect(frame.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(frame.viewport.zoom).toBeCloseTo((MAX_SIDE - 2 * WHOLE_PADDING) / 20_000);
    // The bounds' corners land inside the padding.
    expect(frame.viewport.x).toBeCloseTo(WHOLE_PADDING, 0);
    expect(frame.viewport.y + 5_000 * frame.viewport.zoom).toBeLessThanOrEqual(
      frame.height - WHOLE_PADDING + 1,
    );
  });
});

describe('pngPixelRatio', () => {
  it('is 2 unless the canvas would pass 16,000 px', () => {
    expect(pngPixelRatio(1000, 800)).toBe(2);
    expect(pngPixelRatio(8000, 100)).toBe(2);
    expect(pngPixelRatio(10_000, 100)).toBe(1.6);
  });
});
