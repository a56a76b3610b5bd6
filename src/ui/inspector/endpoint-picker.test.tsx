// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Endpoint } from '../../model/types';
import { EndpointPicker, MAX_OPTIONS } from './endpoint-picker';
import { change, mount } from './test-support';

const endpoint = (i: number): Endpoint => ({
  id: `pod:shop/web-${i}`,
  kind: 'Pod',
  namespace: 'shop',
  name: `web-${i}`,
  labels: { app: i % 2 ? 'odd' : 'even' },
  ports: [],
  ips: [],
  hostNetwork: false,
});
const many = Array.from({ length: MAX_OPTIONS * 3 }, (_, i) => endpoint(i));

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function render(value: string) {
  const onChange = vi.fn();
  const view = await mount(
    <EndpointPicker label="From" endpoints={many} value={value} onChange={onChange} />,
  );
  cleanup = view.unmount;
  const options = () =>
    [...view.container.querySelectorAll('option')].map((o) => o.value).filter(Boolean);
  return { ...view, onChange, options };
}

describe('EndpointPicker', () => {
  it('lists the first MAX_OPTIONS endpoints of a big cluster and says how many are left out', async () => {
    const { container, options } = await render('');
    expect(options()).toEqual(many.slice(0, MAX_OPTIONS).map((e) => e.id));
    expect(container.textContent).toContain(
      `${MAX_OPTIONS} of ${many.length} shown; type to narrow.`,
    );
  });

  it('narrows by id or label value as the filter is typed', async () => {
    const { container, options } = await render('');
    await change(container.querySelector('input'), 'web-12');
    expect(options()).toEqual([
      'pod:shop/web-12',
      ...many.filter((e) => /web-12\d/.test(e.id)).map((e) => e.id),
    ]);
    expect(container.textContent).not.toContain('type to narrow');
    await change(container.querySelector('input'), 'odd');
    expect(options()).toHaveLength(MAX_OPTIONS);
    expect(options().every((id) => Number(id.split('-').pop()) % 2 === 1)).toBe(true);
  });

  it('keeps the chosen endpoint selectable when the filter or the cap hides it', async () => {
    const last = many.at(-1)!.id;
    const { container, options, onChange } = await render(last);
    expect(options()[0]).toBe(last);
    expect(container.querySelector('select')!.value).toBe(last);
    await change(container.querySelector('select'), many[3]!.id);
    expect(onChange).toHaveBeenCalledWith(many[3]!.id);
  });
});
