import type { PolicyPeer, PolicyPort, PolicyRule } from '../model/types';
import { formatSelector } from './selector';

/** `pods app=web`, `namespaces team=a`, `pods app=web in namespaces team=a`, `10.0.0.0/8 except 10.1.0.0/16`. */
export function describePeer(peer: PolicyPeer): string {
  if (peer.kind === 'ipBlock') {
    const { cidr, except } = peer.ipBlock;
    return except.length > 0 ? `${cidr} except ${except.join(', ')}` : cidr;
  }
  const pods = peer.podSelector ? `pods ${formatSelector(peer.podSelector)}` : 'all pods';
  if (!peer.namespaceSelector) return peer.podSelector ? pods : 'all pods of the namespace';
  return `${pods} in namespaces ${formatSelector(peer.namespaceSelector)}`;
}

/** `8080/TCP`, `8000-8080/TCP`, `all UDP ports`, `http/TCP` (named). */
export function describePort(port: PolicyPort): string {
  if (port.port === undefined) return `all ${port.protocol} ports`;
  if (port.endPort !== undefined) return `${port.port}-${port.endPort}/${port.protocol}`;
  return `${port.port}/${port.protocol}`;
}

/** `pods app=frontend on 8080/TCP`, `everyone on all ports`. */
export function describeRule(rule: PolicyRule): string {
  const peers = rule.peers ? rule.peers.map(describePeer).join(' or ') : 'everyone';
  const ports = rule.ports ? rule.ports.map(describePort).join(', ') : 'all ports';
  return `${peers} on ${ports}`;
}
