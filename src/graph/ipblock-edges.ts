import { distinctIPBlocks } from '../evaluate/classes';
import type { Reachability } from '../evaluate/reachability';
import { firstAdmittingPort, policySelects } from '../evaluate/rules';
import type { IPBlock, NetworkPolicy, PolicyPort } from '../model/types';
import { PROTOCOLS } from '../model/types';
import type { ClassFlows } from './class-flows';
import { flowEdge } from './edge-set';
import type { FlowNodes } from './flow-edges';
import { createNode } from './place-nodes';
import { portKey, uniquePorts } from './ports';
import type { EdgePort, GraphEdge, GraphNode } from './types';

/** `ipblock:<cidr>` or `ipblock:<cidr> except <a>, <b>` (excepts sorted). */
export function ipBlockNodeId(block: IPBlock): string {
  const except = [...block.except].sort();
  return `ipblock:${block.cidr}${except.length > 0 ? ` except ${except.join(', ')}` : ''}`;
}

/** One node per distinct ipBlock peer in the policies. */
export function ipBlockNodes(policies: readonly NetworkPolicy[]): GraphNode[] {
  return [...distinctIPBlocks(policies).values()].map((block) => {
    const except = [...block.except].sort();
    return createNode({
      id: ipBlockNodeId(block),
      kind: 'ipblock',
      label: block.cidr,
      detail: except.length > 0 ? `except ${except.join(', ')}` : 'ipBlock peer',
    });
  });
}

/** What the rules naming ipBlocks admit for one class, by ipBlock node id. */
interface ClassBlocks {
  /** Ingress: probes of the class that a rule naming the block admits. */
  from: Map<string, EdgePort[]>;
  /** Egress: ports a rule naming the block admits (its own ports: the destination has none). */
  to: Map<string, EdgePort[]>;
}

/**
 * Edges between ipBlock peer nodes and the nodes whose policies name them: ipBlock → node for an
 * ingress rule, node → ipBlock for an egress rule, with the ports the rule admits. They show what
 * the policies say about those ranges; a node no policy isolates admits every range and gets no
 * edge (the edge from Outside says that). `partial` when some isolated class of the node lacks
 * the port from that block.
 */
export function ipBlockEdges(
  r: Reachability,
  flowNodes: FlowNodes,
  flows: ClassFlows,
): GraphEdge[] {
  const cache = new Map<number, ClassBlocks>();
  const blocksOf = (c: number) => {
    let b = cache.get(c);
    if (!b) {
      b = classBlocks(r, c, flows);
      cache.set(c, b);
    }
    return b;
  };

  const out: GraphEdge[] = [];
  for (const id of flowNodes.ids) {
    const { classes } = flowNodes.classes.get(id)!;
    for (const direction of ['from', 'to'] as const) {
      const blocks = new Set(classes.flatMap((c) => [...blocksOf(c)[direction].keys()]));
      for (const block of [...blocks].sort()) {
        const perClass = classes.map((c) => ({
          isolated: direction === 'from' ? flows.isolation(c).ingress : flows.isolation(c).egress,
          ports: blocksOf(c)[direction].get(block) ?? [],
        }));
        const ports = uniquePorts(perClass.flatMap((x) => x.ports));
        if (ports.length === 0) continue;
        const partial = perClass.some(
          (x) => x.isolated && ports.some((p) => !x.ports.some((q) => portKey(q) === portKey(p))),
        );
        out.push(
          direction === 'from'
            ? flowEdge('allowed', block, id, ports, partial)
            : flowEdge('allowed', id, block, ports, partial),
        );
      }
    }
  }
  return out;
}

function classBlocks(r: Reachability, c: number, flows: ClassFlows): ClassBlocks {
  const rep = flows.representative(c);
  const result: ClassBlocks = { from: new Map(), to: new Map() };
  if (rep.namespace === undefined) return result;
  const repIndex = r.classes.members[c]![0]!;
  const add = (map: Map<string, EdgePort[]>, block: string, ports: EdgePort[]) => {
    const list = map.get(block);
    if (list) list.push(...ports);
    else map.set(block, [...ports]);
  };
  for (const policy of r.policies.get(rep.namespace) ?? []) {
    if (policySelects(policy, 'Ingress', rep, r.context)) {
      for (const rule of policy.ingress) {
        const admitted = r
          .probes(repIndex)
          .filter((p) => firstAdmittingPort(rule, p, rep) !== undefined);
        for (const peer of rule.peers ?? [])
          if (peer.kind === 'ipBlock') add(result.from, ipBlockNodeId(peer.ipBlock), admitted);
      }
    }
    if (policySelects(policy, 'Egress', rep, r.context)) {
      for (const rule of policy.egress) {
        const ports = egressPorts(rule.ports);
        for (const peer of rule.peers ?? [])
          if (peer.kind === 'ipBlock') add(result.to, ipBlockNodeId(peer.ipBlock), ports);
      }
    }
  }
  for (const map of [result.from, result.to]) for (const [k, v] of map) map.set(k, uniquePorts(v));
  return result;
}

/**
 * An egress rule's ports toward an address range: numbers and ranges as written, "every port" as
 * 1–65535. A named port resolves against the destination's containers, so it never matches an
 * address outside the cluster: it is left out.
 */
function egressPorts(entries: readonly PolicyPort[] | undefined): EdgePort[] {
  if (!entries) return PROTOCOLS.map((protocol) => ({ port: 1, endPort: 65535, protocol }));
  const out: EdgePort[] = [];
  for (const e of entries) {
    if (e.port === undefined) out.push({ port: 1, endPort: 65535, protocol: e.protocol });
    else if (typeof e.port === 'number')
      out.push(
        e.endPort !== undefined && e.endPort > e.port
          ? { port: e.port, endPort: e.endPort, protocol: e.protocol }
          : { port: e.port, protocol: e.protocol },
      );
  }
  return out;
}
