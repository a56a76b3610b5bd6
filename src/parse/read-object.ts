import type { SourceRange } from '../model/diagnostic';
import {
  WORKLOAD_KINDS,
  type ManifestObjects,
  type SkippedObject,
  type WorkloadKind,
} from '../model/types';
import type { ObjectContext } from './read-context';
import { getField, isMap, readString, requireString, type JsonMap } from './read-fields';
import type { ObjectIdentity } from './read-metadata';
import { readEndpointSlice } from './read-endpoint-slice';
import { readEndpoints } from './read-endpoints';
import { readIngress } from './read-ingress';
import { readNamespace } from './read-namespace';
import { readNetworkPolicy } from './read-network-policy';
import { readPod } from './read-pod';
import { readService } from './read-service';
import { readWorkload } from './read-workload';

/** kind/apiVersion to assume when the object omits them (items of a typed List such as PodList). */
export interface KindDefaults {
  kind: string;
  apiVersion: string;
}

/**
 * API groups whose kinds reachmap reads ('' is the core group). Any version of the group is
 * read; a known kind from another group (a Knative `serving.knative.dev` Service) is skipped.
 */
const MODELLED: Readonly<Record<string, readonly string[]>> = {
  Namespace: [''],
  Pod: [''],
  Service: [''],
  Endpoints: [''],
  ReplicationController: [''],
  Deployment: ['apps', 'extensions'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  Job: ['batch'],
  CronJob: ['batch'],
  EndpointSlice: ['discovery.k8s.io'],
  NetworkPolicy: ['networking.k8s.io', 'extensions'],
  Ingress: ['networking.k8s.io', 'extensions'],
};

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

function isModelled(kind: string, apiVersion: string): boolean {
  return Object.hasOwn(MODELLED, kind) && (MODELLED[kind] ?? []).includes(groupOf(apiVersion));
}

function isWorkloadKind(kind: string): kind is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

/**
 * Reads one Kubernetes object into `out`. Problems go to `ctx`; an object with any error is left
 * out, and kinds reachmap does not model become SkippedObjects with an info.
 */
export function readObject(
  object: JsonMap,
  source: SourceRange,
  ctx: ObjectContext,
  out: ManifestObjects,
  defaults?: KindDefaults,
): void {
  const kind = readHeaderField(object, 'kind', defaults?.kind, ctx);
  if (kind === undefined) return;
  ctx.setSubject(kind);
  const apiVersion = readHeaderField(object, 'apiVersion', defaults?.apiVersion, ctx);
  const metadata = getField(object, 'metadata') ?? {};
  if (!isMap(metadata)) {
    ctx.report('error', ['metadata'], 'must be a map');
    return;
  }
  if (apiVersion === undefined) return;
  if (!isModelled(kind, apiVersion)) {
    skip(object, metadata, { kind, apiVersion, source }, ctx, out);
    return;
  }
  const errorsBefore = ctx.errorCount;
  const name = requireString(ctx, metadata, 'name', ['metadata']);
  const clusterScoped = kind === 'Namespace';
  const namespace = clusterScoped
    ? undefined
    : readString(ctx, metadata, 'namespace', ['metadata']) || ctx.defaultNamespace;
  if (name === undefined || ctx.errorCount > errorsBefore) return;
  ctx.setSubject(`${kind} ${namespace === undefined ? name : `${namespace}/${name}`}`);
  const id: ObjectIdentity = { apiVersion, kind, name, namespace, source };
  const keep = <T>(value: T | undefined, list: T[]): void => {
    if (value !== undefined && ctx.errorCount === errorsBefore) list.push(value);
  };
  if (isWorkloadKind(kind)) return keep(readWorkload(kind, object, id, ctx), out.workloads);
  switch (kind) {
    case 'Namespace':
      return keep(readNamespace(object, id, ctx), out.namespaces);
    case 'Pod':
      return keep(readPod(object, id, ctx), out.pods);
    case 'Service':
      return keep(readService(object, id, ctx), out.services);
    case 'Endpoints':
      return keep(readEndpoints(object, id, ctx), out.serviceEndpoints);
    case 'EndpointSlice':
      return keep(readEndpointSlice(object, id, ctx), out.serviceEndpoints);
    case 'NetworkPolicy':
      return keep(readNetworkPolicy(object, id, ctx), out.policies);
    case 'Ingress':
      return keep(readIngress(object, id, ctx), out.ingresses);
  }
}

/** kind and apiVersion: required non-empty strings, unless the enclosing List supplies them. */
function readHeaderField(
  object: JsonMap,
  key: 'kind' | 'apiVersion',
  fallback: string | undefined,
  ctx: ObjectContext,
): string | undefined {
  const value = getField(object, key);
  if (value === undefined && fallback !== undefined) return fallback;
  return requireString(ctx, object, key, []);
}

function skip(
  object: JsonMap,
  metadata: JsonMap,
  header: { kind: string; apiVersion: string; source: SourceRange },
  ctx: ObjectContext,
  out: ManifestObjects,
): void {
  const { kind, apiVersion, source } = header;
  const name = getField(metadata, 'name');
  const namespace = getField(metadata, 'namespace');
  const skipped: SkippedObject = { apiVersion, kind, source };
  if (typeof namespace === 'string' && namespace !== '') skipped.namespace = namespace;
  if (typeof name === 'string' && name !== '') {
    skipped.name = name;
    ctx.setSubject(`${kind} ${skipped.namespace ? `${skipped.namespace}/${name}` : name}`);
  }
  const which = Object.hasOwn(MODELLED, kind) ? `${kind} (${apiVersion})` : kind;
  ctx.report('info', [], `kind ${which} is not modelled; skipped`);
  out.skipped.push(skipped);
}
