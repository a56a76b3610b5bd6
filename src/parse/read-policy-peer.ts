import type { IPBlock, PolicyPeer } from '../model/types';
import { describeValue, quote, type Path } from './field-path';
import { cidrCovers } from '../model/ip';
import type { ReadContext } from './read-context';
import {
  getField,
  isMap,
  readMap,
  readStringList,
  rejectUnknownFields,
  requireString,
  type JsonMap,
} from './read-fields';
import { checkCidr } from './read-ip';
import { readLabelSelector } from './read-selector';

const PEER_FIELDS = ['podSelector', 'namespaceSelector', 'ipBlock'];
const IP_BLOCK_FIELDS = ['cidr', 'except'];

/**
 * Reads a NetworkPolicyPeer. Exactly one of ipBlock or the selectors must be set: a peer with
 * nothing, or with ipBlock and a selector, is rejected by Kubernetes.
 */
export function readPolicyPeer(
  ctx: ReadContext,
  value: unknown,
  path: Path,
): PolicyPeer | undefined {
  if (value !== null && value !== undefined && !isMap(value)) {
    ctx.report(
      'error',
      path,
      `must be a map with podSelector, namespaceSelector or ipBlock, not ${describeValue(value)}`,
    );
    return undefined;
  }
  const peer = isMap(value) ? value : {};
  rejectUnknownFields(ctx, peer, path, PEER_FIELDS);
  const pods = getField(peer, 'podSelector');
  const namespaces = getField(peer, 'namespaceSelector');
  const block = getField(peer, 'ipBlock');
  if (block !== undefined && (pods !== undefined || namespaces !== undefined)) {
    ctx.report(
      'error',
      path,
      'ipBlock cannot be combined with podSelector or namespaceSelector in one peer',
    );
    return undefined;
  }
  if (block !== undefined) {
    const ipBlock = readIpBlock(ctx, peer, path);
    return ipBlock && { kind: 'ipBlock', ipBlock };
  }
  if (pods === undefined && namespaces === undefined) {
    ctx.report('error', path, 'must specify podSelector, namespaceSelector or ipBlock');
    return undefined;
  }
  const out: PolicyPeer = { kind: 'selector' };
  if (pods !== undefined) out.podSelector = readLabelSelector(ctx, pods, [...path, 'podSelector']);
  if (namespaces !== undefined) {
    out.namespaceSelector = readLabelSelector(ctx, namespaces, [...path, 'namespaceSelector']);
  }
  return out;
}

function readIpBlock(ctx: ReadContext, peer: JsonMap, peerPath: Path): IPBlock | undefined {
  const block = readMap(ctx, peer, 'ipBlock', peerPath);
  if (!block) return undefined;
  const path = [...peerPath, 'ipBlock'];
  rejectUnknownFields(ctx, block, path, IP_BLOCK_FIELDS);
  const cidrText = requireString(ctx, block, 'cidr', path);
  const cidr = cidrText === undefined ? undefined : checkCidr(ctx, cidrText, [...path, 'cidr']);
  const except = readStringList(ctx, block, 'except', path);
  except.forEach((text, i) => {
    const inner = checkCidr(ctx, text, [...path, 'except', i]);
    // Kubernetes demands a strict subset: inside cidr and a longer prefix.
    if (inner && cidr && (!cidrCovers(cidr, inner) || inner.prefix === cidr.prefix)) {
      ctx.report(
        'error',
        [...path, 'except', i],
        `${quote(text)} must be a strict subset of cidr ${quote(cidrText ?? '')}`,
      );
    }
  });
  return cidrText === undefined || !cidr ? undefined : { cidr: cidrText, except };
}
