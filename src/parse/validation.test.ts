import { describe, it, expect } from 'vitest';
import { parseManifests } from './parse-manifests';

/** A file with the object under test followed by a valid Namespace that must still load. */
function parseWithNeighbour(object: string) {
  const text = `${object}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: neighbour}\n`;
  return parseManifests([{ name: 'v.yaml', text }], { defaultNamespace: 'default' });
}

const policy = (spec: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np, namespace: ns}\nspec: ${spec}`;
const pod = (extra: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns${extra}}`;
const service = (spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: ns}\nspec: ${spec}`;

// [what, manifest, object named in the diagnostic, start of the message (field path first)]
const cases: [string, string, string | undefined, string][] = [
  ['missing kind', 'apiVersion: v1\nmetadata: {name: x}', undefined, 'kind: is required'],
  ['missing apiVersion', 'kind: Pod\nmetadata: {name: x}', 'Pod', 'apiVersion: is required'],
  [
    'missing metadata.name',
    'apiVersion: v1\nkind: Pod\nmetadata: {namespace: ns}',
    'Pod',
    'metadata.name: is required',
  ],
  ['labels not a map', pod(', labels: [app]'), 'Pod ns/p', 'metadata.labels: must be a map'],
  [
    'label value a number',
    pod(', labels: {version: 2}'),
    'Pod ns/p',
    'metadata.labels.version: must be a string, not a number (2)',
  ],
  [
    'container port a string',
    `${pod('')}\nspec: {containers: [{name: c, ports: [{containerPort: http}]}]}`,
    'Pod ns/p',
    'spec.containers[0].ports[0].containerPort: must be a whole number',
  ],
  [
    'service port out of range',
    service('{ports: [{port: 70000}]}'),
    'Service ns/s',
    'spec.ports[0].port: must be between 1 and 65535',
  ],
  [
    'selector not a map',
    policy('{podSelector: app=web}'),
    'NetworkPolicy ns/np',
    'spec.podSelector: must be a label selector map',
  ],
  [
    'selector with bare labels',
    policy('{podSelector: {app: web}}'),
    'NetworkPolicy ns/np',
    'spec.podSelector.app: unknown field',
  ],
  [
    'matchLabels value a number',
    policy('{podSelector: {matchLabels: {version: 2}}}'),
    'NetworkPolicy ns/np',
    'spec.podSelector.matchLabels.version: must be a string',
  ],
  [
    'invalid operator',
    policy('{podSelector: {matchExpressions: [{key: a, operator: Equals, values: [b]}]}}'),
    'NetworkPolicy ns/np',
    'spec.podSelector.matchExpressions[0].operator: invalid operator "Equals"',
  ],
  [
    'In with empty values',
    policy('{podSelector: {matchExpressions: [{key: a, operator: In, values: []}]}}'),
    'NetworkPolicy ns/np',
    'spec.podSelector.matchExpressions[0].values: must not be empty for operator In',
  ],
  [
    'Exists with values',
    policy('{podSelector: {matchExpressions: [{key: a, operator: Exists, values: [b]}]}}'),
    'NetworkPolicy ns/np',
    'spec.podSelector.matchExpressions[0].values: must be empty for operator Exists',
  ],
  [
    'invalid IPv4 CIDR',
    policy('{podSelector: {}, egress: [{to: [{ipBlock: {cidr: 10.0.0.0/33}}]}]}'),
    'NetworkPolicy ns/np',
    'spec.egress[0].to[0].ipBlock.cidr: is not a valid CIDR',
  ],
  [
    'invalid IPv6 CIDR',
    policy('{podSelector: {}, egress: [{to: [{ipBlock: {cidr: "fd00::g/8"}}]}]}'),
    'NetworkPolicy ns/np',
    'spec.egress[0].to[0].ipBlock.cidr: is not a valid CIDR',
  ],
  [
    'except outside cidr',
    policy(
      '{podSelector: {}, egress: [{to: [{ipBlock: {cidr: 10.0.0.0/16, except: [10.1.0.0/24]}}]}]}',
    ),
    'NetworkPolicy ns/np',
    'spec.egress[0].to[0].ipBlock.except[0]: "10.1.0.0/24" must be a strict subset',
  ],
  [
    'ipBlock with a selector',
    policy(
      '{podSelector: {}, ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]}',
    ),
    'NetworkPolicy ns/np',
    'spec.ingress[0].from[0]: ipBlock cannot be combined',
  ],
  [
    'empty peer',
    policy('{podSelector: {}, ingress: [{from: [{}]}]}'),
    'NetworkPolicy ns/np',
    'spec.ingress[0].from[0]: must specify podSelector, namespaceSelector or ipBlock',
  ],
  [
    'policy port out of range',
    policy('{podSelector: {}, ingress: [{ports: [{port: 0}]}]}'),
    'NetworkPolicy ns/np',
    'spec.ingress[0].ports[0].port: must be between 1 and 65535',
  ],
  [
    'quoted number as port',
    policy('{podSelector: {}, ingress: [{ports: [{port: "8080"}]}]}'),
    'NetworkPolicy ns/np',
    'spec.ingress[0].ports[0].port: invalid port name "8080"',
  ],
  [
    'endPort without port',
    policy('{podSelector: {}, ingress: [{ports: [{endPort: 90}]}]}'),
    'NetworkPolicy ns/np',
    'spec.ingress[0].ports[0].endPort: requires a numeric port',
  ],
  [
    'endPort below port',
    policy('{podSelector: {}, ingress: [{ports: [{port: 90, endPort: 80}]}]}'),
    'NetworkPolicy ns/np',
    'spec.ingress[0].ports[0].endPort: must not be less than port',
  ],
  [
    'unknown protocol',
    policy('{podSelector: {}, ingress: [{ports: [{protocol: ICMP}]}]}'),
    'NetworkPolicy ns/np',
    'spec.ingress[0].ports[0].protocol: must be TCP, UDP or SCTP',
  ],
  [
    'invalid policyTypes',
    policy('{podSelector: {}, policyTypes: [Both]}'),
    'NetworkPolicy ns/np',
    'spec.policyTypes[0]: must be Ingress or Egress',
  ],
  [
    'missing podSelector',
    policy('{ingress: []}'),
    'NetworkPolicy ns/np',
    'spec.podSelector: is required',
  ],
];

describe('validation through parseManifests', () => {
  it.each(cases)(
    '%s: reports an error, leaves the object out, loads the rest',
    (_what, manifest, object, message) => {
      const { objects, diagnostics } = parseWithNeighbour(manifest);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.object).toBe(object);
      expect(errors[0]?.message.startsWith(message)).toBe(true);
      expect(errors[0]).toMatchObject({ file: 'v.yaml', doc: 0 });
      expect(objects.pods.length + objects.services.length + objects.policies.length).toBe(0);
      expect(objects.namespaces.map((n) => n.name)).toEqual(['neighbour']);
    },
  );
});
