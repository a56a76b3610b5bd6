import { describe, expect, it } from 'vitest';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { diffServices } from './diff-services';

const service = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}, namespace: x}\nspec: ${spec}`;
const services = (...docs: string[]) => analyzeYaml(yamlDocs(...docs)).services;
const web = pod('x', 'web', { ports: ['8080'] });

describe('diffServices', () => {
  it('ClusterIP → NodePort: type, reachability and the nodePort, in words', () => {
    const d = diffServices(
      services(
        web,
        service('web', '{selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}'),
      ),
      services(
        web,
        service(
          'web',
          '{type: NodePort, selector: {app: web}, ports: [{port: 80, targetPort: 8080, nodePort: 30080}]}',
        ),
      ),
    );
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ id: 'x/web', change: 'changed' });
    expect(d[0]!.details).toEqual([
      'type ClusterIP → NodePort',
      'reachable from outside the cluster: no → yes',
      'port 80/TCP → 8080 → 80/TCP → 8080, nodePort 30080',
    ]);
  });

  it('a policy that turns outside clients away makes a NodePort unreachable', () => {
    const np = service(
      'web',
      '{type: NodePort, selector: {app: web}, ports: [{port: 80, targetPort: 8080, nodePort: 30080}]}',
    );
    const deny = policy('x', 'deny', '{podSelector: {}, policyTypes: [Ingress]}');
    const d = diffServices(services(web, np), services(web, np, deny));
    expect(d.map((s) => [s.id, s.change, s.details])).toEqual([
      ['x/web', 'changed', ['reachable from outside the cluster: yes → no']],
    ]);
  });

  it('ports added and removed, source ranges, and a removed Service', () => {
    const d = diffServices(
      services(
        web,
        service(
          'lb',
          '{type: LoadBalancer, selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}',
        ),
        service('gone', '{selector: {app: web}, ports: [{port: 81}]}'),
      ),
      services(
        web,
        service(
          'lb',
          '{type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8], selector: {app: web}, ports: [{port: 443, targetPort: 8080}]}',
        ),
      ),
    );
    expect(d.map((s) => [s.id, s.change])).toEqual([
      ['x/gone', 'removed'],
      ['x/lb', 'changed'],
    ]);
    expect(d[1]!.details).toEqual([
      'port 80/TCP → 8080 removed',
      'port 443/TCP → 8080 added',
      'loadBalancerSourceRanges none → 10.0.0.0/8',
    ]);
  });

  it('an unchanged Service is not listed', () => {
    const s = service('web', '{selector: {app: web}, ports: [{port: 80}]}');
    expect(diffServices(services(web, s), services(web, s))).toEqual([]);
  });
});
