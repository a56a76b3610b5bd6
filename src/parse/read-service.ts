import type { Service, ServicePort, ServiceType } from '../model/types';
import type { Path } from './field-path';
import type { ReadContext } from './read-context';
import {
  getField,
  readBoolean,
  readEnum,
  readInteger,
  readMap,
  readMapList,
  readString,
  readStringList,
  requireInteger,
  requireMap,
  type JsonMap,
} from './read-fields';
import { readPortOrName, readProtocol, PORT_RANGE } from './read-port';
import { readStringMap } from './read-string-map';
import { readAnnotations, readLabels, type ObjectIdentity } from './read-metadata';
import { checkCidr, checkIp, readIp } from './read-ip';

const SPEC: Path = ['spec'];
const SERVICE_TYPES: readonly ServiceType[] = [
  'ClusterIP',
  'NodePort',
  'LoadBalancer',
  'ExternalName',
];
const TRAFFIC_POLICIES = ['Cluster', 'Local'] as const;
const DEFAULT_AFFINITY_TIMEOUT = 10800;

/** Reads a Service with Kubernetes' defaults applied (type ClusterIP, targetPort = port, TCP). */
export function readService(
  object: JsonMap,
  id: ObjectIdentity,
  ctx: ReadContext,
): Service | undefined {
  const spec = requireMap(ctx, object, 'spec', []);
  if (!spec) return undefined;
  const type = readEnum(ctx, spec, 'type', SPEC, SERVICE_TYPES) ?? 'ClusterIP';
  const selector = readStringMap(ctx, spec, 'selector', SPEC, true);
  const clusterIPText = readString(ctx, spec, 'clusterIP', SPEC);
  const headless = clusterIPText === 'None';
  const service: Service = {
    namespace: id.namespace ?? ctx.defaultNamespace,
    name: id.name,
    type,
    ports: readServicePorts(ctx, spec, type),
    headless,
    externalIPs: readIpList(ctx, spec, 'externalIPs'),
    loadBalancerSourceRanges: readSourceRanges(ctx, spec),
    sessionAffinity: readEnum(ctx, spec, 'sessionAffinity', SPEC, ['None', 'ClientIP']) ?? 'None',
    publishNotReadyAddresses: readBoolean(ctx, spec, 'publishNotReadyAddresses', SPEC) ?? false,
    annotations: readAnnotations(ctx, object),
    labels: readLabels(ctx, object),
    source: id.source,
  };
  // An empty selector selects nothing: such a Service gets no selector-managed endpoints.
  if (selector && Object.keys(selector).length > 0) service.selector = selector;
  // clusterIP "None" is recorded as `headless`; it is not an address.
  if (!headless && clusterIPText) {
    const ip = readIp(ctx, spec, 'clusterIP', SPEC);
    if (ip) service.clusterIP = ip;
  }
  const externalName = readString(ctx, spec, 'externalName', SPEC);
  if (externalName) service.externalName = externalName;
  else if (type === 'ExternalName')
    ctx.report('error', [...SPEC, 'externalName'], 'is required for type ExternalName');
  const loadBalancerIP = readIp(ctx, spec, 'loadBalancerIP', SPEC);
  if (loadBalancerIP) service.loadBalancerIP = loadBalancerIP;
  if (service.sessionAffinity === 'ClientIP') {
    service.sessionAffinityTimeoutSeconds = readAffinityTimeout(ctx, spec);
  }
  const external = readEnum(ctx, spec, 'externalTrafficPolicy', SPEC, TRAFFIC_POLICIES);
  if (external) service.externalTrafficPolicy = external;
  const internal = readEnum(ctx, spec, 'internalTrafficPolicy', SPEC, TRAFFIC_POLICIES);
  if (internal) service.internalTrafficPolicy = internal;
  return service;
}

function readServicePorts(ctx: ReadContext, spec: JsonMap, type: ServiceType): ServicePort[] {
  const items = readMapList(ctx, spec, 'ports', SPEC);
  const ports: ServicePort[] = [];
  items.forEach((item, i) => {
    const path = [...SPEC, 'ports', i];
    const port = requireInteger(ctx, item, 'port', path, PORT_RANGE);
    // targetPort 0 or "" is Kubernetes' "unset", defaulted to port like an absent one.
    const rawTarget = getField(item, 'targetPort');
    const unset = rawTarget === undefined || rawTarget === 0 || rawTarget === '';
    const targetPort = unset ? port : readPortOrName(ctx, item, 'targetPort', path);
    const name = readString(ctx, item, 'name', path);
    const protocol = readProtocol(ctx, item, path);
    const nodePort = readInteger(ctx, item, 'nodePort', path, PORT_RANGE);
    const appProtocol = readString(ctx, item, 'appProtocol', path);
    if (!name && items.length > 1) {
      ctx.report('error', [...path, 'name'], 'is required when a Service has more than one port');
    }
    if (nodePort !== undefined && (type === 'ClusterIP' || type === 'ExternalName')) {
      ctx.report('warning', [...path, 'nodePort'], `is ignored for type ${type}`);
    }
    if (port === undefined || targetPort === undefined) return;
    const out: ServicePort = { port, targetPort, protocol };
    if (name) out.name = name;
    if (nodePort !== undefined) out.nodePort = nodePort;
    if (appProtocol) out.appProtocol = appProtocol;
    ports.push(out);
  });
  return ports;
}

function readIpList(ctx: ReadContext, spec: JsonMap, key: string): string[] {
  const out: string[] = [];
  readStringList(ctx, spec, key, SPEC).forEach((text, i) => {
    const ip = checkIp(ctx, text, [...SPEC, key, i]);
    if (ip) out.push(ip);
  });
  return out;
}

function readSourceRanges(ctx: ReadContext, spec: JsonMap): string[] {
  const out: string[] = [];
  readStringList(ctx, spec, 'loadBalancerSourceRanges', SPEC).forEach((text, i) => {
    // Kubernetes trims spaces around each range.
    const range = text.trim();
    if (checkCidr(ctx, range, [...SPEC, 'loadBalancerSourceRanges', i])) out.push(range);
  });
  return out;
}

function readAffinityTimeout(ctx: ReadContext, spec: JsonMap): number {
  const path = [...SPEC, 'sessionAffinityConfig'];
  const config = readMap(ctx, spec, 'sessionAffinityConfig', SPEC);
  const clientIP = config && readMap(ctx, config, 'clientIP', path);
  const timeout =
    clientIP &&
    readInteger(ctx, clientIP, 'timeoutSeconds', [...path, 'clientIP'], { min: 1, max: 86400 });
  return timeout ?? DEFAULT_AFFINITY_TIMEOUT;
}
