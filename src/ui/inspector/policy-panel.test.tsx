// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Inspector } from './inspector';
import type { InspectorSelection } from './types';
import { policyDetailsOf } from '../../worker/snapshot';
import { button, click, explainerOf, loadSample, mount } from './test-support';

const API = 'wl:production/Deployment/api-server';
const PROMETHEUS = 'wl:monitoring/Deployment/prometheus';

// Beside the sample: a deny-all egress policy and one whose only peer matches nothing.
const EXTRA = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-egress, namespace: monitoring}
spec:
  podSelector: {}
  policyTypes: [Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ghost-peer, namespace: kube-system}
spec:
  podSelector: {matchLabels: {k8s-app: kube-dns}}
  ingress:
    - from:
        - podSelector: {matchLabels: {app: ghost}}
`;
const sample = loadSample({ deniedFor: API }, EXTRA);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The inspector as the page shows it once the worker has listed the selected policy's flows. */
async function render(selection: InspectorSelection, { flowsListed = true } = {}) {
  const onSelect = vi.fn();
  const onJump = vi.fn();
  const details =
    flowsListed && selection.kind === 'policy'
      ? policyDetailsOf(sample.analysis, selection.id)
      : undefined;
  const view = await mount(
    <Inspector
      snapshot={sample.snapshot}
      findings={sample.snapshot.findings}
      graph={sample.graph}
      selection={selection}
      policyDetails={details}
      explain={explainerOf(sample.analysis)}
      onSelect={onSelect}
      onJump={onJump}
    />,
  );
  cleanup = view.unmount;
  const panel = view.container.querySelector('[data-testid="policy-panel"]');
  return { ...view, panel, onSelect, onJump };
}

describe('PolicyPanel', () => {
  it('shows what the policy selects, each rule with its line and the flows it admits', async () => {
    const { panel, onSelect, onJump } = await render({
      kind: 'policy',
      id: 'production/api-server-ingress',
    });
    const text = panel?.textContent ?? '';
    expect(text).toContain('policyTypesIngress, Egress');
    expect(text).toContain('podSelectorapp=api-server');
    expect(text).toContain('Isolates 1 endpoint for ingress and egress:');

    const ingress = panel!.querySelector('[aria-label="Ingress rule 1"]')!;
    expect(ingress.textContent).toContain('Admits pods app=frontend on 8080/TCP');
    const flows = [...ingress.querySelectorAll('[data-testid="policy-flow"]')].map(
      (f) => f.textContent,
    );
    expect(flows).toEqual(['production/frontend → production/api-server8080/TCP']);
    const egress = [...panel!.querySelectorAll('[data-testid="policy-flow"]')].map(
      (f) => f.textContent,
    );
    // kube-system/ghost-peer isolates CoreDNS for ingress: the DNS rule admits what CoreDNS denies.
    expect(egress).toContain('production/api-server → kube-system/coredns53/TCP ✗53/UDP ✗');
    expect(panel!.querySelector('[aria-label="Egress rule 1"]')?.textContent).toContain(
      "✗ admitted by this rule, but denied by the destination's ingress policies.",
    );
    expect(egress).toContain('production/api-server → production/postgres5432/TCP');

    await click(button(ingress, 'line 275'));
    expect(onJump).toHaveBeenCalledWith({ file: 'production.yaml', line: 275 });
    await click(panel!.querySelector('[aria-label="Selected endpoints"] button'));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'node', id: API });
    await click(button(ingress, 'production/frontend'));
    expect(onSelect).toHaveBeenCalledWith({
      kind: 'node',
      id: 'wl:production/Deployment/frontend',
    });
  });

  it('shows the policy and its counts at once, and its flows once the worker has listed them', async () => {
    const { panel } = await render(
      { kind: 'policy', id: 'production/api-server-ingress' },
      { flowsListed: false },
    );
    const ingress = panel!.querySelector('[aria-label="Ingress rule 1"]')!;
    expect(ingress.textContent).toContain('Admits pods app=frontend on 8080/TCP');
    expect(ingress.textContent).toContain('1 flow in this cluster:');
    expect(ingress.querySelector('[data-testid="policy-flows-loading"]')?.textContent).toBe(
      'Listing them…',
    );
    expect(panel!.querySelectorAll('[data-testid="policy-flow"]')).toHaveLength(0);
  });

  it('says a policy without rules for a type denies that direction', async () => {
    const { panel } = await render({ kind: 'policy', id: 'monitoring/deny-egress' });
    expect(panel?.querySelector('[data-testid="policy-deny-all"]')?.textContent).toBe(
      'No egress rules: denies all egress from the selected pods except what other policies admit.',
    );
    expect(panel?.textContent).toContain('(every pod of its namespace)');
  });

  it('says plainly that a rule whose peer matches nothing admits nothing', async () => {
    const { panel } = await render({ kind: 'policy', id: 'kube-system/ghost-peer' });
    expect(panel?.querySelector('[data-testid="rule-admits-nothing"]')?.textContent).toBe(
      'Admits nothing that exists: no endpoint matches its peers.',
    );
  });

  it('says when the policy is gone', async () => {
    const { panel } = await render({ kind: 'policy', id: 'production/deleted' });
    expect(panel?.textContent).toContain('gone from the current analysis');
  });
});

describe('the summary of an explanation', () => {
  it('links each rule it names to the rule in the editor', async () => {
    const { container, onJump } = await render({
      kind: 'edge',
      id: `denied:${PROMETHEUS}->${API}`,
    });
    const summary = container.querySelector('.rm-insp-summary')!;
    expect(summary.textContent).toContain(
      '(production/api-server-ingress rule 1 admits pods app=frontend on 8080/TCP)',
    );
    const rule = [...summary.querySelectorAll('button')].find((b) => b.textContent === 'rule 1');
    expect(rule?.getAttribute('aria-label')).toBe(
      'Open ingress rule 1 of production/api-server-ingress in the editor (production.yaml:275)',
    );
    await click(rule);
    expect(onJump).toHaveBeenCalledWith({ file: 'production.yaml', line: 275 });
  });
});
