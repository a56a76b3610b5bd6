import { WORKLOAD_KINDS, type Pod, type Workload } from '../model/types';

/** The workload a Pod is drawn under. It may be absent from the input (see `podOwners`). */
export interface OwnerRef {
  namespace: string;
  kind: string;
  name: string;
}

const WORKLOAD_KIND_SET: ReadonlySet<string> = new Set(WORKLOAD_KINDS);

/** Node id of a workload: `wl:<ns>/<Kind>/<name>`, the endpoint id of its template with a prefix. */
export function workloadNodeId(o: OwnerRef): string {
  return `wl:${o.namespace}/${o.kind}/${o.name}`;
}

/**
 * The workload node each Pod of a dump belongs to, by endpoint id (`ns/name`); bare Pods (no
 * workload among their ownerReferences) are left out. Pods of one workload share one OwnerRef.
 *
 * An owner in the input is followed to its root, as buildCluster folds workloads (Pod → ReplicaSet
 * → Deployment, Pod → Job → CronJob). An owner missing from the input is guessed for display only
 * — the evaluator never relies on it: a ReplicaSet `<deployment>-<pod-template-hash>` stands for
 * its Deployment, a Job `<cronjob>-<digits>` for its CronJob when that CronJob is in the input, and
 * any other workload kind is drawn under its own name. So a `kubectl get pods -A` dump without its
 * controllers still shows one node per workload rather than one per pod.
 */
export function podOwners(
  pods: readonly Pod[],
  workloads: readonly Workload[],
): Map<string, OwnerRef> {
  const byKey = new Map(workloads.map((w) => [key(w.namespace, w.kind, w.name), w]));
  // One OwnerRef object per workload, so callers can key maps by it; roots cached per workload.
  const interned = new Map<string, OwnerRef>();
  const intern = (namespace: string, kind: string, name: string): OwnerRef => {
    const k = key(namespace, kind, name);
    let o = interned.get(k);
    if (!o) interned.set(k, (o = { namespace, kind, name }));
    return o;
  };
  const roots = new Map<Workload, OwnerRef>();
  const rootOf = (w: Workload): OwnerRef => {
    let root = roots.get(w);
    if (root) return root;
    const seen = new Set<Workload>([w]);
    let current = w;
    for (;;) {
      const owner = inputOwner(current.namespace, current.ownerReferences, byKey);
      if (!owner || seen.has(owner)) break;
      seen.add(owner);
      current = owner;
    }
    root = intern(current.namespace, current.kind, current.name);
    roots.set(w, root);
    return root;
  };

  const owners = new Map<string, OwnerRef>();
  for (const pod of pods) {
    const ns = pod.namespace;
    // The owner in the input exactly as buildCluster finds it, so the two never disagree.
    const inInput = inputOwner(ns, pod.ownerReferences, byKey);
    const owner = inInput ? rootOf(inInput) : guessOwner(pod, byKey, rootOf, intern);
    if (owner) owners.set(`${ns}/${pod.name}`, owner);
  }
  return owners;
}

/** The owner of a Pod whose owners are not in the input, for display only. */
function guessOwner(
  pod: Pod,
  byKey: ReadonlyMap<string, Workload>,
  rootOf: (w: Workload) => OwnerRef,
  intern: (namespace: string, kind: string, name: string) => OwnerRef,
): OwnerRef | undefined {
  const ns = pod.namespace;
  const ref = controllerFirst(pod.ownerReferences).find((r) => WORKLOAD_KIND_SET.has(r.kind));
  if (!ref) return undefined;
  if (ref.kind === 'ReplicaSet') {
    const deployment = deploymentName(ref.name, pod.labels['pod-template-hash'], (name) =>
      byKey.has(key(ns, 'Deployment', name)),
    );
    if (deployment === undefined) return intern(ns, ref.kind, ref.name);
    const found = byKey.get(key(ns, 'Deployment', deployment));
    return found ? rootOf(found) : intern(ns, 'Deployment', deployment);
  }
  if (ref.kind === 'Job') {
    const cron = /^(.+)-\d+$/.exec(ref.name)?.[1];
    const found = cron === undefined ? undefined : byKey.get(key(ns, 'CronJob', cron));
    return found ? rootOf(found) : intern(ns, ref.kind, ref.name);
  }
  return intern(ns, ref.kind, ref.name);
}

/**
 * `<deployment>-<hash>`: certain when the Pod's pod-template-hash label is the suffix; otherwise
 * only when a Deployment of that name exists (a hash-like last segment alone proves little).
 */
function deploymentName(
  replicaSet: string,
  hash: string | undefined,
  exists: (name: string) => boolean,
): string | undefined {
  if (hash && replicaSet.endsWith(`-${hash}`) && replicaSet.length > hash.length + 1) {
    return replicaSet.slice(0, -hash.length - 1);
  }
  const guess = /^(.+)-[a-z0-9]{5,10}$/.exec(replicaSet)?.[1];
  return guess !== undefined && exists(guess) ? guess : undefined;
}

function inputOwner(
  namespace: string,
  refs: Workload['ownerReferences'],
  byKey: ReadonlyMap<string, Workload>,
): Workload | undefined {
  for (const ref of refs) {
    const w = byKey.get(key(namespace, ref.kind, ref.name));
    if (w) return w;
  }
  return undefined;
}

function controllerFirst<T extends { controller?: boolean }>(refs: readonly T[]): readonly T[] {
  return refs.some((r) => r.controller)
    ? [...refs.filter((r) => r.controller), ...refs.filter((r) => !r.controller)]
    : refs;
}

function key(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}
