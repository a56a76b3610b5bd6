// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../inspector/test-support';
import { withFakeFrames } from './fake-frames';
import { NODES_PER_FRAME, useHeldBackNodes } from './use-progressive-nodes';

type Node = { id: string; parentId?: string };

const group = (name: string, children: number): Node[] => [
  { id: name },
  ...Array.from({ length: children }, (_, i) => ({ id: `${name}/${i}`, parentId: name })),
];

/** What the canvas would hold back, render by render. */
const held: ReadonlySet<string>[] = [];
function Canvas({ graph, drawn }: { graph: Node[]; drawn?: Node[] }) {
  held.push(useHeldBackNodes(graph, drawn ?? graph));
  return null;
}

const { nextFrame, pending } = withFakeFrames();
beforeEach(() => {
  held.length = 0;
});

describe('useHeldBackNodes', () => {
  it('draws the children of a namespace opened on screen a batch per frame', async () => {
    // Most of the graph stays: an opening, not a new graph.
    const before = [...group('a', 150), { id: 'b' }];
    const view = await mount(<Canvas graph={before} />);
    expect(held.at(-1)!.size).toBe(0);
    const opened = [...group('a', 150), ...group('b', 120)];
    const since = held.length;
    await view.rerender(<Canvas graph={opened} />);
    // Never a render with all 120 drawn.
    expect(Math.min(...held.slice(since).map((h) => h.size))).toBe(120 - NODES_PER_FRAME);
    expect(held.at(-1)!.has('b/0')).toBe(false);
    expect(held.at(-1)!.has(`b/${NODES_PER_FRAME}`)).toBe(true);
    // One batch a frame until all are drawn.
    for (let left = 120 - 2 * NODES_PER_FRAME; left > 0; left -= NODES_PER_FRAME) {
      await nextFrame();
      expect(held.at(-1)!.size).toBe(left);
    }
    await nextFrame();
    expect(held.at(-1)!.size).toBe(0);
    expect(pending()).toBe(0);
    view.unmount();
  });

  it('leaving the overview draws what was just opened first, then what it had left out', async () => {
    const graph = [...group('a', 60), ...group('b', 60)];
    const overview = [{ id: 'a' }, { id: 'b' }];
    const view = await mount(
      <Canvas graph={group('a', 60).concat({ id: 'b' })} drawn={overview} />,
    );
    await view.rerender(<Canvas graph={graph} drawn={graph} />);
    const first = held.at(-1)!;
    // b's children are new to the graph: they come before a's, which the overview hid.
    expect(first.has('b/0')).toBe(false);
    expect(first.has('a/0')).toBe(true);
    expect(first.size).toBe(120 - NODES_PER_FRAME);
    view.unmount();
  });

  it('holds nothing back in the first graph, a new graph or a small opening', async () => {
    const view = await mount(<Canvas graph={group('a', 200)} />);
    await view.rerender(<Canvas graph={group('z', 200)} />);
    await view.rerender(<Canvas graph={[...group('z', 200), ...group('y', NODES_PER_FRAME)]} />);
    expect(held.every((h) => h.size === 0)).toBe(true);
    view.unmount();
  });
});
