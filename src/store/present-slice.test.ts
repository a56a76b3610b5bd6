import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { AppState } from './app-store';
import { createAnalysisSlice } from './analysis-slice';
import { createPresentSlice } from './present-slice';
import { createViewSlice } from './view-slice';
import { createWorkspaceSlice } from './workspace-slice';

const store = () =>
  create<AppState>()((...a) => ({
    ...createWorkspaceSlice(...a),
    ...createViewSlice(...a),
    ...createAnalysisSlice(...a),
    ...createPresentSlice(...a),
  }));

describe('presentation mode', () => {
  it('starts on the graph tab, at the step asked for, and stops', () => {
    const s = store();
    s.getState().setTab('exposure');
    s.getState().startPresenting(2);
    expect(s.getState()).toMatchObject({ presenting: true, walkStep: 2, tab: 'graph' });
    s.getState().stopPresenting();
    expect(s.getState().presenting).toBe(false);
  });

  it('starts before the first step unless told otherwise', () => {
    const s = store();
    s.getState().setWalkStep(4);
    s.getState().startPresenting();
    expect(s.getState().walkStep).toBe(-1);
  });

  it('keeps the selection when it stops, so the audience’s last view can be explored', () => {
    const s = store();
    s.getState().startPresenting();
    s.getState().select({ kind: 'policy', id: 'prod/api' });
    s.getState().stopPresenting();
    expect(s.getState().selection).toEqual({ kind: 'policy', id: 'prod/api' });
  });

  it('shows the inspector overlay until it is put away', () => {
    const s = store();
    expect(s.getState().presentDetails).toBe(true);
    s.getState().setPresentDetails(false);
    expect(s.getState().presentDetails).toBe(false);
  });
});
