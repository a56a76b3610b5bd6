import type { ServiceReport } from '../evaluate/types';
import type { ServiceChange, ServiceExposure } from './types';

/** The parts of a Service report that decide who can reach it and how. */
export function exposureOf(report: ServiceReport): ServiceExposure {
  return {
    type: report.type,
    exposedVia: [...report.exposedVia],
    externallyReachable: report.externallyReachable,
    ports: report.ports.map((p) => ({
      port: p.port,
      protocol: p.protocol,
      targetPort: p.targetPort,
      ...(p.nodePort !== undefined ? { nodePort: p.nodePort } : {}),
    })),
    externalIPs: [...report.externalIPs],
    loadBalancerSourceRanges: [...report.loadBalancerSourceRanges],
  };
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const listText = (list: readonly string[]) => (list.length > 0 ? list.join(', ') : 'none');
const portKey = (p: ServiceExposure['ports'][number]) => `${p.port}/${p.protocol}`;

function portText(p: ServiceExposure['ports'][number]): string {
  const node = p.nodePort !== undefined ? `, nodePort ${p.nodePort}` : '';
  return `${p.port}/${p.protocol} → ${p.targetPort}${node}`;
}

/** The differences between two exposures, in words; empty when they are the same. */
export function describeExposureChange(a: ServiceExposure, b: ServiceExposure): string[] {
  const details: string[] = [];
  if (a.type !== b.type) details.push(`type ${a.type} → ${b.type}`);
  if (a.externallyReachable !== b.externallyReachable) {
    details.push(
      `reachable from outside the cluster: ${yesNo(a.externallyReachable)} → ${yesNo(b.externallyReachable)}`,
    );
  }
  const before = new Map(a.ports.map((p) => [portKey(p), p]));
  const after = new Map(b.ports.map((p) => [portKey(p), p]));
  for (const [key, p] of before) if (!after.has(key)) details.push(`port ${portText(p)} removed`);
  for (const [key, p] of after) {
    const old = before.get(key);
    if (!old) details.push(`port ${portText(p)} added`);
    else if (old.targetPort !== p.targetPort || old.nodePort !== p.nodePort) {
      details.push(`port ${portText(old)} → ${portText(p)}`);
    }
  }
  if (a.externalIPs.join() !== b.externalIPs.join()) {
    details.push(`externalIPs ${listText(a.externalIPs)} → ${listText(b.externalIPs)}`);
  }
  if (a.loadBalancerSourceRanges.join() !== b.loadBalancerSourceRanges.join()) {
    details.push(
      `loadBalancerSourceRanges ${listText(a.loadBalancerSourceRanges)} → ${listText(b.loadBalancerSourceRanges)}`,
    );
  }
  return details;
}

function summary(e: ServiceExposure): string {
  const via = e.exposedVia.length > 0 ? `exposed via ${e.exposedVia.join(', ')}` : 'not exposed';
  const reach =
    e.exposedVia.length > 0 ? `, reachable from outside: ${yesNo(e.externallyReachable)}` : '';
  return `${e.type}, ${via}${reach}; ports ${e.ports.map(portText).join(', ') || 'none'}`;
}

/**
 * Services added, removed, or whose type, ports, nodePorts, external IPs, source ranges or
 * reachability from outside the cluster differ. Sorted by id.
 */
export function diffServices(
  before: readonly ServiceReport[],
  after: readonly ServiceReport[],
): ServiceChange[] {
  const old = new Map(before.map((s) => [s.id, exposureOf(s)]));
  const now = new Map(after.map((s) => [s.id, exposureOf(s)]));
  const changes: ServiceChange[] = [];
  for (const [id, b] of old) {
    if (!now.has(id)) changes.push({ id, change: 'removed', before: b, details: [summary(b)] });
  }
  for (const [id, a] of now) {
    const b = old.get(id);
    if (!b) {
      changes.push({ id, change: 'added', after: a, details: [summary(a)] });
      continue;
    }
    const details = describeExposureChange(b, a);
    if (details.length > 0) changes.push({ id, change: 'changed', before: b, after: a, details });
  }
  return changes.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
