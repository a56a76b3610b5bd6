import type { Reachability } from '../evaluate/reachability';
import type { DirectionExplanation, Explanation, Probe } from '../evaluate/types';
import type { Endpoint } from '../model/types';
import type { EndpointRef, FlowChange } from './types';

const PROTOCOL_ORDER = { TCP: 0, UDP: 1, SCTP: 2 } as const;

function compareProbes(a: Probe, b: Probe): number {
  return PROTOCOL_ORDER[a.protocol] - PROTOCOL_ORDER[b.protocol] || a.port - b.port;
}

/** A destination's probes in either version, so a port it starts or stops declaring is compared too. */
function unionProbes(a: readonly Probe[], b: readonly Probe[]): Probe[] {
  const seen = new Map<string, Probe>();
  for (const p of [...a, ...b]) seen.set(`${p.port}/${p.protocol}`, p);
  return [...seen.values()].sort(compareProbes);
}

/**
 * The policies that made one side (egress or ingress) change its mind. Newly admitted: the rules
 * that admit it now, and isolation that went away. Newly refused: the rules that admitted it
 * before, and isolation that came.
 */
function sideCauses(before: DirectionExplanation, after: DirectionExplanation): string[] {
  if (before.allowed === after.allowed) return [];
  const [was, now] = after.allowed ? [after, before] : [before, after];
  const causes = new Set(was.admittedBy.map((r) => r.policy));
  const wasIsolating = new Set(was.isolatingPolicies);
  for (const p of now.isolatingPolicies) if (!wasIsolating.has(p)) causes.add(p);
  return [...causes];
}

/** Policies (sorted) that turned `before` into `after`. */
export function flowCauses(before: Explanation, after: Explanation): string[] {
  const causes = new Set([
    ...sideCauses(before.egress, after.egress),
    ...sideCauses(before.ingress, after.ingress),
  ]);
  return [...causes].sort();
}

interface Member {
  before: number;
  after: number;
  endpoint: Endpoint;
}

/**
 * Endpoints present in both versions, grouped by (class before, class after). Members of one such
 * joint class are told apart by no selector, ipBlock or port in either version, so one pair of
 * representatives decides every member pair: a cluster of 20,000 pods compares as a few hundred
 * classes, not 400 million pairs.
 */
function jointClasses(before: Reachability, after: Reachability): Member[][] {
  const groups = new Map<string, Member[]>();
  after.endpoints.forEach((endpoint, a) => {
    const b = before.indexOf(endpoint.id);
    if (b === undefined) return;
    const key = `${before.classes.classOf[b]}:${after.classes.classOf[a]}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push({ before: b, after: a, endpoint });
  });
  return [...groups.values()];
}

function refOf(e: Endpoint): EndpointRef {
  return {
    id: e.id,
    kind: e.kind,
    ...(e.namespace !== undefined ? { namespace: e.namespace } : {}),
  };
}

/** Endpoints of `a` whose id `b` does not have. */
function missingFrom(a: Reachability, b: Reachability): EndpointRef[] {
  return a.endpoints
    .filter((e) => b.indexOf(e.id) === undefined)
    .map(refOf)
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function diffEndpoints(before: Reachability, after: Reachability) {
  return { added: missingFrom(after, before), removed: missingFrom(before, after) };
}

function compareFlows(a: FlowChange, b: FlowChange): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  return compareProbes(a, b);
}

/**
 * Every connection between endpoints present in both versions whose verdict differs, with the
 * policies that decided it. A destination is probed on its ports of either version.
 *
 * @example
 * diffFlows(analyze(oldFiles).reachability, analyze(newFiles).reachability)
 * // [{ from: 'prod/web', to: 'prod/api', port: 9090, protocol: 'TCP', change: 'allowed',
 * //    policies: ['prod/api-ingress'] }, …]
 */
export function diffFlows(before: Reachability, after: Reachability): FlowChange[] {
  const groups = jointClasses(before, after);
  const out: FlowChange[] = [];
  for (const sources of groups) {
    const s = sources[0]!;
    for (const destinations of groups) {
      const d = destinations[0]!;
      // A class of one, against itself, is only the endpoint to itself.
      if (sources === destinations && sources.length === 1) continue;
      const probes = unionProbes(before.probes(d.before), after.probes(d.after));
      for (const probe of probes) {
        const was = before.isAllowed(s.before, d.before, probe);
        const now = after.isAllowed(s.after, d.after, probe);
        if (was === now) continue;
        const policies = flowCauses(
          before.explain(s.before, d.before, probe),
          after.explain(s.after, d.after, probe),
        );
        const change = now ? 'allowed' : 'denied';
        for (const from of sources) {
          for (const to of destinations) {
            if (from === to) continue;
            if (from.endpoint.kind === 'External' && to.endpoint.kind === 'External') continue;
            out.push({
              from: from.endpoint.id,
              to: to.endpoint.id,
              port: probe.port,
              protocol: probe.protocol,
              change,
              policies,
            });
          }
        }
      }
    }
  }
  return out.sort(compareFlows);
}
