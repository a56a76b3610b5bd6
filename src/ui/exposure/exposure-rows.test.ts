import { describe, expect, it } from 'vitest';
import { loadSample } from '../inspector/test-support';
import { exposureLines, exposureRows, servicePortText } from './exposure-rows';

/** A namespace without policies: its pods admit everyone, outside clients included. */
const OPEN_SHOP = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: shop, namespace: shop }
spec:
  selector: { matchLabels: { app: shop } }
  template:
    metadata: { labels: { app: shop } }
    spec:
      containers:
        - name: shop
          ports: [{ containerPort: 8443 }]
---
apiVersion: v1
kind: Service
metadata: { name: shop-lb, namespace: shop }
spec:
  type: LoadBalancer
  selector: { app: shop }
  externalIPs: [198.51.100.7]
  ports: [{ port: 443, targetPort: 8443 }]
`;

describe('exposureRows on the production sample', () => {
  const { snapshot } = loadSample();
  const { rows, internalOnly, externalName } = exposureRows(snapshot.services);

  it('lists the NodePort and LoadBalancer Services, with node ids', () => {
    expect(rows.map((r) => [r.nodeId, r.type])).toEqual([
      ['svc:production/api-server-lb', 'LoadBalancer'],
      ['svc:production/api-server-np', 'NodePort'],
    ]);
    expect(internalOnly).toBe(4);
    expect(externalName).toBe(1);
  });

  it('says how each is exposed and that api-server turns outside clients away', () => {
    const [lb, np] = rows;
    expect(lb!.how).toEqual(['LoadBalancer 443/TCP from 10.0.0.0/8, 203.0.113.0/24']);
    expect(np!.how).toEqual(['NodePort 31080 on every node → 80/TCP']);
    expect(np!.backends).toEqual([
      {
        endpoint: 'production/Deployment/api-server',
        port: '80 → 8080/TCP',
        targetPort: 8080,
        admitsOutside: false,
      },
    ]);
    expect(np!.externallyReachable).toBe(false);
    expect(np!.reason).toBe("no backend's ingress admits outside clients on the target port");
  });
});

describe('exposureRows for an open LoadBalancer with externalIPs', () => {
  const { snapshot } = loadSample({}, OPEN_SHOP);
  const shop = snapshot.services.find((s) => s.id === 'shop/shop-lb')!;

  it('warns about a LoadBalancer open to the world and lists the externalIPs', () => {
    expect(exposureLines(shop)).toEqual([
      'LoadBalancer 443/TCP, open to 0.0.0.0/0 — no loadBalancerSourceRanges',
      'externalIPs 198.51.100.7 on 443/TCP',
    ]);
  });

  it('marks it reachable because its backend admits outside clients', () => {
    const row = exposureRows(snapshot.services).rows.find((r) => r.id === 'shop/shop-lb')!;
    expect(row.backends.map((b) => b.admitsOutside)).toEqual([true]);
    expect(row.externallyReachable).toBe(true);
  });
});

describe('servicePortText', () => {
  it('hides a targetPort equal to the port', () => {
    expect(servicePortText({ port: 53, targetPort: 53, protocol: 'UDP', backends: [] })).toBe(
      '53/UDP',
    );
    expect(
      servicePortText({ port: 5432, targetPort: 'postgres', protocol: 'TCP', backends: [] }),
    ).toBe('5432 → postgres/TCP');
  });
});
