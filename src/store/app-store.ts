import { create } from 'zustand';
import { createAnalysisSlice, type AnalysisSlice } from './analysis-slice';
import { createPresentSlice, type PresentSlice } from './present-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';

export type AppState = WorkspaceSlice & ViewSlice & AnalysisSlice & PresentSlice;

/** A store with every slice: the page's one, or a fresh one for a test. */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createWorkspaceSlice(...a),
    ...createViewSlice(...a),
    ...createAnalysisSlice(...a),
    ...createPresentSlice(...a),
  }));

/** The one store, built from slices; derived data lives in selectors, not in state. */
export const useAppStore = createAppStore();
