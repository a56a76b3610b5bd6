import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic';
import type { AnalysisSnapshot, PolicyDetails } from '../worker/snapshot';
import type { GraphResult } from '../worker/protocol';
import { currentPolicyDetails } from './analysis-slice';
import { createAppStore } from './app-store';

const store = createAppStore;

const error: Diagnostic = { file: 'f', doc: 0, line: 3, col: 1, severity: 'error', message: 'bad' };
const snapshot = (errors: number) =>
  ({ diagnostics: Array(errors).fill(error) }) as unknown as AnalysisSnapshot;
const graph = (name: string) => ({ name }) as unknown as GraphResult;

describe('the graph on screen while the text is broken', () => {
  it('keeps the last good graph when an edit adds errors, and replaces it once they are fixed', () => {
    const s = store();
    s.getState().setAnalysed(snapshot(0), graph('good'), 'worker');
    s.getState().setAnalysed(snapshot(1), graph('broken'), 'worker');
    expect(s.getState()).toMatchObject({ drawn: { name: 'good' }, stale: true });
    expect(s.getState().snapshot?.diagnostics).toHaveLength(1);
    s.getState().setAnalysed(snapshot(0), graph('fixed'), 'worker');
    expect(s.getState()).toMatchObject({ drawn: { name: 'fixed' }, stale: false });
  });
  it('draws input whose errors were there from the start (an odd object in a dump)', () => {
    const s = store();
    s.getState().setAnalysed(snapshot(2), graph('first'), 'worker');
    expect(s.getState()).toMatchObject({ drawn: { name: 'first' }, stale: false });
    s.getState().setAnalysed(snapshot(2), graph('edited'), 'worker');
    expect(s.getState()).toMatchObject({ drawn: { name: 'edited' }, stale: false });
  });
});

describe('namespaces a big cluster opens with collapsed', () => {
  it('come with the analysis that drew them, in one update', () => {
    const s = store();
    const updates: string[][] = [];
    s.subscribe((state) => updates.push(state.collapsedNamespaces));
    s.getState().setAnalysed(snapshot(0), graph('big'), 'worker', ['web', 'api']);
    expect(updates).toEqual([['api', 'web']]);
    s.getState().setAnalysed(snapshot(0), graph('edited'), 'worker', ['api', 'web']);
    s.getState().setAnalysed(snapshot(0), graph('edited'), 'worker');
    // The same namespaces again are no change: the list keeps its identity.
    expect(updates).toHaveLength(3);
    expect(updates[2]).toBe(updates[0]);
  });
});

describe('the node in focus', () => {
  it('stays while one of its edges is selected and goes with the selection', () => {
    const s = store();
    s.getState().select({ kind: 'node', id: 'wl:a' });
    s.getState().select({ kind: 'edge', id: 'e1' });
    expect(s.getState().focusNode).toBe('wl:a');
    s.getState().select(undefined);
    expect(s.getState().focusNode).toBeUndefined();
  });
});

describe('the selected policy’s details', () => {
  it('are current only for the analysis they were asked for and while that policy is selected', () => {
    const s = store();
    const first = snapshot(0);
    s.getState().setAnalysed(first, graph('g'), 'worker');
    s.getState().select({ kind: 'policy', id: 'shop/web' });
    const details = { id: 'shop/web' } as unknown as PolicyDetails;
    s.getState().setPolicyDetails(first, details);
    expect(currentPolicyDetails(s.getState())).toBe(details);
    s.getState().select({ kind: 'policy', id: 'shop/db' });
    expect(currentPolicyDetails(s.getState())).toBeUndefined();
    s.getState().select({ kind: 'policy', id: 'shop/web' });
    expect(currentPolicyDetails(s.getState())).toBe(details);
    // An edit: the old flows are not shown for the new analysis.
    s.getState().setAnalysed(snapshot(0), graph('g2'), 'worker');
    expect(currentPolicyDetails(s.getState())).toBeUndefined();
  });
});
