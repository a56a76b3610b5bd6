import { describe, expect, it } from 'vitest';
import type { WireReply } from './protocol';
import { joinReply, splitReply, type WirePart } from './reply-parts';

const reply = (snapshot: unknown, graph: unknown = 0): WireReply =>
  ({ id: 7, type: 'analyze', snapshot, graph }) as unknown as WireReply;

/** As postMessage hands them to the page: copies, the parts first. */
const send = (posted: { parts: WirePart[]; reply: WireReply }) =>
  joinReply(
    structuredClone(posted.reply),
    posted.parts.map((p) => structuredClone(p)),
  );

const endpoint = (i: number) => ({ id: `e${i}`, labels: { app: `a${i}` }, ports: [80, 443] });

describe('splitReply and joinReply', () => {
  it('post the big lists of a whole snapshot in parts of about the budget, and put them back in order', () => {
    const whole = {
      diagnostics: [],
      endpoints: Array.from({ length: 40 }, (_, i) => endpoint(i)),
      services: [{ id: 's' }],
      classes: 3,
    };
    const bytes = JSON.stringify(whole.endpoints).length;
    const posted = splitReply(reply([1, whole]), bytes / 4);
    expect(posted.parts.length).toBeGreaterThanOrEqual(4);
    expect(posted.parts.length).toBeLessThanOrEqual(6);
    expect(new Set(posted.parts.map((p) => p.path.join('.')))).toEqual(
      new Set(['snapshot.1.endpoints']),
    );
    const sent = posted.reply as { snapshot: [1, typeof whole] };
    expect(sent.snapshot[1].endpoints).toEqual([]);
    // The reply given to splitReply is left as it was.
    expect(whole.endpoints).toHaveLength(40);
    const joined = send(posted);
    expect(joined).toEqual(reply([1, whole]));
    // Keys stay in their order: later patches of the snapshot go key by key.
    expect(Object.keys((joined as { snapshot: [1, object] }).snapshot[1])).toEqual(
      Object.keys(whole),
    );
  });

  it('split maps by key and look inside the whole graph, but not into patches', () => {
    const summaries = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`ns/p${i}`, { rules: i, selects: [`e${i}`] }]),
    );
    const graph = {
      graph: {
        nodes: Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, label: `node ${i}` })),
        edges: [],
      },
      layout: { engine: 'grid' },
    };
    const whole = { policySummaries: summaries, few: { a: [1, 2, 3], b: 'x' } };
    const posted = splitReply(reply([1, whole], [1, graph]), 200);
    const paths = new Set(posted.parts.map((p) => p.path.join('.')));
    expect(paths).toEqual(new Set(['snapshot.1.policySummaries', 'graph.1.graph.nodes']));
    expect(posted.parts.some((p) => p.entries && p.entries.length > 0)).toBe(true);
    const joined = send(posted);
    expect(joined).toEqual(reply([1, whole], [1, graph]));
    expect(
      Object.keys((joined as { snapshot: [1, typeof whole] }).snapshot[1].policySummaries),
    ).toEqual(Object.keys(summaries));
  });

  it('split what a patch of an object brings whole (files that replaced all the others)', () => {
    const endpoints = Array.from({ length: 40 }, (_, i) => endpoint(i));
    const patch = reply([3, [0, [1, endpoints], [2, [0, [1, 'x']]]]]);
    const posted = splitReply(patch, 300);
    expect(new Set(posted.parts.map((p) => p.path.join('.')))).toEqual(new Set(['snapshot.1.1.1']));
    expect(send(posted)).toEqual(patch);
  });

  it('leave patches, small values and other replies as they are', () => {
    const patch = reply([3, [0, 0]], [2, []]);
    expect(splitReply(patch, 1)).toEqual({ parts: [], reply: patch });
    const small = reply([1, { endpoints: [endpoint(1)] }]);
    expect(splitReply(small)).toEqual({ parts: [], reply: small });
    const explain = { id: 1, type: 'explain', explanation: undefined } as WireReply;
    expect(splitReply(explain, 1)).toEqual({ parts: [], reply: explain });
    expect(joinReply(small, [])).toBe(small);
    // A Map is cloned as one value (its entries are not an object's keys).
    const positions = new Map(Array.from({ length: 50 }, (_, i) => [`n${i}`, { x: i, y: i }]));
    const withMap = reply([1, { layout: { positions } }]);
    expect(send(splitReply(withMap, 10))).toEqual(withMap);
  });
});
