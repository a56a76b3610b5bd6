import { describe, expect, it } from 'vitest';
import { minimapFrame } from './minimap';

describe('minimapFrame', () => {
  it('fits the nodes into the box with a margin and cuts the view out of the mask', () => {
    const nodes = { x: 0, y: 0, width: 200, height: 100 };
    const view = { x: 50, y: 25, width: 100, height: 50 };
    // Wider than the box: the scale is 200 / 160, the height is centred, the margin is 5 px.
    expect(minimapFrame(nodes, view, { width: 160, height: 110 })).toEqual({
      viewBox: '-6.25 -25 212.5 150',
      mask: 'M-12.5,-31.25h225v162.5h-225z M50,25h100v50h-100z',
    });
  });

  it('takes in a view that reaches past the nodes, and the view alone when nothing is drawn', () => {
    const view = { x: -100, y: 0, width: 100, height: 100 };
    const joined = minimapFrame({ x: 0, y: 0, width: 100, height: 100 }, view, {
      width: 100,
      height: 50,
    });
    // 200 x 100 into 100 x 50: a scale of 2, a margin of 10.
    expect(joined.viewBox).toBe('-110 -10 220 120');
    const alone = minimapFrame(undefined, view, { width: 100, height: 100 });
    expect(alone.viewBox).toBe('-105 -5 110 110');
  });
});
