import type { Ingress, IngressBackendRef, IngressRoute } from '../model/types';
import type { Path } from './field-path';
import type { ReadContext } from './read-context';
import {
  getField,
  readInteger,
  readMap,
  readMapList,
  readString,
  readStringList,
  requireMap,
  requireString,
  type JsonMap,
} from './read-fields';
import { readPortOrName, PORT_RANGE } from './read-port';
import type { ObjectIdentity } from './read-metadata';
import { portNameProblem } from './validate-names';

const SPEC: Path = ['spec'];

/**
 * Reads an Ingress: one route per rule path, the default backend and TLS hosts. Both the v1
 * backend shape (`service: {name, port: {number|name}}`) and the v1beta1 one
 * (`serviceName`/`servicePort`, `spec.backend`) are read.
 */
export function readIngress(
  object: JsonMap,
  id: ObjectIdentity,
  ctx: ReadContext,
): Ingress | undefined {
  const spec = requireMap(ctx, object, 'spec', []);
  if (!spec) return undefined;
  const ingress: Ingress = {
    namespace: id.namespace ?? ctx.defaultNamespace,
    name: id.name,
    routes: readRoutes(ctx, spec),
    tls: readMapList(ctx, spec, 'tls', SPEC).map((item, i) => {
      const path = [...SPEC, 'tls', i];
      const hosts = readStringList(ctx, item, 'hosts', path);
      const secretName = readString(ctx, item, 'secretName', path);
      return secretName ? { hosts, secretName } : { hosts };
    }),
    source: id.source,
  };
  const className = readString(ctx, spec, 'ingressClassName', SPEC);
  if (className) ingress.ingressClassName = className;
  const backendKey = getField(spec, 'defaultBackend') !== undefined ? 'defaultBackend' : 'backend';
  const defaultBackend = readBackend(ctx, spec, backendKey, SPEC);
  if (defaultBackend) ingress.defaultBackend = defaultBackend;
  return ingress;
}

function readRoutes(ctx: ReadContext, spec: JsonMap): IngressRoute[] {
  const routes: IngressRoute[] = [];
  readMapList(ctx, spec, 'rules', SPEC).forEach((rule, r) => {
    const rulePath = [...SPEC, 'rules', r];
    const host = readString(ctx, rule, 'host', rulePath);
    const http = readMap(ctx, rule, 'http', rulePath);
    if (!http) return;
    readMapList(ctx, http, 'paths', [...rulePath, 'http']).forEach((item, p) => {
      const itemPath = [...rulePath, 'http', 'paths', p];
      const path = readString(ctx, item, 'path', itemPath);
      if (getField(item, 'backend') === undefined) {
        ctx.report('error', [...itemPath, 'backend'], 'is required');
        return;
      }
      const backend = readBackend(ctx, item, 'backend', itemPath);
      if (!backend) return;
      const route: IngressRoute = { backend };
      if (host) route.host = host;
      if (path) route.path = path;
      routes.push(route);
    });
  });
  return routes;
}

function readBackend(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  parent: Path,
): IngressBackendRef | undefined {
  const backend = readMap(ctx, map, key, parent);
  if (!backend) return undefined;
  const path = [...parent, key];
  if (getField(backend, 'resource') !== undefined) {
    ctx.report('info', [...path, 'resource'], 'resource backends are not modelled; ignored');
    return undefined;
  }
  if (getField(backend, 'serviceName') !== undefined) {
    const serviceName = requireString(ctx, backend, 'serviceName', path);
    const port = readPortOrName(ctx, backend, 'servicePort', path);
    if (serviceName === undefined) return undefined;
    return port === undefined ? { serviceName } : { serviceName, port };
  }
  const service = requireMap(ctx, backend, 'service', path);
  if (!service) return undefined;
  const servicePath = [...path, 'service'];
  const serviceName = requireString(ctx, service, 'name', servicePath);
  const port = readServiceBackendPort(ctx, service, servicePath);
  if (serviceName === undefined) return undefined;
  return port === undefined ? { serviceName } : { serviceName, port };
}

function readServiceBackendPort(
  ctx: ReadContext,
  service: JsonMap,
  path: Path,
): number | string | undefined {
  const port = requireMap(ctx, service, 'port', path);
  if (!port) return undefined;
  const portPath = [...path, 'port'];
  const number = readInteger(ctx, port, 'number', portPath, PORT_RANGE);
  const name = readString(ctx, port, 'name', portPath);
  if (getField(port, 'number') !== undefined && getField(port, 'name') !== undefined) {
    ctx.report('error', portPath, 'must set either number or name, not both');
    return undefined;
  }
  if (name !== undefined) {
    const problem = portNameProblem(name);
    if (problem) ctx.report('error', [...portPath, 'name'], problem);
    return problem ? undefined : name;
  }
  if (number === undefined && getField(port, 'number') === undefined) {
    ctx.report('error', portPath, 'must set number or name');
  }
  return number;
}
