import type { ServicePortReport, ServiceReport } from '../evaluate/types';
import { parseIP } from '../model/ip';
import type { EdgeSet } from './edge-set';
import { createNode, externalNodeId, OUTSIDE_ID, type Placement } from './place-nodes';
import type { EdgePort, GraphNode } from './types';

/**
 * Service → backend edges, labelled with the port mapping as it resolves on that backend
 * (`80 → 8080/TCP`), and Outside → Service exposure edges (NodePort, LoadBalancer with its source
 * ranges, externalIPs). An Endpoints address without a Pod becomes an `external:<ip>` node.
 */
export function addServiceEdges(
  services: readonly ServiceReport[],
  placement: Placement,
  indexOf: (id: string) => number | undefined,
  edges: EdgeSet,
): void {
  for (const report of services) {
    const source = placement.nodeOfService.get(report.id);
    if (source === undefined) continue;
    // Backends grouped by the node drawn for them: a workload of 3,000 pods is one edge, with
    // each port's target as its pods resolve it (a named port may differ from pod to pod).
    const targetOf = new Map<string, string>();
    for (const backend of report.backends) {
      const target = backendNode(backend, placement, indexOf);
      if (target !== undefined) targetOf.set(backend, target);
    }
    const targets = [...new Set(targetOf.values())];
    const perPort = report.ports.map((p) => {
      const byTarget = new Map<string, { resolved: Set<number>; unresolved: boolean }>();
      for (const b of p.backends) {
        const target = targetOf.get(b.endpoint);
        if (target === undefined) continue;
        let t = byTarget.get(target);
        if (!t) byTarget.set(target, (t = { resolved: new Set(), unresolved: false }));
        if (b.targetPort === undefined) t.unresolved = true;
        else t.resolved.add(b.targetPort);
      }
      return byTarget;
    });
    for (const target of targets) {
      const ports: EdgePort[] = [];
      const mapping: string[] = [];
      report.ports.forEach((p, k) => {
        const t = perPort[k]!.get(target);
        const resolved = [...(t?.resolved ?? [])].sort((x, y) => x - y);
        for (const port of resolved) ports.push({ port, protocol: p.protocol });
        const unresolved = t?.unresolved ? String(p.targetPort) : undefined;
        mapping.push(portMapping(p.port, resolved, unresolved, p.protocol));
      });
      edges.add({ kind: 'service-backend', source, target, ports, label: mapping.join(', ') });
    }
    if (report.exposedVia.length > 0) {
      edges.add({
        kind: 'exposure',
        source: OUTSIDE_ID,
        target: source,
        ...exposure(report),
        blocked: !report.externallyReachable,
      });
    }
  }
}

/** `80 → 8080/TCP`, `53/UDP`, `80 → 8080|8081/TCP`, `80 → http?/TCP` (unresolved on some pod). */
function portMapping(
  port: number,
  targets: readonly number[],
  unresolved: string | undefined,
  protocol: string,
): string {
  const parts = [...targets.map(String), ...(unresolved !== undefined ? [`${unresolved}?`] : [])];
  if (parts.length === 1 && targets[0] === port) return `${port}/${protocol}`;
  return `${port} → ${parts.join('|')}/${protocol}`;
}

function backendNode(
  backend: string,
  placement: Placement,
  indexOf: (id: string) => number | undefined,
): string | undefined {
  const index = indexOf(backend);
  if (index !== undefined) return placement.nodeOfEndpoint[index];
  // An Endpoints address with no Pod behind it (a database outside the cluster, a node IP).
  if (!parseIP(backend)) return undefined;
  const id = externalNodeId(backend);
  if (!placement.nodes.has(id)) placement.nodes.set(id, addressNode(id, backend));
  return id;
}

function addressNode(id: string, ip: string): GraphNode {
  return createNode({ id, kind: 'ipblock', label: ip, detail: 'Endpoints address' });
}

/**
 * `LoadBalancer 443 from 10.0.0.0/8, 203.0.113.0/24`, `NodePort 31080`, `externalIPs 1.2.3.4 :80`:
 * the LoadBalancer first, as it is the way in people mean when they ask what is exposed.
 */
function exposure(report: ServiceReport): { ports: EdgePort[]; label: string } {
  const ports: EdgePort[] = [];
  const parts: string[] = [];
  const servicePorts = report.ports.map((p) => ({ port: p.port, protocol: p.protocol }));
  const portList = report.ports.map((p) => p.port).join(', ');
  if (report.exposedVia.includes('LoadBalancer')) {
    ports.push(...servicePorts);
    const ranges = report.loadBalancerSourceRanges;
    parts.push(`LoadBalancer ${portList}${ranges.length > 0 ? ` from ${ranges.join(', ')}` : ''}`);
  }
  // A LoadBalancer's node ports (when the input has them) are open on every node as well.
  const nodePorts = report.ports.filter(
    (p): p is ServicePortReport & { nodePort: number } => p.nodePort !== undefined,
  );
  if (report.exposedVia.includes('NodePort') || nodePorts.length > 0) {
    ports.push(...nodePorts.map((p) => ({ port: p.nodePort, protocol: p.protocol })));
    parts.push(
      nodePorts.length > 0
        ? `NodePort ${nodePorts.map((p) => p.nodePort).join(', ')}`
        : 'NodePort (allocated)',
    );
  }
  if (report.exposedVia.includes('externalIPs')) {
    ports.push(...servicePorts);
    parts.push(`externalIPs ${report.externalIPs.join(', ')} :${portList}`);
  }
  return { ports, label: parts.join(' · ') };
}
