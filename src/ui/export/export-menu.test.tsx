// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../analyze';
import { parseCsv } from '../../export/csv';
import { useAppStore } from '../../store/app-store';
import { snapshotOf } from '../../worker/snapshot';
import { button, click, mount } from '../inspector/test-support';
import { ExportMenu } from './export-menu';

const text = readFileSync('public/samples/production.yaml', 'utf8');
const analysis = analyze([{ name: 'production.yaml', text }]);

let cleanup: (() => void) | undefined;
let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  // jsdom has no object URLs and does not follow links: record what would be downloaded.
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  useAppStore.setState({
    files: [{ id: 'f1', name: 'production.yaml', text }],
    snapshot: snapshotOf(analysis),
  });
});

afterEach(() => {
  cleanup?.();
  vi.restoreAllMocks();
});

async function open() {
  const view = await mount(<ExportMenu />);
  cleanup = view.unmount;
  const toggle = button(view.container, 'Export')!;
  await click(toggle);
  const dialog = view.container.querySelector('[role="dialog"]')!;
  return { ...view, toggle, dialog };
}

describe('ExportMenu', () => {
  it('opens on the first export it can do, closes on Escape and gives focus back', async () => {
    const { toggle, dialog, container } = await open();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(dialog.getAttribute('aria-label')).toBe('Export');
    // No graph canvas is mounted here: its exports wait for the Graph tab.
    expect(button(dialog, 'Graph PNG (view)')!.disabled).toBe(true);
    expect(dialog.textContent).toContain('Open the Graph tab to export the graph.');
    expect(document.activeElement).toBe(button(dialog, 'Matrix CSV'));
    await act(async () => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('downloads the matrix as CSV with every verdict the analysis has', async () => {
    const { dialog } = await open();
    await click(button(dialog, 'Matrix CSV'));
    await act(() => vi.waitFor(() => expect(downloads).toHaveLength(1)));
    expect(downloads.map((d) => d.name)).toEqual(['reachmap-matrix.csv']);
    expect(downloads[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const records = parseCsv(await downloads[0]!.blob.text());
    expect(records).toHaveLength(analysis.reachability.verdicts().length + 1);
    await act(() =>
      vi.waitFor(() =>
        expect(dialog.querySelector('[role="status"]')?.textContent).toMatch(
          /^Downloaded reachmap-matrix\.csv \(\d+(\.\d)? (KB|bytes)\)$/,
        ),
      ),
    );
  });

  it('downloads the exposure list as Markdown', async () => {
    const { dialog } = await open();
    await click(button(dialog, 'Exposure Markdown'));
    await act(() => vi.waitFor(() => expect(downloads).toHaveLength(1)));
    expect(downloads[0]!.name).toBe('reachmap-exposure.md');
    expect(await downloads[0]!.blob.text()).toContain('| production/api-server-np | NodePort |');
  });

  it('offers nothing but waits while there is no analysis', async () => {
    useAppStore.setState({ snapshot: undefined });
    const { dialog } = await open();
    expect(button(dialog, 'Matrix CSV')!.disabled).toBe(true);
    expect(button(dialog, 'Exposure Markdown')!.title).toBe('Nothing analysed yet.');
  });
});
