import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/app-store';
import type { GraphResult } from '../../worker/protocol';
import { loadSample } from '../inspector/test-support';
import { enterPresentation, leavePresentation, walk } from './walk';

const initial = useAppStore.getState();

/** The store as the page has it once the sample is analysed and drawn. */
function analysed(collapsed: string[] = []): void {
  const { snapshot, graph } = loadSample({ collapsedNamespaces: new Set(collapsed) });
  const drawn = { graph, collapsedNamespaces: collapsed } as unknown as GraphResult;
  useAppStore.setState(initial, true);
  useAppStore.getState().setAnalysed(snapshot, drawn, 'main thread', collapsed);
}

beforeEach(() => analysed());

describe('walk', () => {
  it('selects each policy, then each exposed Service, and asks the canvas to show it', () => {
    enterPresentation();
    expect(useAppStore.getState()).toMatchObject({ presenting: true, walkStep: -1 });

    walk('next');
    let s = useAppStore.getState();
    expect(s.walkStep).toBe(0);
    expect(s.selection).toEqual({ kind: 'policy', id: 'production/api-server-ingress' });
    // A policy is not a node: the node of the first pod it selects is brought into view.
    expect(s.centreOn?.id).toBe('wl:production/Deployment/api-server');

    walk('next');
    s = useAppStore.getState();
    expect(s.selection).toEqual({ kind: 'node', id: 'svc:production/api-server-lb' });
    expect(s.centreOn?.id).toBe('svc:production/api-server-lb');

    walk('last');
    walk('next');
    expect(useAppStore.getState().selection?.id).toBe('svc:production/api-server-np');
    walk('first');
    expect(useAppStore.getState().selection?.id).toBe('production/api-server-ingress');
    walk('previous');
    expect(useAppStore.getState().walkStep).toBe(0);
  });

  it('opens a collapsed namespace to show a Service inside it', () => {
    analysed(['production']);
    enterPresentation();
    walk('next');
    expect(useAppStore.getState().centreOn?.id).toBe('ns:production');
    expect(useAppStore.getState().collapsedNamespaces).toEqual(['production']);
    walk('next');
    expect(useAppStore.getState().collapsedNamespaces).toEqual([]);
    expect(useAppStore.getState().selection?.id).toBe('svc:production/api-server-lb');
  });

  it('starts at the step already selected', () => {
    useAppStore.getState().select({ kind: 'node', id: 'svc:production/api-server-np' });
    enterPresentation();
    expect(useAppStore.getState().walkStep).toBe(2);
    walk('previous');
    expect(useAppStore.getState().selection?.id).toBe('svc:production/api-server-lb');
    leavePresentation();
    expect(useAppStore.getState().presenting).toBe(false);
  });

  it('stays put with nothing analysed', () => {
    useAppStore.setState(initial, true);
    enterPresentation();
    walk('next');
    expect(useAppStore.getState()).toMatchObject({ walkStep: -1, selection: undefined });
  });
});
