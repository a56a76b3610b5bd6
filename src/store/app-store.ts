import { create } from 'zustand';
import { createAnalysisSlice, type AnalysisSlice } from './analysis-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';

export type AppState = WorkspaceSlice & ViewSlice & AnalysisSlice;

/** The one store, built from slices; derived data lives in selectors, not in state. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createWorkspaceSlice(...a),
  ...createViewSlice(...a),
  ...createAnalysisSlice(...a),
}));
