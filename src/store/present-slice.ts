import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface PresentSlice {
  /** Presentation mode: the graph full screen, editor hidden, inspector over the graph. */
  presenting: boolean;
  /**
   * Where the walkthrough stands: an index into the steps of the current analysis, -1 before the
   * first step. It is not derived from the selection because clicking around the graph mid-talk
   * should not lose the presenter's place.
   */
  walkStep: number;
  /** Whether the inspector overlay is shown over the graph while presenting. */
  presentDetails: boolean;
  /** Starts presenting (on the graph tab), at `step` of the walkthrough (-1: not started). */
  startPresenting(step?: number): void;
  stopPresenting(): void;
  setWalkStep(step: number): void;
  setPresentDetails(shown: boolean): void;
}

export const createPresentSlice: StateCreator<AppState, [], [], PresentSlice> = (set) => ({
  presenting: false,
  walkStep: -1,
  presentDetails: true,
  startPresenting(step = -1) {
    // The walkthrough shows its steps on the graph: the matrix or exposure tab would hide them.
    set({ presenting: true, walkStep: step, tab: 'graph' });
  },
  stopPresenting() {
    set({ presenting: false });
  },
  setWalkStep(step) {
    set({ walkStep: step });
  },
  setPresentDetails(shown) {
    set({ presentDetails: shown });
  },
});
