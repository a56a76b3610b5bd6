import type { EndpointAddress, Protocol, ServiceEndpoints } from '../model/types';
import type { Path } from './field-path';
import type { ReadContext } from './read-context';
import {
  readInteger,
  readMap,
  readMapList,
  readString,
  requireInteger,
  requireString,
  type JsonMap,
} from './read-fields';
import { readProtocol, PORT_RANGE } from './read-port';
import { checkIp } from './read-ip';
import type { ObjectIdentity } from './read-metadata';

export type EndpointPort = ServiceEndpoints['ports'][number];

/** Reads a `targetRef` (kind and name required when present). */
export function readTargetRef(
  ctx: ReadContext,
  map: JsonMap,
  path: Path,
): EndpointAddress['targetRef'] | undefined {
  const ref = readMap(ctx, map, 'targetRef', path);
  if (!ref) return undefined;
  const refPath = [...path, 'targetRef'];
  const kind = requireString(ctx, ref, 'kind', refPath);
  const name = requireString(ctx, ref, 'name', refPath);
  const namespace = readString(ctx, ref, 'namespace', refPath);
  if (kind === undefined || name === undefined) return undefined;
  return namespace ? { kind, name, namespace } : { kind, name };
}

/** Reads an endpoint port; EndpointSlice ports may omit the number, Endpoints ports may not. */
export function readEndpointPort(
  ctx: ReadContext,
  item: JsonMap,
  path: Path,
  portRequired: boolean,
): EndpointPort | undefined {
  const port = portRequired
    ? requireInteger(ctx, item, 'port', path, PORT_RANGE)
    : readInteger(ctx, item, 'port', path, PORT_RANGE);
  const name = readString(ctx, item, 'name', path);
  const protocol: Protocol = readProtocol(ctx, item, path);
  if (port === undefined) return undefined;
  return name ? { name, port, protocol } : { port, protocol };
}

function portKey(p: EndpointPort): string {
  return `${p.name ?? ''}/${p.port}/${p.protocol}`;
}

/**
 * Reads a v1 Endpoints object: the ready `addresses` of every subset (notReadyAddresses get no
 * traffic) and their ports. Subsets are flattened, so every address is taken to serve every port;
 * a warning says so when subsets disagree.
 */
export function readEndpoints(
  object: JsonMap,
  id: ObjectIdentity,
  ctx: ReadContext,
): ServiceEndpoints {
  const addresses: EndpointAddress[] = [];
  const ports = new Map<string, EndpointPort>();
  const portSets = new Set<string>();
  readMapList(ctx, object, 'subsets', []).forEach((subset, s) => {
    const path = ['subsets', s];
    readMapList(ctx, subset, 'addresses', path).forEach((item, a) => {
      const itemPath = [...path, 'addresses', a];
      const ipText = requireString(ctx, item, 'ip', itemPath);
      const ip = ipText === undefined ? undefined : checkIp(ctx, ipText, [...itemPath, 'ip']);
      const targetRef = readTargetRef(ctx, item, itemPath);
      if (ip) addresses.push(targetRef ? { ip, targetRef } : { ip });
    });
    const subsetPorts: string[] = [];
    readMapList(ctx, subset, 'ports', path).forEach((item, p) => {
      const port = readEndpointPort(ctx, item, [...path, 'ports', p], true);
      if (!port) return;
      ports.set(portKey(port), port);
      subsetPorts.push(portKey(port));
    });
    portSets.add(subsetPorts.sort().join(','));
  });
  if (portSets.size > 1) {
    ctx.report(
      'warning',
      ['subsets'],
      'subsets list different ports; every address is taken to serve every port',
    );
  }
  return {
    kind: 'Endpoints',
    namespace: id.namespace ?? ctx.defaultNamespace,
    name: id.name,
    serviceName: id.name,
    addresses,
    ports: [...ports.values()],
    source: id.source,
  };
}
