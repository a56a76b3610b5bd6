import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { checkCidr, checkIp, readIp } from './read-ip';

describe('checkIp / readIp', () => {
  it('accepts IPv4 and IPv6 and reports anything else at the path', () => {
    const ctx = createMemoryContext();
    expect(checkIp(ctx, 'fd00::1', ['a'])).toBe('fd00::1');
    expect(readIp(ctx, { ip: '10.0.0.1' }, 'ip', ['x'])).toBe('10.0.0.1');
    expect(readIp(ctx, { ip: '' }, 'ip', ['x'])).toBeUndefined();
    expect(readIp(ctx, { ip: 'ten' }, 'ip', ['x'])).toBeUndefined();
    expect(ctx.issues).toEqual([
      { severity: 'error', path: ['x', 'ip'], message: 'is not a valid IP address: "ten"' },
    ]);
  });
});

describe('checkCidr', () => {
  it('accepts a CIDR, warns about host bits and rejects a bare address', () => {
    const ctx = createMemoryContext();
    expect(checkCidr(ctx, '10.0.0.0/8', ['c'])?.prefix).toBe(8);
    expect(checkCidr(ctx, '10.0.0.1/8', ['c'])?.prefix).toBe(8);
    expect(checkCidr(ctx, '10.0.0.1', ['c'])).toBeUndefined();
    expect(ctx.issues.map((i) => i.severity)).toEqual(['warning', 'error']);
  });
});
