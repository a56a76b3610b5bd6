// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Inspector, type InspectorProps } from './inspector';
import { button, change, click, explainerOf, loadSample, mount } from './test-support';

const API = 'wl:production/Deployment/api-server';
const PROMETHEUS = 'wl:monitoring/Deployment/prometheus';
const sample = loadSample({ deniedFor: API });

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function render(props: Partial<InspectorProps>) {
  const onSelect = vi.fn();
  const onJump = vi.fn();
  const view = await mount(
    <Inspector
      snapshot={sample.snapshot}
      findings={sample.snapshot.findings}
      graph={sample.graph}
      selection={undefined}
      explain={explainerOf(sample.analysis)}
      onSelect={onSelect}
      onJump={onJump}
      {...props}
    />,
  );
  cleanup = view.unmount;
  return { ...view, onSelect, onJump };
}

describe('Inspector', () => {
  it('with nothing selected, explains itself and lists the policies to select', async () => {
    const { container, onSelect } = await render({});
    expect(container.querySelector('[data-testid="inspector"]')?.textContent).toContain(
      'How to use',
    );
    await click(container.querySelector('[data-testid="policy"]'));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'policy', id: 'production/api-server-ingress' });
  });

  it('explains a denied edge port by port, policy names linking to their source', async () => {
    const { container, onJump } = await render({
      selection: { kind: 'edge', id: `denied:${PROMETHEUS}->${API}` },
      policySources: { 'production/api-server-ingress': { file: 'production.yaml', line: 281 } },
    });
    const verdicts = [...container.querySelectorAll('[data-testid="verdict"]')];
    expect(verdicts.map((v) => v.getAttribute('data-verdict'))).toEqual(['denied', 'denied']);
    expect(container.textContent).toContain('no rule admits monitoring/Deployment/prometheus');
    expect(container.textContent).toContain('ingress rule 1: pods app=frontend on 8080/TCP');
    await click(button(container, 'production/api-server-ingress'));
    expect(onJump).toHaveBeenCalledWith({ file: 'production.yaml', line: 281 });
  });

  it("lists a workload's flows, each row selecting its edge", async () => {
    const { container, onSelect } = await render({ selection: { kind: 'node', id: API } });
    expect(container.textContent).toContain('ingress isolated');
    const reachedBy = container.querySelector('[aria-label="Reached by"]')!;
    expect(reachedBy.textContent).toContain('production/frontend');
    await click(reachedBy.querySelector('button'));
    expect(onSelect).toHaveBeenCalledWith({
      kind: 'edge',
      id: `allowed:wl:production/Deployment/frontend->${API}`,
    });
  });

  it('shows a Service: DNS names, ports to targetPorts per backend and exposure', async () => {
    const { container } = await render({
      selection: { kind: 'node', id: 'svc:production/api-server-lb' },
    });
    const text = container.textContent ?? '';
    expect(text).toContain('api-server-lb.production.svc.cluster.local');
    expect(text).toContain('443 → 8080/TCP');
    expect(text).toContain('LoadBalancer 443/TCP from 10.0.0.0/8, 203.0.113.0/24');
    expect(text).toContain('Not reachable from outside');
  });

  it("shows a namespace's labels and counts", async () => {
    const { container } = await render({ selection: { kind: 'node', id: 'ns:monitoring' } });
    expect(container.textContent).toContain('purpose=monitoring');
    expect(container.querySelector('dl')?.textContent).toContain('Pods1');
  });

  it('answers "can A reach B on port P?" with the verdict and its reason', async () => {
    const { container } = await render({});
    const form = container.querySelector('form[aria-label="Can A reach B on port P?"]')!;
    const [from, to, protocol] = [...form.querySelectorAll('select')];
    await change(from, 'production/Deployment/frontend');
    await change(to, 'production/Deployment/api-server');
    await change(form.querySelector('input[type="number"]'), '8080');
    await change(protocol, 'TCP');
    await click(button(form, 'Check'));
    const verdict = form.querySelector('[data-testid="verdict"]');
    expect(verdict?.getAttribute('data-verdict')).toBe('allowed');
    expect(form.textContent).toContain('admitted');
  });

  it('filters the endpoint choices', async () => {
    const { container } = await render({});
    await change(container.querySelector('input[type="search"]'), 'postgres');
    const options = [...container.querySelector('select')!.options].map((o) => o.value);
    expect(options).toEqual(['', 'production/StatefulSet/postgres']);
  });
});
