import { describe, expect, it } from 'vitest';
import type { WireReply } from './protocol';
import { joinReply, splitReply } from './reply-parts';

const reply = (snapshot: unknown): WireReply =>
  ({ id: 7, type: 'analyze', snapshot, graph: 0 }) as unknown as WireReply;

describe('splitReply and joinReply', () => {
  it('post the long arrays of a whole snapshot in parts, and put them back in order', () => {
    const whole = {
      diagnostics: [],
      endpoints: Array.from({ length: 7 }, (_, i) => ({ id: `e${i}` })),
      services: [{ id: 's' }],
      classes: 3,
    };
    const { parts, reply: rest } = splitReply(reply([1, whole]), 3);
    expect(parts.map((p) => [p.key, p.items.length])).toEqual([
      ['endpoints', 3],
      ['endpoints', 3],
      ['endpoints', 1],
    ]);
    const sent = structuredClone(rest) as Extract<WireReply, { type: 'analyze' }>;
    expect((sent.snapshot as [1, typeof whole])[1].endpoints).toEqual([]);
    const joined = joinReply(
      sent,
      parts.map((p) => structuredClone(p)),
    );
    expect(joined).toEqual(reply([1, whole]));
    // Keys stay in their order: later patches of the snapshot go key by key.
    expect(Object.keys((joined as { snapshot: [1, object] }).snapshot[1])).toEqual(
      Object.keys(whole),
    );
  });

  it('leave patches, short arrays and other replies as they are', () => {
    const patch = reply([3, [0, 0]]);
    expect(splitReply(patch)).toEqual({ parts: [], reply: patch });
    const small = reply([1, { endpoints: [{ id: 'a' }] }]);
    expect(splitReply(small)).toEqual({ parts: [], reply: small });
    const explain = { id: 1, type: 'explain', explanation: undefined } as WireReply;
    expect(splitReply(explain)).toEqual({ parts: [], reply: explain });
    expect(joinReply(small, [])).toBe(small);
  });
});
