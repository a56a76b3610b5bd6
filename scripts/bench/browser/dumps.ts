/**
 * The clusters the browser benchmark opens, written once into .bench/ as files a user would pick
 * and reused while this file and scripts/bench/generate.ts are unchanged.
 *
 * They are scripts/bench/generate.ts clusters printed by its `kubectlList`, with two changes that
 * make them look like `kubectl get -A -o yaml` of today: the ReplicaSets between Deployments and
 * their Pods are added (the generator only names them in the Pods' ownerReferences), and
 * `managedFields` are dropped, as kubectl has done by default since 1.21 (`--show-managed-fields`
 * brings them back; the `managed` variant keeps them, for a heavier file).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import {
  generateCluster,
  kubectlList,
  type ClusterShape,
  type GeneratedCluster,
} from '../generate';

export interface DumpInfo {
  /** Absolute paths, in the order they are given to the page. */
  files: string[];
  bytes: number;
  pods: number;
  workloads: number;
  services: number;
  policies: number;
  /** Namespaces with their workload and Service counts. */
  namespaces: { name: string; workloads: number; services: number }[];
  /** For the edit scenario: the policies file's line to change (1-based) and its text. */
  editLine?: { line: number; text: string };
}

type Item = { kind: string; metadata: Record<string, unknown>; [k: string]: unknown };
type List = ReturnType<typeof kubectlList>;

const YAML_OPTIONS = { noRefs: true, lineWidth: -1, noArrayIndent: true };
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** What each scenario opens. */
export const DUMPS = {
  /** The 2,000-pod dump of the load target. */
  'pods-2000': { shape: { pods: 2000, policies: 100, labelSets: 250 }, managed: false },
  /** The same with managedFields: what `--show-managed-fields` (or kubectl < 1.21) prints. */
  'pods-2000-managed': { shape: { pods: 2000, policies: 100, labelSets: 250 }, managed: true },
  /**
   * 13 application namespaces of 150 workloads (and 75 Services) each, one pod per workload: one
   * namespace to expand, and ~3,000 nodes with every namespace open.
   */
  wide: { shape: { pods: 1600, policies: 80, labelSets: 1950 }, managed: false },
  /** ~1,000 endpoints, split as a dump without policies plus a policies file to edit. */
  'edit-1000': { shape: { pods: 1000, policies: 50, labelSets: 125 }, managed: false },
} satisfies Record<string, { shape: ClusterShape; managed: boolean }>;

export type DumpName = keyof typeof DUMPS;

/** Writes the dump (unless a current one is there) and says what is in it. */
export function ensureDump(name: DumpName): DumpInfo {
  const dir = `${root}.bench`;
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha1');
  for (const f of ['../generate.ts', './dumps.ts'])
    hash.update(readFileSync(fileURLToPath(new URL(f, import.meta.url))));
  const base = `${dir}/browser-${name}-${hash.digest('hex').slice(0, 8)}`;
  if (existsSync(`${base}.meta.json`))
    return JSON.parse(readFileSync(`${base}.meta.json`, 'utf8')) as DumpInfo;

  const { shape, managed } = DUMPS[name];
  const g = generateCluster(shape);
  const list = kubectlDump(g, managed);
  const info: Omit<DumpInfo, 'files' | 'bytes'> = {
    pods: g.objects.pods.length,
    workloads: g.objects.workloads.length,
    services: g.objects.services.length,
    policies: g.objects.policies.length,
    namespaces: g.objects.namespaces.map((ns) => ({
      name: ns.name,
      workloads: g.objects.workloads.filter((w) => w.namespace === ns.name).length,
      services: g.objects.services.filter((s) => s.namespace === ns.name).length,
    })),
  };
  let meta: DumpInfo;
  if (name === 'edit-1000') {
    const items = list.items as Item[];
    const policies = items.filter((i) => i.kind === 'NetworkPolicy');
    const { text, editLine } = policiesFile(policies, g.editablePolicy);
    const cluster = dump(
      { ...list, items: items.filter((i) => i.kind !== 'NetworkPolicy') },
      YAML_OPTIONS,
    );
    writeFileSync(`${base}-cluster.yaml`, cluster);
    writeFileSync(`${base}-policies.yaml`, text);
    meta = {
      ...info,
      files: [`${base}-cluster.yaml`, `${base}-policies.yaml`],
      bytes: Buffer.byteLength(cluster) + Buffer.byteLength(text),
      editLine,
    };
  } else {
    const text = dump(list, YAML_OPTIONS);
    writeFileSync(`${base}.yaml`, text);
    meta = { ...info, files: [`${base}.yaml`], bytes: Buffer.byteLength(text) };
  }
  writeFileSync(`${base}.meta.json`, JSON.stringify(meta));
  return meta;
}

/** `kubectlList` with the ReplicaSets added and, unless `managed`, managedFields removed. */
function kubectlDump(g: GeneratedCluster, managed: boolean): List {
  const list = kubectlList(g);
  const items = list.items as Item[];
  const deploymentUid = new Map<string, string>();
  for (const item of items) {
    if (!managed) delete item.metadata['managedFields'];
    if (item.kind === 'Deployment')
      deploymentUid.set(
        `${String(item.metadata['namespace'])}/${String(item.metadata['name'])}`,
        String(item.metadata['uid']),
      );
  }
  const replicaSets = new Map<string, Item>();
  for (const pod of g.objects.pods) {
    const owner = pod.ownerReferences[0];
    const hash = pod.labels['pod-template-hash'];
    if (owner?.kind !== 'ReplicaSet' || hash === undefined) continue;
    const key = `${pod.namespace}/${owner.name}`;
    const existing = replicaSets.get(key);
    if (existing) {
      const spec = existing['spec'] as { replicas: number };
      spec.replicas++;
      continue;
    }
    const deployment = owner.name.slice(0, -(hash.length + 1));
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(pod.labels)) if (k !== 'pod-template-hash') labels[k] = v;
    const rsLabels = { ...labels, 'pod-template-hash': hash };
    replicaSets.set(key, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        creationTimestamp: '2026-11-20T09:14:07Z',
        generation: 1,
        labels: rsLabels,
        name: owner.name,
        namespace: pod.namespace,
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            blockOwnerDeletion: true,
            controller: true,
            kind: 'Deployment',
            name: deployment,
            uid: deploymentUid.get(`${pod.namespace}/${deployment}`) ?? '',
          },
        ],
        resourceVersion: String(200000 + replicaSets.size),
        uid: owner.uid ?? '',
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: rsLabels },
        template: {
          metadata: { labels: rsLabels },
          spec: {
            containers: [
              {
                image: `registry.example.com/${pod.namespace}/${deployment}:1.0.0`,
                name: deployment.split('-')[0]!,
                ports: pod.ports.map((p) => ({
                  containerPort: p.port,
                  ...(p.name ? { name: p.name } : {}),
                  protocol: p.protocol,
                })),
              },
            ],
          },
        },
      },
      status: { observedGeneration: 1 },
    });
  }
  for (const rs of replicaSets.values()) {
    const spec = rs['spec'] as { replicas: number };
    rs['status'] = {
      availableReplicas: spec.replicas,
      fullyLabeledReplicas: spec.replicas,
      observedGeneration: 1,
      readyReplicas: spec.replicas,
      replicas: spec.replicas,
    };
  }
  // kubectl lists kinds together: ReplicaSets after the Deployments.
  let at = items.length;
  while (at > 0 && !['Deployment', 'StatefulSet', 'DaemonSet'].includes(items[at - 1]!.kind)) at--;
  items.splice(at, 0, ...replicaSets.values());
  return list;
}

/**
 * The NetworkPolicies as a multi-document file, the one to edit first (so its lines are on screen
 * when the editor opens it): the generator's editable policy when it has a numeric port, else the
 * first that has one.
 */
function policiesFile(
  policies: Item[],
  editable: number,
): { text: string; editLine: { line: number; text: string } } {
  const portLine = (text: string) =>
    text.split('\n').findIndex((l) => /^\s*(- )?port: \d+$/.test(l));
  const texts = policies.map((p) => dump(p, YAML_OPTIONS));
  let first =
    portLine(texts[editable] ?? '') >= 0 ? editable : texts.findIndex((t) => portLine(t) >= 0);
  if (first < 0) first = 0;
  const ordered = [texts[first]!, ...texts.filter((_, i) => i !== first)];
  const text = ordered.map((t) => `---\n${t}`).join('');
  // Line 1 is the first `---`.
  const index = portLine(ordered[0]!);
  return { text, editLine: { line: index + 2, text: ordered[0]!.split('\n')[index]! } };
}
