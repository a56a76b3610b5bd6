import {
  NAMESPACE_NAME_LABEL,
  type Endpoint,
  type LabelSelector,
  type Namespace,
  type NetworkPolicy,
  type PolicyPeer,
  type PolicyRule,
} from '../model/types';
import { ipBlockKey } from '../evaluate/classes';
import { isEmpty } from '../evaluate/bitset';
import { addressesInBlock, compileBlock, endpointIPs } from '../evaluate/rules';
import { formatSelector, matchesSelector } from '../evaluate/selector';
import { describePeer } from '../evaluate/describe-rule';
import {
  countEndpoints,
  effectiveRules,
  endpointObject,
  listSome,
  makeFinding,
  plural,
  policyObject,
  ruleLabel,
  ruleSource,
  type FindingContext,
} from './context';
import type { Finding, FindingRule } from './types';

export const SELECTOR_RULES = {
  policySelectsNothing: {
    id: 'policy-selects-nothing',
    severity: 'warning',
    summary: "A NetworkPolicy's podSelector matches no pod or workload in its namespace.",
  },
  peerSelectsNothing: {
    id: 'peer-selects-nothing',
    severity: 'warning',
    summary: "A peer's podSelector matches no pod in the namespaces it looks at.",
  },
  namespaceSelectorMatchesNothing: {
    id: 'namespace-selector-matches-nothing',
    severity: 'warning',
    summary:
      'A namespaceSelector matches no namespace (often `name: x` for kubernetes.io/metadata.name).',
  },
  policySelectsHostNetwork: {
    id: 'policy-selects-host-network',
    severity: 'warning',
    summary: 'A NetworkPolicy selects hostNetwork pods, which most CNIs cannot isolate.',
  },
  ipBlockCoversPodIPs: {
    id: 'ipblock-covers-pod-ips',
    severity: 'info',
    summary: 'An ipBlock covers pod IPs; whether it matches pod traffic depends on the CNI.',
  },
} as const satisfies Record<string, FindingRule>;

/** Namespaces created by Kubernetes itself: a selector naming them is about them whether or not the input declares them. */
const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export function selectorFindings(fc: FindingContext): Finding[] {
  const out: Finding[] = [];
  const podsInBlock = podsInBlocks(fc);
  const namespaces = knownNamespaces(fc);
  const labels = new LabelIndex(fc);
  const hostNetwork = hostNetworkPods(fc);
  fc.analysis.cluster.policies.forEach((policy, policyIndex) => {
    out.push(...policySelection(fc, policy, labels, hostNetwork, policyIndex));
    for (const { direction, index, rule } of effectiveRules(policy)) {
      (rule.peers ?? []).forEach((peer, p) => {
        const where = `${policy.namespace}/${policy.name} ${ruleLabel(direction, index)}, peer ${p + 1}`;
        const finding =
          peer.kind === 'ipBlock'
            ? ipBlockOverPods(podsInBlock(peer), policy, rule, peer, where)
            : peerSelection(fc, labels, namespaces, policy, rule, peer, where);
        if (finding) out.push(finding);
      });
    }
  });
  return out;
}

function hostNetworkPods(fc: FindingContext): (ns: string) => readonly Endpoint[] {
  const byNamespace = new Map<string, Endpoint[]>();
  for (const [ns, list] of fc.endpointsByNamespace) {
    const host = list.filter((e) => e.hostNetwork);
    if (host.length > 0) byNamespace.set(ns, host);
  }
  return (ns) => byNamespace.get(ns) ?? [];
}

/**
 * The pods and workloads selectors can match in a namespace, one per endpoint class: classes
 * tell apart every label value some selector of the policies looks at, so a selector of those
 * policies matches a class's representative exactly when it matches each of its members.
 */
function selectableReps(fc: FindingContext, ns: string): Endpoint[] {
  const reps = fc.classes.representatives;
  return (fc.classesByNamespace.get(ns) ?? []).map((c) => reps[c]!);
}

function policySelection(
  fc: FindingContext,
  policy: NetworkPolicy,
  labels: LabelIndex,
  hostNetwork: (ns: string) => readonly Endpoint[],
  policyIndex: number,
): Finding[] {
  const all = fc.endpointsByNamespace.get(policy.namespace) ?? [];
  // A policy-only input says nothing about the pods; there is nothing to check against.
  if (all.length === 0) return [];
  const id = `${policy.namespace}/${policy.name}`;
  const selectsPods = !isEmpty(fc.compiled[policyIndex]!.selected);
  // Pods policies cannot select (hostNetwork) but whose labels match: reported as such below.
  const host = fc.ctx.hostNetworkPodsSelectable
    ? []
    : hostNetwork(policy.namespace).filter((e) => matchesSelector(policy.podSelector, e.labels));
  if (!selectsPods && host.length === 0) {
    const hint = labels.suggestion(policy.podSelector, [policy.namespace]);
    return [
      makeFinding(
        SELECTOR_RULES.policySelectsNothing,
        `NetworkPolicy ${id} selects ${formatSelector(policy.podSelector)}, which matches none of the ${countEndpoints(all)} in namespace ${policy.namespace}${hint}, so it has no effect.`,
        [policyObject(policy)],
        policy.source,
      ),
    ];
  }
  if (host.length === 0) return [];
  const effect = selectsPods
    ? 'so they stay unisolated while the other pods it selects are isolated'
    : 'so the policy has no effect';
  return [
    makeFinding(
      SELECTOR_RULES.policySelectsHostNetwork,
      `NetworkPolicy ${id} selects hostNetwork ${listSome(host.map((e) => e.id))}, which most CNIs cannot tell from their node and do not isolate, ${effect}.`,
      [policyObject(policy), ...host.map(endpointObject)],
      policy.source,
    ),
  ];
}

/**
 * The namespaces a namespaceSelector can match: the input's, and the ones every cluster has
 * (only labelled with their name) when the input does not declare them.
 */
function knownNamespaces(fc: FindingContext): Namespace[] {
  const namespaces = fc.analysis.cluster.namespaces;
  const system = SYSTEM_NAMESPACES.filter((n) => !namespaces.has(n)).map((name): Namespace => ({
    name,
    labels: { [NAMESPACE_NAME_LABEL]: name },
    declared: false,
  }));
  return [...namespaces.values(), ...system];
}

function peerSelection(
  fc: FindingContext,
  labels: LabelIndex,
  namespaces: readonly Namespace[],
  policy: NetworkPolicy,
  rule: PolicyRule,
  peer: Extract<PolicyPeer, { kind: 'selector' }>,
  where: string,
): Finding | undefined {
  let scope: string[];
  if (peer.namespaceSelector) {
    const selector = peer.namespaceSelector;
    scope = namespaces.filter((n) => matchesSelector(selector, n.labels)).map((n) => n.name);
    if (scope.length === 0) return namespaceSelectsNothing(fc, policy, rule, selector, where);
  } else {
    scope = [policy.namespace];
  }
  const podSelector = peer.podSelector;
  if (!podSelector) return undefined;
  // Namespaces whose pods the input does not list say nothing about their labels.
  if (labels.matches(podSelector, scope) !== 'nothing') return undefined;
  const namespacesText =
    scope.length === 1 ? `namespace ${scope[0]}` : `namespaces ${listSome(scope)}`;
  return makeFinding(
    SELECTOR_RULES.peerSelectsNothing,
    `${where}: podSelector ${formatSelector(podSelector)} matches no pod in ${namespacesText}${labels.suggestion(podSelector, scope)}, so this peer admits nothing.`,
    [policyObject(policy)],
    ruleSource(policy, rule),
  );
}

function namespaceSelectsNothing(
  fc: FindingContext,
  policy: NetworkPolicy,
  rule: PolicyRule,
  selector: LabelSelector,
  where: string,
): Finding | undefined {
  const namespaces = fc.analysis.cluster.namespaces;
  // The trap: `name: kube-system` where only kubernetes.io/metadata.name carries the name.
  const isName = (v: string) => namespaces.has(v) || SYSTEM_NAMESPACES.includes(v);
  const named =
    Object.entries(selector.matchLabels).find(
      ([k, v]) => k !== NAMESPACE_NAME_LABEL && isName(v),
    ) ??
    selector.matchExpressions
      .filter((r) => r.operator === 'In' && r.key !== NAMESPACE_NAME_LABEL)
      .flatMap((r) => r.values.filter(isName).map((v) => [r.key, v] as const))[0];
  const base = `${where}: namespaceSelector ${formatSelector(selector)} matches no namespace in the input`;
  let message: string;
  if (named) {
    const [key, value] = named;
    const ns = namespaces.get(value);
    const known = ns?.declared
      ? `namespace ${value} has no label ${key}=${value}`
      : `namespace ${value} is not declared in the input, and Kubernetes labels a namespace only with ${NAMESPACE_NAME_LABEL}`;
    message = `${base}; ${known}, so to select it by name use ${NAMESPACE_NAME_LABEL}: ${value}.`;
  } else if (fc.namespacesDeclared) {
    message = `${base}${suggest(selector, namespaceLabels(namespaces.values()))}, so this peer admits nothing unless such a namespace is created elsewhere.`;
  } else {
    // No Namespace objects: the input says nothing about namespace labels.
    return undefined;
  }
  return makeFinding(
    SELECTOR_RULES.namespaceSelectorMatchesNothing,
    message,
    [policyObject(policy)],
    ruleSource(policy, rule),
  );
}

/**
 * The Pods (not hostNetwork: those have their node's address, which ipBlocks are the right tool
 * for) whose IP the input gives and an ipBlock contains; computed once per distinct ipBlock, as a
 * dump repeats the same few blocks across many policies.
 */
function podsInBlocks(
  fc: FindingContext,
): (peer: Extract<PolicyPeer, { kind: 'ipBlock' }>) => Endpoint[] {
  const withIPs = fc.analysis.cluster.endpoints.filter(
    (e) => e.kind === 'Pod' && !e.hostNetwork && e.ips.length > 0,
  );
  const cache = new Map<string, Endpoint[]>();
  return (peer) => {
    const key = ipBlockKey(peer.ipBlock);
    let pods = cache.get(key);
    if (!pods) {
      const block = compileBlock(peer.ipBlock);
      pods = withIPs.filter((e) => addressesInBlock(endpointIPs(e), block));
      cache.set(key, pods);
    }
    return pods;
  };
}

function ipBlockOverPods(
  pods: readonly Endpoint[],
  policy: NetworkPolicy,
  rule: PolicyRule,
  peer: Extract<PolicyPeer, { kind: 'ipBlock' }>,
  where: string,
): Finding | undefined {
  if (pods.length === 0) return undefined;
  return makeFinding(
    SELECTOR_RULES.ipBlockCoversPodIPs,
    `${where}: ipBlock ${describePeer(peer)} covers the IPs of ${plural(pods.length, 'pod')} (${listSome(pods.map((e) => e.id))}); some CNIs match ipBlocks against pod traffic and others only against traffic leaving the cluster, so select pods with podSelector/namespaceSelector instead.`,
    [policyObject(policy), ...pods.map(endpointObject)],
    ruleSource(policy, rule),
  );
}

/**
 * The labels the pods of each namespace carry, as `key=value` texts grouped by key and by value,
 * built from the selectable endpoint classes (selectors cannot match anything else). Selector
 * suggestions look up only the labels sharing a key or a value with the one that matched nothing.
 */
class LabelIndex {
  private readonly byNamespace = new Map<string, Labelled>();
  private readonly answers = new Map<string, 'no-pods' | 'some' | 'nothing'>();
  private readonly suggestions = new Map<string, string>();

  constructor(private readonly fc: FindingContext) {}

  /**
   * Whether the selector matches some selectable pod of the namespaces, none, or they have no
   * pods in the input at all. Remembered: a dump repeats the same peers across many policies.
   */
  matches(selector: LabelSelector, namespaces: readonly string[]): 'no-pods' | 'some' | 'nothing' {
    const key = `${namespaces.join(',')}\u0000${JSON.stringify(selector)}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      const reps = namespaces.flatMap((ns) => selectableReps(this.fc, ns));
      answer =
        reps.length === 0
          ? 'no-pods'
          : reps.some((e) => matchesSelector(selector, e.labels))
            ? 'some'
            : 'nothing';
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** ` (did you mean app=web?)`, or '' — see `suggest`. */
  suggestion(selector: LabelSelector, namespaces: readonly string[]): string {
    const key = `${namespaces.join(',')}\u0000${JSON.stringify(selector)}`;
    let text = this.suggestions.get(key);
    if (text === undefined) {
      text = suggest(
        selector,
        namespaces.map((ns) => this.of(ns)),
      );
      this.suggestions.set(key, text);
    }
    return text;
  }

  private of(ns: string): Labelled {
    let index = this.byNamespace.get(ns);
    if (!index) {
      const reps = this.fc.classes.representatives;
      index = labelled((this.fc.classesByNamespace.get(ns) ?? []).map((c) => reps[c]!.labels));
      this.byNamespace.set(ns, index);
    }
    return index;
  }
}

interface Labelled {
  byKey: Map<string, Set<string>>;
  byValue: Map<string, Set<string>>;
}

function labelled(sets: Iterable<Readonly<Record<string, string>>>): Labelled {
  const byKey = new Map<string, Set<string>>();
  const byValue = new Map<string, Set<string>>();
  for (const labels of sets) {
    for (const [k, v] of Object.entries(labels)) {
      let values = byKey.get(k);
      if (!values) byKey.set(k, (values = new Set()));
      values.add(v);
      let keys = byValue.get(v);
      if (!keys) byValue.set(v, (keys = new Set()));
      keys.add(k);
    }
  }
  return { byKey, byValue };
}

function namespaceLabels(namespaces: Iterable<Namespace>): Labelled[] {
  return [labelled([...namespaces].map((n) => n.labels))];
}

/**
 * ` (did you mean app=frontend?)` when one matchLabels pair is one or two edits away from exactly
 * one label carried with the same key or the same value: label typos are the usual reason a
 * selector matches nothing.
 */
function suggest(selector: LabelSelector, indexes: readonly Labelled[]): string {
  for (const [k, v] of Object.entries(selector.matchLabels)) {
    if (indexes.some((i) => i.byKey.get(k)?.has(v))) continue;
    const wanted = `${k}=${v}`;
    const near = new Set<string>();
    for (const i of indexes) {
      for (const value of i.byKey.get(k) ?? []) near.add(`${k}=${value}`);
      for (const key of i.byValue.get(v) ?? []) near.add(`${key}=${v}`);
    }
    let best: string | undefined;
    let bestDistance = Infinity;
    let tie = false;
    for (const label of near) {
      const d = editDistance(wanted, label, 2);
      if (d < bestDistance) {
        best = label;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance) tie = true;
    }
    if (best && bestDistance <= 2 && !tie) return ` (did you mean ${best}?)`;
  }
  return '';
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
