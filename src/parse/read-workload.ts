import type { Workload, WorkloadKind } from '../model/types';
import type { Path } from './field-path';
import type { ReadContext } from './read-context';
import { readInteger, readMap, readString, requireMap, type JsonMap } from './read-fields';
import { readStringMap } from './read-string-map';
import { readOwnerReferences, type ObjectIdentity } from './read-metadata';
import { readPodSpec } from './read-pod-spec';

/** Kinds whose spec.replicas Kubernetes defaults to 1; the others have no replica count. */
const DEFAULTS_TO_ONE_REPLICA: readonly WorkloadKind[] = [
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
  'ReplicationController',
];

/** Where the pod template sits: CronJobs wrap it in a Job template. */
function templatePath(kind: WorkloadKind): Path {
  return kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template'] : ['spec', 'template'];
}

/** Follows `path` through required maps, reporting the first one missing. */
function requirePath(ctx: ReadContext, object: JsonMap, path: Path): JsonMap | undefined {
  let map: JsonMap | undefined = object;
  for (let i = 0; i < path.length && map; i++) {
    map = requireMap(ctx, map, String(path[i]), path.slice(0, i));
  }
  return map;
}

/**
 * Reads a workload's pod template (labels, container ports, hostNetwork), its replica count and
 * its own owner references.
 */
export function readWorkload(
  kind: WorkloadKind,
  object: JsonMap,
  id: ObjectIdentity,
  ctx: ReadContext,
): Workload | undefined {
  const path = templatePath(kind);
  const template = requirePath(ctx, object, path);
  const spec = readMap(ctx, object, 'spec', []);
  if (!template || !spec) return undefined;
  const templateMeta = readMap(ctx, template, 'metadata', path) ?? {};
  const labels = readStringMap(ctx, templateMeta, 'labels', [...path, 'metadata'], true) ?? {};
  const podSpec = readMap(ctx, template, 'spec', path);
  const { ports, hostNetwork } = readPodSpec(ctx, podSpec, [...path, 'spec']);
  const workload: Workload = {
    kind,
    namespace: id.namespace ?? ctx.defaultNamespace,
    name: id.name,
    labels,
    ports,
    hostNetwork,
    ownerReferences: readOwnerReferences(ctx, object),
    source: id.source,
  };
  if (DEFAULTS_TO_ONE_REPLICA.includes(kind)) {
    workload.replicas =
      readInteger(ctx, spec, 'replicas', ['spec'], { min: 0, max: 2 ** 31 - 1 }) ?? 1;
  }
  if (kind === 'StatefulSet') {
    const serviceName = readString(ctx, spec, 'serviceName', ['spec']);
    if (serviceName) workload.serviceName = serviceName;
  }
  return workload;
}
