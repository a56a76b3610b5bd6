import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readPod } from './read-pod';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };
const id = { apiVersion: 'v1', kind: 'Pod', name: 'web-1', namespace: 'shop', source };

describe('readPod', () => {
  it('reads labels, ports, IPs, owners, phase and DNS names', () => {
    const ctx = createMemoryContext();
    const pod = readPod(
      {
        metadata: {
          name: 'web-1',
          labels: { app: 'web' },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'ReplicaSet',
              name: 'web-abc',
              uid: 'u1',
              controller: true,
            },
          ],
        },
        spec: {
          hostname: 'web-1',
          subdomain: 'web',
          containers: [{ name: 'c', ports: [{ containerPort: 8080, name: 'http' }] }],
        },
        status: {
          phase: 'Running',
          podIP: '10.0.0.5',
          podIPs: [{ ip: '10.0.0.5' }, { ip: 'fd00::5' }],
        },
      },
      id,
      ctx,
    );
    expect(ctx.issues).toEqual([]);
    expect(pod).toEqual({
      kind: 'Pod',
      namespace: 'shop',
      name: 'web-1',
      labels: { app: 'web' },
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      hostNetwork: false,
      ownerReferences: [{ kind: 'ReplicaSet', name: 'web-abc', uid: 'u1', controller: true }],
      source,
      ip: '10.0.0.5',
      ips: ['10.0.0.5', 'fd00::5'],
      phase: 'Running',
      hostname: 'web-1',
      subdomain: 'web',
    });
  });

  it('reads a bare pod without spec or status', () => {
    const ctx = createMemoryContext();
    const pod = readPod({ metadata: { name: 'p' } }, { ...id, namespace: undefined }, ctx);
    expect(pod).toMatchObject({ namespace: 'default', ips: [], ports: [], hostNetwork: false });
    expect(pod.ip).toBeUndefined();
  });

  it('reports an invalid pod IP and an owner without a name', () => {
    const ctx = createMemoryContext();
    readPod(
      {
        metadata: { name: 'p', ownerReferences: [{ kind: 'ReplicaSet' }] },
        status: { podIP: '10.0.0.300' },
      },
      id,
      ctx,
    );
    expect(ctx.issues.map((i) => i.path.join('.'))).toEqual([
      'status.podIP',
      'metadata.ownerReferences.0.name',
    ]);
  });
});
