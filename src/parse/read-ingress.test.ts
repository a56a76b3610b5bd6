import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readIngress } from './read-ingress';

const source = { file: 'a.yaml', doc: 0, line: 1, col: 1 };
const id = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  name: 'web',
  namespace: 'shop',
  source,
};

function read(spec: unknown) {
  const ctx = createMemoryContext();
  const ingress = readIngress({ metadata: { name: 'web' }, spec }, id, ctx);
  return { ingress, issues: ctx.issues.map((i) => [i.severity, i.path.join('.'), i.message]) };
}

describe('readIngress', () => {
  it('reads class, default backend, routes and tls', () => {
    const { ingress, issues } = read({
      ingressClassName: 'nginx',
      defaultBackend: { service: { name: 'fallback', port: { number: 80 } } },
      rules: [
        {
          host: 'shop.example.com',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: 'web', port: { name: 'http' } } },
              },
              {
                path: '/api',
                pathType: 'Prefix',
                backend: { service: { name: 'api', port: { number: 8080 } } },
              },
            ],
          },
        },
        { host: 'nohttp.example.com' },
      ],
      tls: [{ hosts: ['shop.example.com'], secretName: 'tls' }, {}],
    });
    expect(issues).toEqual([]);
    expect(ingress).toEqual({
      namespace: 'shop',
      name: 'web',
      ingressClassName: 'nginx',
      defaultBackend: { serviceName: 'fallback', port: 80 },
      routes: [
        { host: 'shop.example.com', path: '/', backend: { serviceName: 'web', port: 'http' } },
        { host: 'shop.example.com', path: '/api', backend: { serviceName: 'api', port: 8080 } },
      ],
      tls: [{ hosts: ['shop.example.com'], secretName: 'tls' }, { hosts: [] }],
      source,
    });
  });

  it('reads the v1beta1 backend shape', () => {
    const { ingress, issues } = read({
      backend: { serviceName: 'fallback', servicePort: 'http' },
      rules: [{ http: { paths: [{ backend: { serviceName: 'web', servicePort: 80 } }] } }],
    });
    expect(issues).toEqual([]);
    expect(ingress?.defaultBackend).toEqual({ serviceName: 'fallback', port: 'http' });
    expect(ingress?.routes).toEqual([{ backend: { serviceName: 'web', port: 80 } }]);
  });

  it('skips resource backends with an info', () => {
    const { ingress, issues } = read({
      rules: [
        {
          http: {
            paths: [
              { path: '/static', backend: { resource: { kind: 'StorageBucket', name: 'b' } } },
            ],
          },
        },
      ],
    });
    expect(ingress?.routes).toEqual([]);
    expect(issues.map((i) => i[0])).toEqual(['info']);
  });

  it.each([
    [{ rules: [{ http: { paths: [{ path: '/' }] } }] }, 'spec.rules.0.http.paths.0.backend'],
    [{ defaultBackend: { service: { port: { number: 80 } } } }, 'spec.defaultBackend.service.name'],
    [{ defaultBackend: { service: { name: 'a', port: {} } } }, 'spec.defaultBackend.service.port'],
    [
      { defaultBackend: { service: { name: 'a', port: { number: 80, name: 'http' } } } },
      'spec.defaultBackend.service.port',
    ],
    [
      { defaultBackend: { service: { name: 'a', port: { number: 0 } } } },
      'spec.defaultBackend.service.port.number',
    ],
    [
      { defaultBackend: { service: { name: 'a', port: { name: '80' } } } },
      'spec.defaultBackend.service.port.name',
    ],
    [{ defaultBackend: { service: { name: 'a' } } }, 'spec.defaultBackend.service.port'],
    [{ rules: 'x' }, 'spec.rules'],
  ])('reports %j at %s', (spec, path) => {
    const { issues } = read(spec);
    expect(issues.map((i) => i[1])).toEqual([path]);
    expect(issues[0]?.[0]).toBe('error');
  });
});
