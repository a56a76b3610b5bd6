import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readPortOrName, readProtocol } from './read-port';

describe('readProtocol', () => {
  it('defaults to TCP and rejects unknown protocols', () => {
    const ctx = createMemoryContext();
    expect(readProtocol(ctx, {}, [])).toBe('TCP');
    expect(readProtocol(ctx, { protocol: 'UDP' }, [])).toBe('UDP');
    readProtocol(ctx, { protocol: 'tcp' }, ['ports', 0]);
    readProtocol(ctx, { protocol: 'ICMP' }, []);
    expect(ctx.issues.map((i) => i.path)).toEqual([['ports', 0, 'protocol'], ['protocol']]);
  });
});

describe('readPortOrName', () => {
  it('reads numbers and names', () => {
    const ctx = createMemoryContext();
    expect(readPortOrName(ctx, { port: 80 }, 'port', [])).toBe(80);
    expect(readPortOrName(ctx, { port: 'http' }, 'port', [])).toBe('http');
    expect(ctx.issues).toEqual([]);
  });

  it('reads a quoted number as an invalid name', () => {
    const ctx = createMemoryContext();
    expect(readPortOrName(ctx, { port: '8080' }, 'port', [])).toBeUndefined();
    expect(ctx.issues[0]?.message).toMatch(/invalid port name "8080".*remove the quotes/);
  });
});
