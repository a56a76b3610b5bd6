import { describe, expect, it } from 'vitest';
import { loadSample } from '../ui/inspector/test-support';
import { exposureRows } from '../ui/exposure/exposure-rows';
import { formatExposureMarkdown } from './exposure-markdown';

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
  ports: [{ port: 443, targetPort: 8443 }]
`;

describe('formatExposureMarkdown', () => {
  it('lists the exposed Services of the sample as the Exposure tab does', () => {
    const { snapshot } = loadSample();
    const text = formatExposureMarkdown(exposureRows(snapshot.services));
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '## Services exposed outside the cluster',
      '',
      '2 exposed Services, 0 externally reachable; 4 internal only (ClusterIP); 1 ExternalName.',
    ]);
    expect(lines[4]).toBe('| Service | Type | How | Ports | Backends | Externally reachable |');
    expect(lines[6]).toBe(
      '| production/api-server-lb | LoadBalancer | LoadBalancer 443/TCP from 10.0.0.0/8, 203.0.113.0/24 | ' +
        '443 → 8080/TCP | ✗ production/Deployment/api-server on 8080: ingress turns outside clients away (443 → 8080/TCP) | ' +
        "No: no backend's ingress admits outside clients on the target port |",
    );
    expect(lines[7]).toMatch(
      /^\| production\/api-server-np \| NodePort \| NodePort 31080 on every node → 80\/TCP \|/,
    );
    expect(lines).toHaveLength(9);
  });

  it('flags a Service that outside clients can reach', () => {
    const { snapshot } = loadSample({}, OPEN_SHOP);
    const text = formatExposureMarkdown(exposureRows(snapshot.services));
    expect(text).toContain('3 exposed Services, 1 externally reachable;');
    expect(text).toContain(
      '| shop/shop-lb | LoadBalancer | LoadBalancer 443/TCP, open to 0.0.0.0/0 — no loadBalancerSourceRanges | 443 → 8443/TCP | ' +
        '✓ shop/Deployment/shop on 8443: admits outside clients (443 → 8443/TCP) | ' +
        '⚠ Yes: some backend admits outside clients on its target port |',
    );
  });

  it('joins several ways or backends with <br> and says when nothing is exposed', () => {
    const text = formatExposureMarkdown({
      rows: [
        {
          id: 'a/b',
          type: 'NodePort',
          how: ['NodePort 1 on every node → 80/TCP', 'NodePort 2 on every node → 81/TCP'],
          ports: ['80/TCP', '81/TCP'],
          backends: [],
          externallyReachable: false,
          reason: 'no backends behind it',
        },
      ],
      internalOnly: 0,
      externalName: 0,
    });
    expect(text).toContain(
      '| a/b | NodePort | NodePort 1 on every node → 80/TCP<br>NodePort 2 on every node → 81/TCP | 80/TCP, 81/TCP | no backends |',
    );
    expect(text).not.toContain('ExternalName');
    expect(formatExposureMarkdown({ rows: [], internalOnly: 3, externalName: 0 })).toBe(
      '## Services exposed outside the cluster\n\n' +
        '0 exposed Services, 0 externally reachable; 3 internal only (ClusterIP).\n\n' +
        'No Service is exposed via NodePort, LoadBalancer or externalIPs.\n',
    );
  });
});
