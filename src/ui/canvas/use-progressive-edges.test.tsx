// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../inspector/test-support';
import { withFakeFrames } from './fake-frames';
import { EDGES_PER_FRAME, useProgressiveEdges } from './use-progressive-edges';

interface Graph {
  nodes: { id: string }[];
  edges: string[];
}

const graph = (prefix: string, nodes: number, edges: number): Graph => ({
  nodes: Array.from({ length: nodes }, (_, i) => ({ id: `${prefix}${i}` })),
  edges: Array.from({ length: edges }, (_, i) => `${prefix}-e${i}`),
});

/** What the canvas would hand React Flow, render by render. */
const drawn: number[] = [];
function Canvas({ graph }: { graph: Graph }) {
  drawn.push(useProgressiveEdges(graph.nodes, graph.edges).length);
  return null;
}

const { nextFrame, pending } = withFakeFrames();
beforeEach(() => {
  drawn.length = 0;
});

describe('useProgressiveEdges', () => {
  it('draws the first graph whole, and a new big one nodes first, then a batch of edges a frame', async () => {
    const first = graph('a', 10, 130);
    const view = await mount(<Canvas graph={first} />);
    expect(drawn.at(-1)).toBe(130);

    const next = graph('b', 20, 130);
    await view.rerender(<Canvas graph={next} />);
    // Never a frame with the new graph's edges all at once.
    expect(Math.max(...drawn.slice(1))).toBe(0);
    await nextFrame();
    expect(drawn.at(-1)).toBe(EDGES_PER_FRAME);
    await nextFrame();
    expect(drawn.at(-1)).toBe(2 * EDGES_PER_FRAME);
    await nextFrame();
    expect(drawn.at(-1)).toBe(130);
    expect(pending()).toBe(0);
    view.unmount();
  });

  it('gives an edit (most nodes kept) and a small new graph every edge at once', async () => {
    const before = graph('a', 10, 130);
    const view = await mount(<Canvas graph={before} />);
    const edited = { nodes: [...before.nodes, { id: 'new' }], edges: [...before.edges, 'x'] };
    await view.rerender(<Canvas graph={edited} />);
    expect(drawn.at(-1)).toBe(131);
    await view.rerender(<Canvas graph={graph('b', 5, EDGES_PER_FRAME)} />);
    expect(drawn.every((n) => n > 0)).toBe(true);
    expect(drawn.at(-1)).toBe(EDGES_PER_FRAME);
    view.unmount();
  });

  it('keeps going with the edges of an edit that lands half-way', async () => {
    const view = await mount(<Canvas graph={graph('a', 10, 10)} />);
    const big = graph('b', 20, 130);
    await view.rerender(<Canvas graph={big} />);
    await nextFrame();
    expect(drawn.at(-1)).toBe(EDGES_PER_FRAME);
    const edited = { nodes: big.nodes, edges: big.edges.slice(1) };
    await view.rerender(<Canvas graph={edited} />);
    expect(drawn.at(-1)).toBe(EDGES_PER_FRAME);
    await nextFrame();
    await nextFrame();
    expect(drawn.at(-1)).toBe(129);
    view.unmount();
  });
});
