import { compareProbes } from '../evaluate/probes';
import type { EdgePort } from './types';

/** Identifies an edge port by value, for sets and tallies. */
export function portKey(p: EdgePort): string {
  return p.endPort === undefined
    ? `${p.port}/${p.protocol}`
    : `${p.port}-${p.endPort}/${p.protocol}`;
}

/** The contract's order (protocol, then port), ranges after single ports that start with them. */
export function compareEdgePorts(a: EdgePort, b: EdgePort): number {
  return compareProbes(a, b) || (a.endPort ?? a.port) - (b.endPort ?? b.port);
}

/** Sorted, without duplicates. */
export function uniquePorts(ports: Iterable<EdgePort>): EdgePort[] {
  const byKey = new Map<string, EdgePort>();
  for (const p of ports) if (!byKey.has(portKey(p))) byKey.set(portKey(p), p);
  return [...byKey.values()].sort(compareEdgePorts);
}

/** `8080/TCP`, `8000-8100/TCP`, `all/UDP` (an egress rule admitting every port). */
export function formatPort(p: EdgePort): string {
  if (p.endPort === undefined) return `${p.port}/${p.protocol}`;
  if (p.port <= 1 && p.endPort >= 65535) return `all/${p.protocol}`;
  return `${p.port}-${p.endPort}/${p.protocol}`;
}

/** Edge labels stay short: at most `max` ports, then `+N`. */
export function formatPorts(ports: readonly EdgePort[], max = 4): string {
  const shown = ports.slice(0, max).map(formatPort).join(', ');
  return ports.length > max ? `${shown} +${ports.length - max}` : shown;
}
