import type { Endpoint, Protocol } from '../model/types';
import type { Probe } from './types';

const PROTOCOL_ORDER: Record<Protocol, number> = { SCTP: 0, TCP: 1, UDP: 2 };

/** Sorts probes by protocol name, then port — the order of the CLI contract's verdicts. */
export function compareProbes(a: Probe, b: Probe): number {
  return PROTOCOL_ORDER[a.protocol] - PROTOCOL_ORDER[b.protocol] || a.port - b.port;
}

/**
 * The ports tested on a destination: each container port it declares plus every extra port
 * (External destinations declare none), without duplicates.
 */
export function probesOf(destination: Endpoint, extra: readonly Probe[]): Probe[] {
  const seen = new Set<string>();
  const out: Probe[] = [];
  for (const p of [...destination.ports, ...extra]) {
    const key = `${p.port}/${p.protocol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ port: p.port, protocol: p.protocol });
  }
  return out.sort(compareProbes);
}
