// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../analyze';
import { diffAnalyses } from '../../diff';
import { click, mount } from '../inspector/test-support';
import { CompareResults } from './compare-results';

const version = (path: string) =>
  analyze([{ name: path, text: readFileSync(`fixtures/diff/${path}`, 'utf8') }]);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('CompareResults', () => {
  it('marks newly allowed and newly denied flows in words, under their policy', async () => {
    const diff = diffAnalyses(
      version('port-change/before.yaml'),
      version('port-change/after.yaml'),
    );
    const onSelectPolicy = vi.fn();
    const view = await mount(
      <CompareResults diff={diff} beforeErrors={[]} onSelectPolicy={onSelectPolicy} />,
    );
    cleanup = view.unmount;
    const flows = [...view.container.querySelectorAll('[data-testid="compare-flow"]')];
    expect(flows.map((f) => f.textContent)).toEqual([
      '+ newly allowed shop/frontend-0 → shop/api-0 9090/TCP',
      '− newly denied shop/frontend-0 → shop/api-0 8080/TCP',
    ]);
    await click(view.container.querySelector('[data-policy="shop/api-ingress"] button'));
    expect(onSelectPolicy).toHaveBeenCalledWith('shop/api-ingress');
  });

  it('lists an added LoadBalancer under Services', async () => {
    const diff = diffAnalyses(
      version('load-balancer/before.yaml'),
      version('load-balancer/after.yaml'),
    );
    const view = await mount(
      <CompareResults diff={diff} beforeErrors={[]} onSelectPolicy={() => {}} />,
    );
    cleanup = view.unmount;
    expect(view.container.querySelector('[data-testid="compare-services"]')?.textContent).toContain(
      '+ added shop/web-public: LoadBalancer, exposed via LoadBalancer, reachable from outside: yes',
    );
    expect(view.container.querySelectorAll('[data-testid="compare-flow"]')).toHaveLength(0);
  });
});
