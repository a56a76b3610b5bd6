import { afterAll, expect, it } from 'vitest';

// This file loads elkjs for the first time in its own module registry, posing as a Web Worker
// (no `document`, a `self`) whose handler is already installed, as in the analysis worker.
const scope = globalThis as { self?: unknown; onmessage?: unknown };
const hadSelf = 'self' in scope;
const assigned: unknown[] = [];
const handler = (): void => {};
let current: unknown = handler;
Object.defineProperty(globalThis, 'onmessage', {
  configurable: true,
  get: () => current,
  set: (value: unknown) => {
    assigned.push(value);
    current = value;
  },
});
if (!hadSelf) scope.self = globalThis;

afterAll(() => {
  delete scope.onmessage;
  if (!hadSelf) delete scope.self;
});

it("keeps the worker's onmessage handler that elk.bundled.js takes over", async () => {
  const { loadElk } = await import('./elk-layout');
  const elk = await loadElk();
  expect(assigned.some((v) => typeof v === 'function' && v !== handler)).toBe(true); // ELK did
  expect(scope.onmessage).toBe(handler); // and it was put back
  const result = await elk.layout({ id: 'r', children: [{ id: 'n', width: 10, height: 10 }] });
  expect(result.children?.[0]?.id).toBe('n');
});
