// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, loadSample, mount } from '../inspector/test-support';
import { ExposureView } from './exposure-view';

const { snapshot } = loadSample();
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('ExposureView', () => {
  it('tabulates exposed Services and selects one on the graph', async () => {
    const onSelect = vi.fn();
    const view = await mount(<ExposureView services={snapshot.services} onSelect={onSelect} />);
    cleanup = view.unmount;
    const rows = [...view.container.querySelectorAll('[data-testid="exposure-row"]')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('✗ production/Deployment/api-server on 8080');
    expect(rows[0]!.textContent).toContain('No: ');
    expect(view.container.querySelector('[data-testid="internal-only"]')?.textContent).toBe(
      '4 internal only (ClusterIP)',
    );
    await click(rows[1]!.querySelector('button'));
    expect(onSelect).toHaveBeenCalledWith('svc:production/api-server-np');
  });
});
