// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../analyze';
import { buildGraph } from '../../graph/build-graph';
import type { GraphView } from '../../graph/types';
import { snapshotOf } from '../../worker/snapshot';
import { button, click, mount } from '../inspector/test-support';
import { objectLabel, selectionOf } from './finding-target';
import { FindingsSection } from './findings-section';

function load(view: Partial<GraphView> = {}) {
  const text = readFileSync('fixtures/findings/shop.yaml', 'utf8');
  const analysis = analyze([{ name: 'shop.yaml', text }]);
  const graph = buildGraph(analysis, {
    collapsedNamespaces: new Set(),
    expandedWorkloads: new Set(),
    ...view,
  });
  return { snapshot: snapshotOf(analysis), graph };
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('selectionOf', () => {
  const { graph } = load();
  it('a policy opens in the inspector; Services, workloads and namespaces select their node', () => {
    expect(selectionOf('shop/NetworkPolicy/web-egress', graph)).toEqual({
      kind: 'policy',
      id: 'shop/web-egress',
    });
    expect(selectionOf('shop/Service/api', graph)).toEqual({ kind: 'node', id: 'svc:shop/api' });
    expect(selectionOf('shop/Deployment/web', graph)).toEqual({
      kind: 'node',
      id: 'wl:shop/Deployment/web',
    });
    expect(selectionOf('Namespace/shop', graph)).toEqual({ kind: 'node', id: 'ns:shop' });
  });

  it('a collapsed namespace stands for what it holds; what is not drawn is not selectable', () => {
    const collapsed = load({ collapsedNamespaces: new Set(['shop']) }).graph;
    expect(selectionOf('shop/Deployment/web', collapsed)).toEqual({ kind: 'node', id: 'ns:shop' });
    expect(selectionOf('shop/Service/api', collapsed)).toEqual({ kind: 'node', id: 'ns:shop' });
    expect(selectionOf('shop/Pod/gone', graph)).toBeUndefined();
    expect(selectionOf('Namespace/nowhere', graph)).toBeUndefined();
  });

  it('labels objects the way the rest of the inspector names them', () => {
    expect(objectLabel('shop/NetworkPolicy/web-egress')).toBe('shop/web-egress');
    expect(objectLabel('shop/Pod/web-0')).toBe('shop/web-0');
    expect(objectLabel('shop/Deployment/web')).toBe('shop/Deployment/web');
  });
});

describe('FindingsSection', () => {
  async function render() {
    const { snapshot, graph } = load();
    const onJump = vi.fn();
    const onSelect = vi.fn();
    const view = await mount(
      <FindingsSection
        findings={snapshot.findings}
        graph={graph}
        onJump={onJump}
        onSelect={onSelect}
      />,
    );
    cleanup = view.unmount;
    return { ...view, onJump, onSelect };
  }

  it('lists errors first, each with severity icon and word, message, place and objects', async () => {
    const { container } = await render();
    expect(container.querySelector('h3')?.textContent).toBe('Findings (3)');
    expect(container.querySelector('[data-testid="findings-count"]')?.textContent).toBe(
      '1 error, 1 warning, 1 info',
    );
    const items = [...container.querySelectorAll('[data-testid="finding"]')];
    expect(items.map((i) => i.getAttribute('data-id'))).toEqual([
      'service-selects-nothing',
      'egress-blocks-dns',
      'namespace-without-default-deny',
    ]);
    expect(items[0]!.querySelector('[data-testid="finding-severity"]')?.textContent).toBe(
      '✖ error',
    );
    expect(items[1]!.querySelector('[data-testid="finding-severity"]')?.textContent).toBe(
      '▲ warning',
    );
    expect(items[0]!.textContent).toContain('Service shop/api selects app=api');
    expect(items[0]!.textContent).toContain('shop.yaml:99');
  });

  it('the place jumps to the file and line; an object selects itself', async () => {
    const { container, onJump, onSelect } = await render();
    const dns = container.querySelector('[data-id="egress-blocks-dns"]')!;
    await click(
      dns.querySelector(
        '[aria-label="Open the egress-blocks-dns finding in the editor (shop.yaml:122)"]',
      ),
    );
    expect(onJump).toHaveBeenCalledWith({ file: 'shop.yaml', line: 122 });
    await click(dns.querySelector('[aria-label="Select shop/Deployment/web in the graph"]'));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'node', id: 'wl:shop/Deployment/web' });
    await click(
      dns.querySelector('[aria-label="Select shop/NetworkPolicy/web-egress in the inspector"]'),
    );
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'policy', id: 'shop/web-egress' });
  });

  it('lists the first 30 of a long list until asked for all', async () => {
    const { graph, snapshot } = load();
    const many = Array.from({ length: 35 }, (_, i) => ({
      ...snapshot.findings[2]!,
      source: { ...snapshot.findings[2]!.source, line: i + 1 },
    }));
    const view = await mount(
      <FindingsSection findings={many} graph={graph} onJump={vi.fn()} onSelect={vi.fn()} />,
    );
    cleanup = view.unmount;
    const count = () => view.container.querySelectorAll('[data-testid="finding"]').length;
    expect(count()).toBe(30);
    await click(button(view.container, 'Show all 35 findings'));
    expect(count()).toBe(35);
  });

  it('says so when there is nothing to report', async () => {
    const { graph } = load();
    const view = await mount(
      <FindingsSection findings={[]} graph={graph} onJump={vi.fn()} onSelect={vi.fn()} />,
    );
    cleanup = view.unmount;
    expect(view.container.textContent).toContain('No findings');
  });
});
