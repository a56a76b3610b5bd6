import type { PlainPatch } from './plain-patch';
import type { WireReply } from './protocol';

/**
 * About how much a part carries, in bytes of JSON: a few ms for the page to decode, so no message
 * of a big reply is a long task on its own.
 */
export const PART_BYTES = 64 * 1024;

/** The reply's values that can bring big lists: the snapshot and the graph (as PlainPatches). */
const WHOLE_KEYS = ['snapshot', 'graph'] as const;
/** How deep into a whole value big lists are looked for (snapshot.endpoints, graph.graph.nodes). */
const MAX_DEPTH = 2;
/** A record with fewer keys than this is a structure (looked into), not a map (split by keys). */
const MAP_KEYS = 16;
/** Items whose JSON length is measured to estimate a list's size. */
const SAMPLES = 8;

/** A slice of one of a reply's big lists or maps, posted before the reply (see splitReply). */
export interface WirePart {
  id: number;
  type: 'part';
  /** The keys from the reply down to the list: `['snapshot', '1', 'endpoints']`. */
  path: string[];
  /** The list's next items; or, for a map, its next entries. */
  items?: unknown[];
  entries?: [string, unknown][];
}

type Post = (part: Pick<WirePart, 'path' | 'items' | 'entries'>) => void;

/**
 * Takes the big lists and maps out of a reply's snapshot and graph where they come whole: the
 * first analysis of a workspace, or one whose files replaced all others (the snapshot is then a
 * patch whose keys come whole). They are posted before the reply in parts of about `budget`
 * bytes: the page decodes each message in a task of its own, and a 2,000-pod dump's reply decoded
 * in one took 20–80 ms, with a garbage collection after it. The reply keeps those keys, emptied;
 * joinReply puts the items back. Patches of single items and other replies pass as they are.
 */
export function splitReply(
  reply: WireReply,
  budget = PART_BYTES,
): { parts: WirePart[]; reply: WireReply } {
  if (reply.type !== 'analyze' && reply.type !== 'view') return { parts: [], reply };
  const parts: WirePart[] = [];
  const post: Post = (part) => parts.push({ id: reply.id, type: 'part', ...part });
  const out: Record<string, unknown> = { ...reply };
  for (const key of WHOLE_KEYS) {
    if (key in out) out[key] = splitPatch(out[key] as PlainPatch, [key], budget, post);
  }
  return parts.length === 0 ? { parts, reply } : { parts, reply: out as WireReply };
}

/** Looks for whole values in a patch: itself (`[1, value]`) or an object's keys (`[3, …]`). */
function splitPatch(patch: PlainPatch, path: string[], budget: number, post: Post): PlainPatch {
  if (patch === 0) return patch;
  if (patch[0] === 1) return [1, splitValue(patch[1], [...path, '1'], 0, budget, post)];
  if (patch[0] === 3)
    return [3, patch[1].map((p, i) => splitPatch(p, [...path, '1', String(i)], budget, post))];
  return patch;
}

/** `value` with its big lists and maps emptied; their items go to `post` in parts. */
function splitValue(
  value: unknown,
  path: string[],
  depth: number,
  budget: number,
  post: Post,
): unknown {
  if (Array.isArray(value)) {
    const parts = slices(value, budget);
    if (!parts) return value;
    for (const items of parts) post({ path, items });
    return [];
  }
  if (!isRecord(value)) return value;
  if (isMap(value)) {
    const parts = slices(Object.entries(value), budget);
    if (parts) {
      for (const entries of parts) post({ path, entries });
      return {};
    }
  }
  if (depth >= MAX_DEPTH) return value;
  const rest: Record<string, unknown> = {};
  for (const key in value)
    rest[key] = splitValue(value[key], [...path, key], depth + 1, budget, post);
  return rest;
}

/** The reply as it was before splitReply, from its parts (in the order they were posted). */
export function joinReply(reply: WireReply, parts: readonly WirePart[]): WireReply {
  for (const part of parts) {
    let target: unknown = reply;
    for (const key of part.path) target = (target as Record<string, unknown>)[key];
    if (part.items) (target as unknown[]).push(...part.items);
    if (part.entries) {
      const map = target as Record<string, unknown>;
      for (const [k, v] of part.entries) map[k] = v;
    }
  }
  return reply;
}

/** A plain object (a Map, a Set or a class instance is cloned as one value). */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isMap(record: Record<string, unknown>): boolean {
  let keys = 0;
  for (const _ in record) if (++keys >= MAP_KEYS) return true;
  return false;
}

/** About how many bytes of JSON `items` make, from a few of them spread over the list. */
function estimate(items: readonly unknown[]): number {
  const n = items.length;
  const step = Math.max(1, Math.floor(n / SAMPLES));
  let bytes = 0;
  let sampled = 0;
  for (let i = 0; i < n && sampled < SAMPLES; i += step, sampled++)
    bytes += JSON.stringify(items[i])?.length ?? 0;
  return (bytes / sampled) * n;
}

/** `items` in consecutive slices of about `budget` bytes each; undefined if they fit in one. */
function slices<T>(items: readonly T[], budget: number): T[][] | undefined {
  if (items.length < 2) return undefined;
  const bytes = estimate(items);
  if (bytes <= budget) return undefined;
  const per = Math.max(1, Math.floor((items.length * budget) / bytes));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += per) out.push(items.slice(i, i + per));
  return out;
}
