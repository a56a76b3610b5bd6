import type { EndpointAddress, ServiceEndpoints } from '../model/types';
import type { ReadContext } from './read-context';
import {
  getField,
  readBoolean,
  readEnum,
  readMap,
  readMapList,
  readStringList,
  type JsonMap,
} from './read-fields';
import { checkIp } from './read-ip';
import { readLabels, type ObjectIdentity } from './read-metadata';
import { readEndpointPort, readTargetRef, type EndpointPort } from './read-endpoints';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const ADDRESS_TYPES = ['IPv4', 'IPv6', 'FQDN'] as const;

/**
 * Reads a discovery.k8s.io EndpointSlice: one EndpointAddress per address of each endpoint not
 * marked `ready: false`. The Service comes from the `kubernetes.io/service-name` label; a slice
 * without it belongs to no Service and is left out with a warning.
 */
export function readEndpointSlice(
  object: JsonMap,
  id: ObjectIdentity,
  ctx: ReadContext,
): ServiceEndpoints | undefined {
  const serviceName = readLabels(ctx, object)[SERVICE_NAME_LABEL];
  const addressType = readEnum(ctx, object, 'addressType', [], ADDRESS_TYPES);
  const fqdn = addressType === 'FQDN';
  if (fqdn)
    ctx.report('warning', ['addressType'], 'FQDN endpoints are not modelled; addresses ignored');
  const addresses: EndpointAddress[] = [];
  readMapList(ctx, object, 'endpoints', []).forEach((endpoint, e) => {
    const path = ['endpoints', e];
    const texts = readStringList(ctx, endpoint, 'addresses', path);
    const targetRef = readTargetRef(ctx, endpoint, path);
    const conditions = readMap(ctx, endpoint, 'conditions', path);
    const ready = conditions
      ? readBoolean(ctx, conditions, 'ready', [...path, 'conditions'])
      : undefined;
    if (fqdn || ready === false) return;
    texts.forEach((text, a) => {
      const ip = checkIp(ctx, text, [...path, 'addresses', a]);
      if (ip) addresses.push(targetRef ? { ip, targetRef } : { ip });
    });
  });
  const ports: EndpointPort[] = [];
  readMapList(ctx, object, 'ports', []).forEach((item, p) => {
    const port = readEndpointPort(ctx, item, ['ports', p], false);
    if (port) ports.push(port);
    else if (getField(item, 'port') === undefined) {
      ctx.report('warning', ['ports', p], 'has no port number (all ports); not modelled, ignored');
    }
  });
  if (!serviceName) {
    ctx.report(
      'warning',
      ['metadata', 'labels'],
      `has no ${SERVICE_NAME_LABEL} label; the slice belongs to no Service and is ignored`,
    );
    return undefined;
  }
  return {
    kind: 'EndpointSlice',
    namespace: id.namespace ?? ctx.defaultNamespace,
    name: id.name,
    serviceName,
    addresses,
    ports,
    source: id.source,
  };
}
