import { describe, it, expect } from 'vitest';
import type { ServiceReport } from '../evaluate/types';
import {
  buildServicesJson,
  formatServicesCsv,
  formatServicesDot,
  formatServicesJson,
  formatServicesMarkdown,
  formatServicesTable,
} from './format-services';

function report(partial: Partial<ServiceReport> & { id: string }): ServiceReport {
  const [namespace = '', name = ''] = partial.id.split('/');
  return {
    namespace,
    name,
    type: 'ClusterIP',
    dns: `${name}.${namespace}.svc.cluster.local`,
    headless: false,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    sessionAffinity: 'None',
    ports: [],
    backends: [],
    podDNS: [],
    externallyReachable: false,
    exposedVia: [],
    problems: [],
    ...partial,
  };
}

const api = report({
  id: 'prod/api',
  type: 'NodePort',
  clusterIP: '10.96.0.10',
  ports: [
    {
      name: 'http',
      port: 80,
      targetPort: 'http',
      protocol: 'TCP',
      nodePort: 31080,
      backends: [{ endpoint: 'prod/api-0', targetPort: 8080, admitsOutside: true }],
    },
  ],
  backends: ['prod/api-0'],
  externallyReachable: true,
  exposedVia: ['NodePort'],
  loadBalancerSourceRanges: ['198.51.100.0/24'],
});
const alerts = report({
  id: 'ops/alerts',
  type: 'ExternalName',
  externalName: 'alerts.example.com',
});
const db = report({
  id: 'prod/db',
  headless: true,
  ports: [{ port: 5432, targetPort: 5432, protocol: 'TCP', backends: [] }],
  problems: ['the selector matches no pod or workload'],
});
const reports = [alerts, api, db];

describe('services json', () => {
  it('writes the contract keys and omits unset optional ones', () => {
    expect(buildServicesJson(reports).services).toEqual([
      {
        id: 'ops/alerts',
        type: 'ExternalName',
        dns: 'alerts.ops.svc.cluster.local',
        headless: false,
        ports: [],
        backends: [],
        externallyReachable: false,
        externalName: 'alerts.example.com',
      },
      {
        id: 'prod/api',
        type: 'NodePort',
        dns: 'api.prod.svc.cluster.local',
        clusterIP: '10.96.0.10',
        headless: false,
        ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP', nodePort: 31080 }],
        backends: ['prod/api-0'],
        externallyReachable: true,
        loadBalancerSourceRanges: ['198.51.100.0/24'],
      },
      {
        id: 'prod/db',
        type: 'ClusterIP',
        dns: 'db.prod.svc.cluster.local',
        clusterIP: 'None',
        headless: true,
        ports: [{ port: 5432, targetPort: 5432, protocol: 'TCP' }],
        backends: [],
        externallyReachable: false,
      },
    ]);
  });

  it('pretty-prints', () => {
    expect(formatServicesJson([])).toBe('{\n  "services": []\n}\n');
  });
});

describe('services table and markdown', () => {
  it('shows ports, backends, exposure and problems', () => {
    const text = formatServicesTable(reports);
    expect(text).toMatch(/^SERVICE\s+TYPE\s+CLUSTER-IP\s+PORTS\s+BACKENDS\s+EXTERNAL\n/);
    expect(text).toMatch(
      /prod\/api\s+NodePort\s+10\.96\.0\.10\s+http 80->http\/TCP nodePort=31080\s+prod\/api-0\s+yes \(NodePort\)/,
    );
    expect(text).toContain('externalName alerts.example.com');
    expect(text).toContain('3 services, 1 externally reachable\n');
    expect(text).toContain('  prod/db: the selector matches no pod or workload\n');
  });

  it('renders a Markdown table', () => {
    const md = formatServicesMarkdown(reports);
    expect(md.startsWith('| Service | Type | Cluster-ip | Ports | Backends | External |\n')).toBe(
      true,
    );
    expect(md).toContain('- prod/db: the selector matches no pod or workload\n');
  });
});

describe('services csv', () => {
  it('writes one record per Service port', () => {
    const lines = formatServicesCsv(reports).trimEnd().split('\n');
    expect(lines).toEqual([
      'id,type,dns,clusterIP,headless,portName,port,targetPort,protocol,nodePort,backends,externallyReachable',
      'ops/alerts,ExternalName,alerts.ops.svc.cluster.local,,false,,,,,,,false',
      'prod/api,NodePort,api.prod.svc.cluster.local,10.96.0.10,false,http,80,http,TCP,31080,prod/api-0,true',
      'prod/db,ClusterIP,db.prod.svc.cluster.local,None,true,,5432,5432,TCP,,,false',
    ]);
  });
});

describe('services dot', () => {
  const dot = formatServicesDot(reports);

  it('links Services to backends with the resolved port mapping', () => {
    expect(dot).toContain('"svc:prod/api" -> "prod/api-0" [label="80->8080/TCP"];');
    expect(dot).toContain('"prod/api-0" [label="api-0", shape=box];');
  });

  it('marks externally reachable Services', () => {
    expect(dot).toContain(
      '"outside" -> "svc:prod/api" [label="NodePort", style=dashed, color=red];',
    );
    expect(dot).toContain('subgraph "cluster_ops" {');
  });
});
