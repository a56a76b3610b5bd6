import type { WireReply } from './protocol';

/** Items per part: about 60 KB of endpoints, a few ms to decode. */
export const PART_ITEMS = 250;

/** A slice of one of a reply's big arrays, posted before the reply (see splitReply). */
export interface WirePart {
  id: number;
  type: 'part';
  key: string;
  items: unknown[];
}

/**
 * Takes the long arrays out of an analyze reply whose snapshot comes whole (the first analysis of
 * a workspace), to be posted before it in parts. The page decodes each message in a task of its
 * own, and a 2,000-pod dump's snapshot decoded in one went over 100 ms (with a garbage collection
 * in it). The reply keeps those keys, empty; joinReply puts the items back. Other replies pass.
 */
export function splitReply(
  reply: WireReply,
  items = PART_ITEMS,
): { parts: WirePart[]; reply: WireReply } {
  if (reply.type !== 'analyze' || reply.snapshot === 0 || reply.snapshot[0] !== 1)
    return { parts: [], reply };
  const whole = reply.snapshot[1] as Record<string, unknown>;
  const parts: WirePart[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(whole)) {
    if (!Array.isArray(value) || value.length <= items) {
      rest[key] = value;
      continue;
    }
    for (let i = 0; i < value.length; i += items)
      parts.push({ id: reply.id, type: 'part', key, items: value.slice(i, i + items) });
    rest[key] = [];
  }
  if (parts.length === 0) return { parts, reply };
  return { parts, reply: { ...reply, snapshot: [1, rest] } };
}

/** The reply as it was before splitReply, from its parts (in the order they were posted). */
export function joinReply(reply: WireReply, parts: readonly WirePart[]): WireReply {
  if (parts.length === 0 || reply.type !== 'analyze' || reply.snapshot === 0) return reply;
  const whole = reply.snapshot[1] as Record<string, unknown>;
  for (const part of parts) (whole[part.key] as unknown[]).push(...part.items);
  return reply;
}
