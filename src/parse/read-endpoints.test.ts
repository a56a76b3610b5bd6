import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readEndpoints } from './read-endpoints';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };
const id = { apiVersion: 'v1', kind: 'Endpoints', name: 'web', namespace: 'shop', source };

describe('readEndpoints', () => {
  it('reads ready addresses with target refs, and ports', () => {
    const ctx = createMemoryContext();
    const endpoints = readEndpoints(
      {
        metadata: { name: 'web' },
        subsets: [
          {
            addresses: [
              {
                ip: '10.0.0.5',
                targetRef: { kind: 'Pod', name: 'web-1', namespace: 'shop', uid: 'x' },
              },
              { ip: '10.0.0.6' },
            ],
            notReadyAddresses: [{ ip: '10.0.0.7' }],
            ports: [{ name: 'http', port: 8080 }],
          },
        ],
      },
      id,
      ctx,
    );
    expect(ctx.issues).toEqual([]);
    expect(endpoints).toEqual({
      kind: 'Endpoints',
      namespace: 'shop',
      name: 'web',
      serviceName: 'web',
      addresses: [
        { ip: '10.0.0.5', targetRef: { kind: 'Pod', name: 'web-1', namespace: 'shop' } },
        { ip: '10.0.0.6' },
      ],
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      source,
    });
  });

  it('merges subsets and warns when their ports differ', () => {
    const ctx = createMemoryContext();
    const endpoints = readEndpoints(
      {
        subsets: [
          { addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] },
          { addresses: [{ ip: '10.0.0.2' }], ports: [{ port: 81, protocol: 'UDP' }] },
        ],
      },
      id,
      ctx,
    );
    expect(endpoints.addresses).toHaveLength(2);
    expect(endpoints.ports).toEqual([
      { port: 80, protocol: 'TCP' },
      { port: 81, protocol: 'UDP' },
    ]);
    expect(ctx.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('reports bad addresses and ports', () => {
    const ctx = createMemoryContext();
    readEndpoints(
      { subsets: [{ addresses: [{ ip: 'nope' }, {}], ports: [{ port: 0 }, {}] }] },
      id,
      ctx,
    );
    expect(ctx.issues.map((i) => i.path.join('.'))).toEqual([
      'subsets.0.addresses.0.ip',
      'subsets.0.addresses.1.ip',
      'subsets.0.ports.0.port',
      'subsets.0.ports.1.port',
    ]);
  });
});
