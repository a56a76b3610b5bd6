import { describe, expect, it } from 'vitest';
import type { PolicySummary, RuleSummary } from '../../worker/snapshot';
import { exposureRows } from '../exposure/exposure-rows';
import { loadSample } from '../inspector/test-support';
import {
  moveStep,
  policyCaption,
  policyFocusNode,
  serviceCaption,
  stepIndexOf,
  stepLabel,
  stepSelection,
  walkMoveOfKey,
  walkthroughIntro,
  walkthroughSteps,
} from './walkthrough-steps';

/** The production sample plus a deny-all policy and a Service that really is open to the world. */
const EXTRA = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all-ingress, namespace: monitoring}
spec: {podSelector: {}, policyTypes: [Ingress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: nobody, namespace: production}
spec: {podSelector: {matchLabels: {app: ghost}}, policyTypes: [Egress]}
---
apiVersion: v1
kind: Service
metadata: {name: coredns-np, namespace: kube-system}
spec:
  type: NodePort
  selector: {k8s-app: kube-dns}
  ports: [{port: 9153, nodePort: 30153, protocol: TCP}]
`;

const base = loadSample();
const extended = loadSample({}, EXTRA);

describe('walkthroughSteps', () => {
  it('lists every policy in input order, then every exposed Service by id', () => {
    expect(walkthroughSteps(extended.snapshot).map(stepLabel)).toEqual([
      'Policy 1 of 3 · production/api-server-ingress',
      'Policy 2 of 3 · monitoring/deny-all-ingress',
      'Policy 3 of 3 · production/nobody',
      'Exposed Service 1 of 3 · kube-system/coredns-np',
      'Exposed Service 2 of 3 · production/api-server-lb',
      'Exposed Service 3 of 3 · production/api-server-np',
    ]);
  });

  it('selects the policy itself and the Service by its graph node', () => {
    const steps = walkthroughSteps(base.snapshot);
    expect(steps.map(stepSelection)).toEqual([
      { kind: 'policy', id: 'production/api-server-ingress' },
      { kind: 'node', id: 'svc:production/api-server-lb' },
      { kind: 'node', id: 'svc:production/api-server-np' },
    ]);
  });

  it('captions a policy with what it isolates and what each direction admits', () => {
    const [api, deny, nobody] = walkthroughSteps(extended.snapshot);
    expect(api!.caption).toBe(
      'Isolates production/Deployment/api-server for ingress and egress' +
        ' · ingress admits pods app=frontend on 8080/TCP (1 flow)' +
        ' · egress admits all pods in namespaces kubernetes.io/metadata.name=kube-system on' +
        ' 53/UDP, 53/TCP or pods app=postgres on 5432/TCP (2 flows)',
    );
    expect(deny!.caption).toBe(
      'Isolates monitoring/Deployment/prometheus for ingress · denies all ingress',
    );
    expect(nobody!.caption).toBe(
      'Selects no endpoint in the input: isolates nothing, admits nothing',
    );
  });

  it('captions a Service with how it is exposed and whether ingress lets outside clients in', () => {
    const steps = walkthroughSteps(extended.snapshot);
    expect(steps.find((s) => s.id === 'production/api-server-np')!.caption).toBe(
      'NodePort 31080 on every node → 80/TCP · not reachable from outside:' +
        " no backend's ingress admits outside clients on the target port",
    );
    expect(steps.find((s) => s.id === 'kube-system/coredns-np')!.caption).toBe(
      'NodePort 30153 on every node → 9153/TCP · reachable from outside:' +
        ' some backend admits outside clients on its target port',
    );
  });

  it('has no steps for an input without policies or exposed Services', () => {
    const steps = walkthroughSteps({ policies: [], policySummaries: {}, services: [] });
    expect(steps).toEqual([]);
    expect(walkthroughIntro(steps)).toBe(
      'Nothing to walk through: no NetworkPolicy, no exposed Service',
    );
  });
});

describe('policyCaption', () => {
  const rule = (admits: string, total: number): RuleSummary => ({
    admits,
    peerEndpoints: 1,
    admitsOutside: false,
    total,
  });
  const policy: PolicySummary = {
    id: 'shop/web',
    policyTypes: ['Ingress'],
    podSelector: '{}',
    selects: ['shop/a', 'shop/b'],
    enforced: true,
    ingress: [rule('pods app=a on 80/TCP', 2), rule('pods app=b on 80/TCP', 1), rule('x', 4)],
    egress: [],
    file: 'shop.yaml',
    line: 1,
  };

  it('names two rules and counts the rest, with every rule’s flows', () => {
    expect(policyCaption(policy)).toBe(
      'Isolates 2 endpoints for ingress · ingress admits pods app=a on 80/TCP or' +
        ' pods app=b on 80/TCP or 1 more (7 flows)',
    );
  });

  it('says a policy changes nothing when the CNI enforces none', () => {
    expect(policyCaption({ ...policy, enforced: false })).toBe(
      'Isolates 2 endpoints for ingress · the CNI enforces no NetworkPolicy: it changes nothing',
    );
  });
});

describe('serviceCaption', () => {
  it('says when there is no backend to reach', () => {
    const row = exposureRows(base.snapshot.services).rows[0]!;
    expect(
      serviceCaption({
        ...row,
        how: ['LoadBalancer 443/TCP'],
        backends: [],
        reason: 'no backends behind it',
      }),
    ).toBe('LoadBalancer 443/TCP · not reachable from outside: no backends behind it');
  });
});

describe('moveStep', () => {
  it.each([
    [-1, 'next', 3, 0],
    [0, 'next', 3, 1],
    [2, 'next', 3, 2],
    [2, 'previous', 3, 1],
    [0, 'previous', 3, 0],
    [-1, 'previous', 3, 0],
    [1, 'first', 3, 0],
    [-1, 'last', 3, 2],
    // The analysis shrank under the presenter: continue from the new last step.
    [7, 'previous', 3, 1],
    [7, 'next', 3, 2],
    [0, 'next', 0, -1],
    [-1, 'last', 0, -1],
  ] as const)('from %i, %s of %i steps → %i', (from, move, count, to) => {
    expect(moveStep(from, move, count)).toBe(to);
  });
});

describe('walkMoveOfKey', () => {
  it('maps the arrows, Home and End, and nothing else', () => {
    expect(
      ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Enter', 'p'].map(
        walkMoveOfKey,
      ),
    ).toEqual(['next', 'next', 'previous', 'previous', 'first', 'last', undefined, undefined]);
  });
});

describe('stepIndexOf', () => {
  const steps = walkthroughSteps(base.snapshot);
  it('finds the step showing the selection', () => {
    expect(stepIndexOf(steps, { kind: 'node', id: 'svc:production/api-server-np' })).toBe(2);
    expect(stepIndexOf(steps, { kind: 'policy', id: 'production/api-server-ingress' })).toBe(0);
  });
  it('is -1 for anything else', () => {
    expect(stepIndexOf(steps, undefined)).toBe(-1);
    expect(stepIndexOf(steps, { kind: 'node', id: 'wl:production/Deployment/api-server' })).toBe(
      -1,
    );
    // A node id that happens to equal a policy id is not the policy.
    expect(stepIndexOf(steps, { kind: 'node', id: 'production/api-server-ingress' })).toBe(-1);
  });
});

describe('policyFocusNode', () => {
  const selects = ['production/Deployment/api-server'];
  it('is the node drawing the first selected endpoint', () => {
    expect(policyFocusNode(base.graph, selects)).toBe('wl:production/Deployment/api-server');
  });
  it('is the collapsed namespace when the endpoint is folded into one', () => {
    const collapsed = loadSample({ collapsedNamespaces: new Set(['production']) });
    expect(policyFocusNode(collapsed.graph, selects)).toBe('ns:production');
  });
  it('is nothing for a policy selecting nothing', () => {
    expect(policyFocusNode(base.graph, [])).toBeUndefined();
  });
});

describe('walkthroughIntro', () => {
  it('counts what there is to walk through', () => {
    expect(walkthroughIntro(walkthroughSteps(base.snapshot))).toBe(
      'Walkthrough · 1 policy, 2 exposed Services',
    );
    expect(walkthroughIntro(walkthroughSteps(extended.snapshot))).toBe(
      'Walkthrough · 3 policies, 3 exposed Services',
    );
  });
});
