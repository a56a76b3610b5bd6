import type { Pod } from '../model/types';
import type { Path } from './field-path';
import type { ReadContext } from './read-context';
import { readMap, readMapList, readString, type JsonMap } from './read-fields';
import { readLabels, readOwnerReferences, type ObjectIdentity } from './read-metadata';
import { readPodSpec } from './read-pod-spec';
import { readIp } from './read-ip';

const SPEC: Path = ['spec'];
const STATUS: Path = ['status'];

/** Reads a Pod: labels, container ports, IPs from status, owners and DNS names. */
export function readPod(object: JsonMap, id: ObjectIdentity, ctx: ReadContext): Pod {
  const spec = readMap(ctx, object, 'spec', []);
  const status = readMap(ctx, object, 'status', []) ?? {};
  const { ports, hostNetwork } = readPodSpec(ctx, spec, SPEC);
  const ip = readIp(ctx, status, 'podIP', STATUS);
  const ips = ip === undefined ? [] : [ip];
  readMapList(ctx, status, 'podIPs', STATUS).forEach((entry, i) => {
    const other = readIp(ctx, entry, 'ip', [...STATUS, 'podIPs', i]);
    if (other !== undefined && !ips.includes(other)) ips.push(other);
  });
  const pod: Pod = {
    kind: 'Pod',
    namespace: id.namespace ?? ctx.defaultNamespace,
    name: id.name,
    labels: readLabels(ctx, object),
    ports,
    hostNetwork,
    ownerReferences: readOwnerReferences(ctx, object),
    source: id.source,
    ips,
  };
  if (ip !== undefined) pod.ip = ip;
  const phase = readString(ctx, status, 'phase', STATUS);
  if (phase !== undefined) pod.phase = phase;
  if (spec) {
    const hostname = readString(ctx, spec, 'hostname', SPEC);
    const subdomain = readString(ctx, spec, 'subdomain', SPEC);
    if (hostname !== undefined) pod.hostname = hostname;
    if (subdomain !== undefined) pod.subdomain = subdomain;
  }
  return pod;
}
