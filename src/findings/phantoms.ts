import {
  NAMESPACE_NAME_LABEL,
  type Endpoint,
  type LabelSelector,
  type Labels,
  type Namespace,
  type NetworkPolicy,
  type PolicyPeer,
  type PolicyRule,
} from '../model/types';
import type { MatchContext } from '../evaluate/rules';
import { matchesSelector } from '../evaluate/selector';

/** More label combinations than this (`In` lists multiplied out) and a selector is not probed. */
const MAX_COMBINATIONS = 32;

/**
 * The least labelled objects a selector matches: its matchLabels, one value of each `In` list (in
 * every combination), an empty value for `Exists`, and nothing for `NotIn`/`DoesNotExist`, which
 * absence satisfies. A selector that matches such an object also matches anything more labelled
 * that the first one matches, unless it tests for absence — which is why these are a guard on top
 * of the input's pods, not a proof on their own. Undefined when there are too many combinations.
 *
 * @example minimalLabelSets({ matchLabels: { app: 'a' }, matchExpressions: [{ key: 't', operator: 'In', values: ['x', 'y'] }] })
 * // [{ app: 'a', t: 'x' }, { app: 'a', t: 'y' }]
 */
export function minimalLabelSets(selector: LabelSelector): Labels[] | undefined {
  let sets: Record<string, string>[] = [{ ...selector.matchLabels }];
  for (const r of selector.matchExpressions) {
    if (r.operator !== 'In') continue;
    const next: Record<string, string>[] = [];
    for (const s of sets) {
      if (Object.hasOwn(s, r.key)) {
        if (r.values.includes(s[r.key]!)) next.push(s);
      } else {
        for (const v of r.values) next.push({ ...s, [r.key]: v });
      }
    }
    sets = next;
    if (sets.length > MAX_COMBINATIONS) return undefined;
  }
  for (const r of selector.matchExpressions) {
    if (r.operator !== 'Exists') continue;
    for (const s of sets) if (!Object.hasOwn(s, r.key)) s[r.key] = '';
  }
  return sets.filter((s) => matchesSelector(selector, s));
}

/**
 * Pods and namespaces that are not in the input but could be: the least labelled ones each
 * selector matches. The redundancy rules probe them besides the endpoint classes, so that a
 * default-deny or a `podSelector: {}` rule, whose job is the pods still to come, is not called
 * redundant because the pods of today happen to be covered by narrower rules.
 */
export class Phantoms {
  readonly context: MatchContext;
  private readonly namespaces: Map<string, Namespace>;
  private serial = 0;
  private readonly nsBySelector = new Map<LabelSelector, string[] | undefined>();

  constructor(context: MatchContext) {
    this.namespaces = new Map(context.namespaces);
    this.context = { ...context, namespaces: this.namespaces };
  }

  private pod(namespace: string, labels: Labels): Endpoint {
    const name = `\u0000phantom-pod-${this.serial++}`;
    return {
      id: name,
      kind: 'Pod',
      namespace,
      name,
      labels,
      ports: [],
      ips: [],
      hostNetwork: false,
    };
  }

  /** Namespaces a namespaceSelector matches: the input's, plus the least labelled new one. */
  private namespacesFor(selector: LabelSelector): string[] | undefined {
    if (this.nsBySelector.has(selector)) return this.nsBySelector.get(selector);
    const sets = minimalLabelSets(selector);
    let names: string[] | undefined;
    if (sets) {
      names = [...this.namespaces.values()]
        .filter((n) => !n.name.startsWith('\u0000') && matchesSelector(selector, n.labels))
        .map((n) => n.name);
      for (const labels of sets) {
        // A selector naming a namespace by kubernetes.io/metadata.name can only ever match that one.
        const fixed = labels[NAMESPACE_NAME_LABEL];
        if (fixed !== undefined && this.namespaces.has(fixed)) continue;
        const name = fixed ?? `\u0000phantom-ns-${this.serial++}`;
        const full = { ...labels, [NAMESPACE_NAME_LABEL]: name };
        if (!matchesSelector(selector, full)) continue;
        this.namespaces.set(name, { name, labels: full, declared: false });
        names.push(name);
      }
    }
    this.nsBySelector.set(selector, names);
    return names;
  }

  /** New pods the policy's podSelector would select. */
  subjects(policy: NetworkPolicy): Endpoint[] | undefined {
    const sets = minimalLabelSets(policy.podSelector);
    return sets?.map((labels) => this.pod(policy.namespace, labels));
  }

  /** New pods (in the input's namespaces or new ones) the rule's peers would match. */
  peers(policy: NetworkPolicy, rule: PolicyRule): Endpoint[] | undefined {
    if (!rule.peers) {
      const everywhere: PolicyPeer = {
        kind: 'selector',
        namespaceSelector: { matchLabels: {}, matchExpressions: [] },
      };
      return this.peerPods(policy, everywhere);
    }
    const out: Endpoint[] = [];
    for (const peer of rule.peers) {
      const pods = this.peerPods(policy, peer);
      if (!pods) return undefined;
      out.push(...pods);
    }
    return out;
  }

  private peerPods(policy: NetworkPolicy, peer: PolicyPeer): Endpoint[] | undefined {
    if (peer.kind === 'ipBlock') return [];
    const namespaces = peer.namespaceSelector
      ? this.namespacesFor(peer.namespaceSelector)
      : [policy.namespace];
    const labelSets = peer.podSelector ? minimalLabelSets(peer.podSelector) : [{}];
    if (!namespaces || !labelSets) return undefined;
    return namespaces.flatMap((ns) => labelSets.map((labels) => this.pod(ns, labels)));
  }
}
