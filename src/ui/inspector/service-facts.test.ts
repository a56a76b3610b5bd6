import { describe, expect, it } from 'vitest';
import type { ServiceReport } from '../../evaluate/types';
import { affinityText, dnsNames, serviceIdOfNode } from './service-facts';
import { loadSample } from './test-support';

describe('dnsNames', () => {
  const { snapshot } = loadSample();
  const service = (name: string) => snapshot.services.find((s) => s.name === name)!;

  it('gives the short, cross-namespace and full names', () => {
    expect(dnsNames(service('api-server'))).toEqual({
      short: 'api-server',
      crossNamespace: 'api-server.production',
      fqdn: 'api-server.production.svc.cluster.local',
      pods: [],
    });
  });

  it("lists a headless StatefulSet Service's per-pod names", () => {
    expect(dnsNames(service('postgres-headless')).pods).toEqual([
      'postgres-0.postgres-headless.production.svc.cluster.local',
      'postgres-1.postgres-headless.production.svc.cluster.local',
      'postgres-2.postgres-headless.production.svc.cluster.local',
    ]);
  });
});

describe('affinityText', () => {
  const base = { sessionAffinity: 'ClientIP' } as ServiceReport;
  it("says when Kubernetes' default timeout applies", () => {
    expect(affinityText({ ...base, sessionAffinity: 'None' })).toBe('None');
    expect(affinityText(base)).toBe('ClientIP (timeout 10800 s, the default)');
    expect(affinityText({ ...base, sessionAffinityTimeoutSeconds: 600 })).toBe(
      'ClientIP (timeout 600 s)',
    );
  });
});

describe('serviceIdOfNode', () => {
  it('strips the svc: prefix', () => {
    expect(serviceIdOfNode('svc:production/api-server')).toBe('production/api-server');
    expect(serviceIdOfNode('ns:production')).toBeUndefined();
  });
});
