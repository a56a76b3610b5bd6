import { describe, expect, it } from 'vitest';
import { cidrContains, cidrCovers, cidrFullyExcepted, parseCIDR, parseIP } from './ip';

function cidr(text: string) {
  const c = parseCIDR(text);
  if (!c) throw new Error(`bad cidr ${text}`);
  return c;
}
function ip(text: string) {
  const a = parseIP(text);
  if (!a) throw new Error(`bad ip ${text}`);
  return a;
}

describe('parseIP', () => {
  it('reads IPv4 and rejects out-of-range or leading-zero octets', () => {
    expect(parseIP('10.0.0.1')).toEqual({ family: 4, value: 0x0a000001n, v4: 0x0a000001 });
    expect(parseIP('256.0.0.1')).toBeUndefined();
    expect(parseIP('010.0.0.1')).toBeUndefined();
    expect(parseIP('10.0.0')).toBeUndefined();
  });
  it('reads IPv6 full, compressed and with an embedded IPv4 tail', () => {
    expect(parseIP('::1')).toEqual({ family: 6, value: 1n });
    expect(parseIP('2001:db8::1')?.value).toBe(0x20010db8000000000000000000000001n);
    expect(parseIP('::ffff:10.0.0.1')?.value).toBe(0xffff0a000001n);
    expect(parseIP('1:2:3:4:5:6:7:8')?.family).toBe(6);
    expect(parseIP('1:2:3:4:5:6:7:8:9')).toBeUndefined();
    expect(parseIP('1::2::3')).toBeUndefined();
    expect(parseIP('gggg::1')).toBeUndefined();
  });
});

describe('CIDR containment', () => {
  it('matches addresses inside the prefix only, per family', () => {
    expect(cidrContains(cidr('10.0.0.0/8'), ip('10.255.1.2'))).toBe(true);
    expect(cidrContains(cidr('10.0.0.0/8'), ip('11.0.0.1'))).toBe(false);
    expect(cidrContains(cidr('0.0.0.0/0'), ip('203.0.113.5'))).toBe(true);
    expect(cidrContains(cidr('0.0.0.0/0'), ip('::1'))).toBe(false);
    expect(cidrContains(cidr('2001:db8::/32'), ip('2001:db8:1::5'))).toBe(true);
    expect(cidrContains(cidr('10.0.0.5/32'), ip('10.0.0.5'))).toBe(true);
  });
  it('agrees between the 32-bit and the BigInt paths at the edges', () => {
    const slow = (c: string, a: string) => {
      const { v4: _c, ...cidrOnly } = cidr(c);
      const { v4: _a, ...ipOnly } = ip(a);
      return cidrContains(cidrOnly, ipOnly);
    };
    const cases: [string, string][] = [
      ['255.255.255.255/32', '255.255.255.255'],
      ['128.0.0.0/1', '255.0.0.1'],
      ['128.0.0.0/1', '127.255.255.255'],
      ['0.0.0.0/0', '255.255.255.255'],
      ['10.0.0.0/31', '10.0.0.1'],
      ['10.0.0.0/31', '10.0.0.2'],
    ];
    for (const [c, a] of cases)
      expect(cidrContains(cidr(c), ip(a)), `${a} in ${c}`).toBe(slow(c, a));
  });
  it('clears host bits', () => {
    expect(cidr('10.1.2.3/8').base).toBe(0x0a000000n);
  });
  it('knows when one block covers another', () => {
    expect(cidrCovers(cidr('10.0.0.0/8'), cidr('10.1.0.0/16'))).toBe(true);
    expect(cidrCovers(cidr('10.1.0.0/16'), cidr('10.0.0.0/8'))).toBe(false);
  });
  it('knows when excepts leave nothing of a block', () => {
    expect(cidrFullyExcepted(cidr('10.0.0.0/8'), [cidr('10.0.0.0/9'), cidr('10.128.0.0/9')])).toBe(
      true,
    );
    expect(cidrFullyExcepted(cidr('10.0.0.0/8'), [cidr('10.0.0.0/9')])).toBe(false);
    expect(cidrFullyExcepted(cidr('10.0.0.0/24'), [cidr('10.0.0.0/8')])).toBe(true);
    expect(cidrFullyExcepted(cidr('10.0.0.0/8'), [])).toBe(false);
  });
});
