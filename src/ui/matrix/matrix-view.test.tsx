// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { MatrixFilter } from '../../worker/protocol';
import { change, click, explainerOf, loadSample, mount, queryOf } from '../inspector/test-support';
import { MatrixView } from './matrix-view';

const sample = loadSample();
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('MatrixView', () => {
  it('draws the table for the busiest port and explains a clicked cell', async () => {
    const asked: MatrixFilter[] = [];
    const query = queryOf(sample.analysis);
    const view = await mount(
      <MatrixView
        snapshot={sample.snapshot}
        query={(f) => (asked.push(f), query(f))}
        explain={explainerOf(sample.analysis)}
      />,
    );
    cleanup = view.unmount;
    expect(asked[0]).toEqual({ port: 9090, protocol: 'TCP', limit: 20_000 });
    const cells = [...view.container.querySelectorAll('button[data-testid="matrix-cell"]')];
    const denied = cells.find((c) =>
      c.getAttribute('aria-label')?.startsWith('monitoring/Deployment/prometheus → production'),
    )!;
    expect(denied.textContent).toBe('✗');
    await click(denied);
    expect(denied.getAttribute('aria-pressed')).toBe('true');
    const verdict = view.container.querySelector('[data-testid="verdict"]');
    expect(verdict?.getAttribute('data-verdict')).toBe('denied');
  });

  it('applies the filters and says when the answer was truncated', async () => {
    const asked: MatrixFilter[] = [];
    const view = await mount(
      <MatrixView
        snapshot={sample.snapshot}
        query={(f) => (asked.push(f), Promise.resolve({ verdicts: [], total: f.limit + 1 }))}
        explain={explainerOf(sample.analysis)}
      />,
    );
    cleanup = view.unmount;
    expect(view.container.textContent).toContain('Truncated: only the first 20,000 of 20,001');
    const form = view.container.querySelector('form')!;
    await change(form.querySelector('input[type="number"]'), '53');
    await change(form.querySelector('select'), 'UDP');
    await click(form.querySelector('input[type="checkbox"]'));
    expect(asked).toHaveLength(1);
    await click(form.querySelector('button[type="submit"]'));
    expect(asked.at(-1)).toEqual({
      namespaces: ['kube-system'],
      port: 53,
      protocol: 'UDP',
      limit: 20_000,
    });
  });
});
