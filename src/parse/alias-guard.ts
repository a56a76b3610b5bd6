import { Yaml11Boolean } from './yaml-schema';

/** How many nodes a document has as written, and with every alias expanded. */
export interface Expansion {
  written: number;
  expanded: number;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Yaml11Boolean);
}

interface Frame {
  node: object;
  children: unknown[];
  next: number;
  total: number;
}

/**
 * Measures alias expansion without expanding: each shared node's expanded size is computed once
 * (iteratively, so depth cannot overflow the stack). A "billion laughs" document has ~100 written
 * nodes and ~10^9 expanded ones; js-yaml builds it cheaply by sharing, but any walk of it explodes.
 */
export function measureExpansion(root: unknown): Expansion {
  if (!isContainer(root)) return { written: 1, expanded: 1 };
  const sizes = new Map<object, number>();
  let written = 0;
  const open = (node: object): Frame => {
    written += 1;
    return { node, children: Array.isArray(node) ? node : Object.values(node), next: 0, total: 1 };
  };
  const stack: Frame[] = [open(root)];
  let expanded = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      const known = isContainer(child) ? sizes.get(child) : 1;
      if (known !== undefined) {
        frame.total += known;
        if (!isContainer(child)) written += 1;
      } else {
        stack.push(open(child as object));
      }
      continue;
    }
    stack.pop();
    sizes.set(frame.node, frame.total);
    const parent = stack[stack.length - 1];
    if (parent) parent.total += frame.total;
    else expanded = frame.total;
  }
  return { written, expanded };
}

/** Extra nodes allowed on top of 10× the written size before a document is refused. */
export const EXPANSION_ALLOWANCE = 100_000;

/** Whether an expansion is out of proportion to what was written (an alias bomb). */
export function isAliasBomb({ written, expanded }: Expansion): boolean {
  return expanded > EXPANSION_ALLOWANCE + 10 * written;
}
