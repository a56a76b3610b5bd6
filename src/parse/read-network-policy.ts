import type { NetworkPolicy, PolicyPeer, PolicyPort, PolicyRule, PolicyType } from '../model/types';
import { describeValue, quote, type Path } from './field-path';
import type { ReadContext } from './read-context';
import {
  getField,
  isMap,
  readList,
  readMapList,
  readStringList,
  rejectUnknownFields,
  requireMap,
  type JsonMap,
} from './read-fields';
import type { ObjectIdentity } from './read-metadata';
import { readPolicyPeer } from './read-policy-peer';
import { readPolicyPort } from './read-policy-port';
import { readLabelSelector } from './read-selector';

const SPEC: Path = ['spec'];
const SPEC_FIELDS = ['podSelector', 'policyTypes', 'ingress', 'egress'];
const POLICY_TYPES: readonly PolicyType[] = ['Ingress', 'Egress'];

/** Ingress rules name their peers `from`, egress rules `to`. */
const DIRECTIONS = {
  ingress: { peers: 'from', wrong: 'to' },
  egress: { peers: 'to', wrong: 'from' },
} as const;

/**
 * Reads a NetworkPolicy. policyTypes defaults as Kubernetes does: Ingress always, Egress when
 * spec.egress is a non-empty list. Unknown fields are errors: with them dropped, an `ingress` rule
 * written with `to:` would allow traffic from everywhere.
 */
export function readNetworkPolicy(
  object: JsonMap,
  id: ObjectIdentity,
  ctx: ReadContext,
): NetworkPolicy | undefined {
  const spec = requireMap(ctx, object, 'spec', []);
  if (!spec) return undefined;
  rejectUnknownFields(ctx, spec, SPEC, SPEC_FIELDS);
  const selectorValue = getField(spec, 'podSelector');
  if (selectorValue === undefined) {
    ctx.report(
      'error',
      [...SPEC, 'podSelector'],
      'is required (use {} to select every pod in the namespace)',
    );
  }
  const podSelector =
    selectorValue === undefined
      ? undefined
      : readLabelSelector(ctx, selectorValue, [...SPEC, 'podSelector']);
  const ingress = readRules(ctx, spec, 'ingress');
  const egress = readRules(ctx, spec, 'egress');
  const { policyTypes, policyTypesExplicit } = readPolicyTypes(ctx, spec, ingress, egress);
  if (!podSelector) return undefined;
  return {
    namespace: id.namespace ?? ctx.defaultNamespace,
    name: id.name,
    podSelector,
    policyTypes,
    policyTypesExplicit,
    ingress,
    egress,
    source: id.source,
  };
}

/**
 * The effective policyTypes. Written ones are validated and deduplicated; absent or `[]` ones are
 * defaulted. Rules of a direction the written types leave out are ignored by Kubernetes: a warning.
 */
function readPolicyTypes(
  ctx: ReadContext,
  spec: JsonMap,
  ingress: readonly PolicyRule[],
  egress: readonly PolicyRule[],
): { policyTypes: PolicyType[]; policyTypesExplicit: boolean } {
  const written: PolicyType[] = [];
  readStringList(ctx, spec, 'policyTypes', SPEC).forEach((text, i) => {
    const type = POLICY_TYPES.find((t) => t === text);
    if (!type) {
      ctx.report(
        'error',
        [...SPEC, 'policyTypes', i],
        `must be Ingress or Egress, not ${quote(text)}`,
      );
    } else if (!written.includes(type)) {
      written.push(type);
    }
  });
  if (written.length === 0) {
    const egressValue = getField(spec, 'egress');
    const withEgress = Array.isArray(egressValue) && egressValue.length > 0;
    return {
      policyTypes: withEgress ? ['Ingress', 'Egress'] : ['Ingress'],
      policyTypesExplicit: false,
    };
  }
  for (const [type, rules] of [
    ['Ingress', ingress],
    ['Egress', egress],
  ] as const) {
    if (!written.includes(type) && rules.length > 0) {
      ctx.report(
        'warning',
        [...SPEC, type.toLowerCase()],
        `is ignored: policyTypes does not include ${type}`,
      );
    }
  }
  return { policyTypes: written, policyTypesExplicit: true };
}

function readRules(ctx: ReadContext, spec: JsonMap, key: 'ingress' | 'egress'): PolicyRule[] {
  const list = readList(ctx, spec, key, SPEC) ?? [];
  const rules: PolicyRule[] = [];
  list.forEach((value, i) => {
    const path = [...SPEC, key, i];
    if (value === null) {
      // `- ` with nothing after it decodes to an empty rule, which allows everything.
      ctx.report(
        'warning',
        path,
        'is empty (null); Kubernetes reads it as {}, which allows all traffic',
      );
    } else if (!isMap(value)) {
      ctx.report('error', path, `must be a map, not ${describeValue(value)}`);
      return;
    }
    rules.push(readRule(ctx, value ?? {}, path, key));
  });
  return rules;
}

function readRule(
  ctx: ReadContext,
  rule: JsonMap,
  path: Path,
  key: 'ingress' | 'egress',
): PolicyRule {
  const { peers: peersKey, wrong } = DIRECTIONS[key];
  rejectUnknownFields(ctx, rule, path, [peersKey, 'ports'], {
    [wrong]: `${key} rules name their peers "${peersKey}"`,
  });
  const peers: PolicyPeer[] = [];
  (readList(ctx, rule, peersKey, path) ?? []).forEach((value, i) => {
    const peer = readPolicyPeer(ctx, value, [...path, peersKey, i]);
    if (peer) peers.push(peer);
  });
  const ports: PolicyPort[] = [];
  readMapList(ctx, rule, 'ports', path).forEach((item, i) => {
    const port = readPolicyPort(ctx, item, [...path, 'ports', i]);
    if (port) ports.push(port);
  });
  const out: PolicyRule = { source: ctx.at(path) };
  // Absent or empty from/to and ports both mean "all".
  if (peers.length > 0) out.peers = peers;
  if (ports.length > 0) out.ports = ports;
  return out;
}
