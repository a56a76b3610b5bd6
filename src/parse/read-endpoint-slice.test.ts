import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readEndpointSlice } from './read-endpoint-slice';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };
const id = {
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  name: 'web-abc',
  namespace: 'shop',
  source,
};
const metadata = { name: 'web-abc', labels: { 'kubernetes.io/service-name': 'web' } };

describe('readEndpointSlice', () => {
  it('reads one address per endpoint address, skipping endpoints that are not ready', () => {
    const ctx = createMemoryContext();
    const slice = readEndpointSlice(
      {
        metadata,
        addressType: 'IPv4',
        endpoints: [
          {
            addresses: ['10.0.0.5'],
            conditions: { ready: true },
            targetRef: { kind: 'Pod', name: 'web-1' },
          },
          { addresses: ['10.0.0.6', '10.0.0.60'] },
          { addresses: ['10.0.0.7'], conditions: { ready: false } },
        ],
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
      id,
      ctx,
    );
    expect(ctx.issues).toEqual([]);
    expect(slice).toEqual({
      kind: 'EndpointSlice',
      namespace: 'shop',
      name: 'web-abc',
      serviceName: 'web',
      addresses: [
        { ip: '10.0.0.5', targetRef: { kind: 'Pod', name: 'web-1' } },
        { ip: '10.0.0.6' },
        { ip: '10.0.0.60' },
      ],
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      source,
    });
  });

  it('leaves out a slice without a service-name label, with a warning', () => {
    const ctx = createMemoryContext();
    expect(
      readEndpointSlice({ metadata: { name: 'x' }, addressType: 'IPv4' }, id, ctx),
    ).toBeUndefined();
    expect(ctx.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('ignores FQDN addresses with a warning and reports invalid IPs', () => {
    const fqdn = createMemoryContext();
    const slice = readEndpointSlice(
      { metadata, addressType: 'FQDN', endpoints: [{ addresses: ['db.example.com'] }] },
      id,
      fqdn,
    );
    expect(slice?.addresses).toEqual([]);
    expect(fqdn.issues.map((i) => i.severity)).toEqual(['warning']);
    const bad = createMemoryContext();
    readEndpointSlice(
      { metadata, addressType: 'IPv4', endpoints: [{ addresses: ['10.0.0'] }] },
      id,
      bad,
    );
    expect(bad.issues.map((i) => i.path.join('.'))).toEqual(['endpoints.0.addresses.0']);
  });
});
