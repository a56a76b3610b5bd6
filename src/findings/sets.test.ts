import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../model/types';
import {
  addressesOverlap,
  addressesWithin,
  blockAddresses,
  ruleAddresses,
  unionAddresses,
  PUBLIC_V4,
} from './address-set';
import { portsOverlap, portsWithin, rulePorts, unionPorts } from './port-set';

const dest = (ports: Endpoint['ports']): Endpoint => ({
  id: 'x/p',
  kind: 'Pod',
  namespace: 'x',
  name: 'p',
  labels: {},
  ports,
  ips: [],
  hostNetwork: false,
});

describe('address sets', () => {
  it('an ipBlock is its cidr minus its excepts', () => {
    const block = blockAddresses({ cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] });
    expect(addressesWithin(blockAddresses({ cidr: '10.2.0.0/16', except: [] }), block)).toBe(true);
    expect(addressesOverlap(blockAddresses({ cidr: '10.1.2.0/24', except: [] }), block)).toBe(
      false,
    );
  });

  it('0.0.0.0/0 except private ranges still holds every public address; one /24 does not', () => {
    const open = blockAddresses({ cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '192.168.0.0/16'] });
    expect(addressesWithin(PUBLIC_V4, open)).toBe(true);
    expect(addressesWithin(PUBLIC_V4, blockAddresses({ cidr: '203.0.113.0/24', except: [] }))).toBe(
      false,
    );
  });

  it('unions merge adjacent ranges; a rule without peers admits every address', () => {
    const halves = unionAddresses(
      blockAddresses({ cidr: '0.0.0.0/1', except: [] }),
      blockAddresses({ cidr: '128.0.0.0/1', except: [] }),
    );
    expect(halves.v4).toEqual([[0n, (1n << 32n) - 1n]]);
    expect(addressesWithin(halves, ruleAddresses({}))).toBe(true);
    expect(
      ruleAddresses({
        peers: [{ kind: 'selector', podSelector: { matchLabels: {}, matchExpressions: [] } }],
      }),
    ).toEqual({ v4: [], v6: [] });
  });
});

describe('port sets', () => {
  it('resolves named ports on the destination, by name and protocol', () => {
    const ports = rulePorts(
      {
        ports: [
          { protocol: 'TCP', port: 'http' },
          { protocol: 'UDP', port: 53 },
        ],
      },
      dest([
        { name: 'http', port: 8080, protocol: 'TCP' },
        { name: 'http', port: 9999, protocol: 'UDP' },
      ]),
    );
    expect(ports).toEqual({ TCP: [[8080, 8080]], UDP: [[53, 53]], SCTP: [] });
  });

  it('ranges merge and nest', () => {
    const a = rulePorts({ ports: [{ protocol: 'TCP', port: 80, endPort: 90 }] }, undefined);
    const b = rulePorts({ ports: [{ protocol: 'TCP', port: 91, endPort: 100 }] }, undefined);
    const both = unionPorts(a, b);
    expect(both.TCP).toEqual([[80, 100]]);
    expect(
      portsWithin(
        rulePorts({ ports: [{ protocol: 'TCP', port: 85, endPort: 95 }] }, undefined),
        both,
      ),
    ).toBe(true);
    expect(portsOverlap(a, b)).toBe(false);
    expect(portsWithin(rulePorts({}, undefined), both)).toBe(false);
  });
});
