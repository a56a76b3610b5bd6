import { createContext, useContext } from 'react';

/** What nodes and edge labels can ask of the canvas owner; stable for the canvas's lifetime. */
export interface CanvasActions {
  toggleNamespace(nodeId: string): void;
  toggleWorkload(nodeId: string): void;
  selectEdge(edgeId: string): void;
}

const noop = () => {};

export const CanvasActionsContext = createContext<CanvasActions>({
  toggleNamespace: noop,
  toggleWorkload: noop,
  selectEdge: noop,
});

export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}
