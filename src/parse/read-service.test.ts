import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readService } from './read-service';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };
const id = { apiVersion: 'v1', kind: 'Service', name: 'web', namespace: 'shop', source };

function read(spec: unknown, metadata: Record<string, unknown> = {}) {
  const ctx = createMemoryContext();
  const service = readService({ metadata: { name: 'web', ...metadata }, spec }, id, ctx);
  return { service, issues: ctx.issues.map((i) => [i.severity, i.path.join('.'), i.message]) };
}

describe('readService', () => {
  it('applies defaults', () => {
    const { service, issues } = read({ selector: { app: 'web' }, ports: [{ port: 80 }] });
    expect(issues).toEqual([]);
    expect(service).toEqual({
      namespace: 'shop',
      name: 'web',
      type: 'ClusterIP',
      selector: { app: 'web' },
      ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }],
      headless: false,
      externalIPs: [],
      loadBalancerSourceRanges: [],
      sessionAffinity: 'None',
      publishNotReadyAddresses: false,
      annotations: {},
      labels: {},
      source,
    });
  });

  it('reads every field', () => {
    const { service, issues } = read(
      {
        type: 'LoadBalancer',
        selector: { app: 'web' },
        clusterIP: '10.96.0.10',
        ports: [
          { name: 'http', port: 80, targetPort: 'http', nodePort: 30080, appProtocol: 'http' },
          { name: 'dns', port: 53, targetPort: 5353, protocol: 'UDP' },
        ],
        externalIPs: ['192.0.2.1'],
        loadBalancerSourceRanges: [' 203.0.113.0/24 ', 'fd00::/8'],
        loadBalancerIP: '198.51.100.7',
        sessionAffinity: 'ClientIP',
        externalTrafficPolicy: 'Local',
        internalTrafficPolicy: 'Cluster',
        publishNotReadyAddresses: true,
      },
      { labels: { app: 'web' }, annotations: { note: 'x' } },
    );
    expect(issues).toEqual([]);
    expect(service).toMatchObject({
      type: 'LoadBalancer',
      clusterIP: '10.96.0.10',
      ports: [
        {
          name: 'http',
          port: 80,
          targetPort: 'http',
          protocol: 'TCP',
          nodePort: 30080,
          appProtocol: 'http',
        },
        { name: 'dns', port: 53, targetPort: 5353, protocol: 'UDP' },
      ],
      externalIPs: ['192.0.2.1'],
      loadBalancerSourceRanges: ['203.0.113.0/24', 'fd00::/8'],
      loadBalancerIP: '198.51.100.7',
      sessionAffinity: 'ClientIP',
      sessionAffinityTimeoutSeconds: 10800,
      externalTrafficPolicy: 'Local',
      internalTrafficPolicy: 'Cluster',
      publishNotReadyAddresses: true,
      labels: { app: 'web' },
      annotations: { note: 'x' },
    });
  });

  it('reads an empty or absent selector as no selector', () => {
    expect(read({ selector: {}, ports: [{ port: 80 }] }).service?.selector).toBeUndefined();
    expect(read({ ports: [{ port: 80 }] }).service?.selector).toBeUndefined();
  });

  it('reads clusterIP None as headless', () => {
    const { service } = read({ clusterIP: 'None', selector: { app: 'web' } });
    expect(service).toMatchObject({ headless: true, ports: [] });
    expect(service?.clusterIP).toBeUndefined();
  });

  it('reads an explicit session affinity timeout and targetPort 0 as unset', () => {
    const { service } = read({
      sessionAffinity: 'ClientIP',
      sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } },
      ports: [{ port: 80, targetPort: 0 }],
    });
    expect(service?.sessionAffinityTimeoutSeconds).toBe(60);
    expect(service?.ports[0]?.targetPort).toBe(80);
  });

  it('reads an ExternalName Service', () => {
    const { service, issues } = read({ type: 'ExternalName', externalName: 'db.example.com' });
    expect(issues).toEqual([]);
    expect(service).toMatchObject({ type: 'ExternalName', externalName: 'db.example.com' });
  });

  it.each([
    [{ ports: [{ targetPort: 80 }] }, 'spec.ports.0.port', 'is required'],
    [{ ports: [{ port: 0 }] }, 'spec.ports.0.port', 'must be between 1 and 65535, not 0'],
    [{ ports: [{ port: 65536 }] }, 'spec.ports.0.port', 'must be between 1 and 65535, not 65536'],
    [
      { ports: [{ port: '80' }] },
      'spec.ports.0.port',
      'must be a whole number, not a string ("80")',
    ],
    [
      { ports: [{ port: 80, targetPort: '8080' }] },
      'spec.ports.0.targetPort',
      expect.stringMatching(/invalid port name "8080"/),
    ],
    [
      { ports: [{ port: 80, protocol: 'HTTP' }] },
      'spec.ports.0.protocol',
      'must be TCP, UDP or SCTP, not "HTTP"',
    ],
    [
      { ports: [{ port: 80 }, { port: 81 }] },
      'spec.ports.0.name',
      'is required when a Service has more than one port',
    ],
    [{ type: 'Internal' }, 'spec.type', expect.stringMatching(/^must be one of ClusterIP/)],
    [{ type: 'ExternalName' }, 'spec.externalName', 'is required for type ExternalName'],
    [{ clusterIP: '10.96.0.300' }, 'spec.clusterIP', 'is not a valid IP address: "10.96.0.300"'],
    [{ externalIPs: ['x'] }, 'spec.externalIPs.0', 'is not a valid IP address: "x"'],
    [
      { loadBalancerSourceRanges: ['10.0.0.0/33'] },
      'spec.loadBalancerSourceRanges.0',
      expect.stringMatching(/not a valid CIDR/),
    ],
    [
      { sessionAffinity: 'Cookie' },
      'spec.sessionAffinity',
      expect.stringMatching(/must be one of None, ClientIP/),
    ],
    [{ selector: { tier: 3 } }, 'spec.selector.tier', expect.stringMatching(/must be a string/)],
    [{ selector: 'app=web' }, 'spec.selector', 'must be a map, not a string ("app=web")'],
  ])('reports %j at %s', (spec, path, message) => {
    expect(read(spec).issues).toContainEqual(['error', path, message]);
  });

  it('reports a missing spec', () => {
    const ctx = createMemoryContext();
    expect(readService({ metadata: { name: 'web' } }, id, ctx)).toBeUndefined();
    expect(ctx.issues[0]?.path).toEqual(['spec']);
  });

  it('warns about a nodePort on a ClusterIP Service', () => {
    expect(read({ ports: [{ port: 80, nodePort: 30000 }] }).issues).toEqual([
      ['warning', 'spec.ports.0.nodePort', 'is ignored for type ClusterIP'],
    ]);
  });
});
