import { getViewportForBounds } from '@xyflow/react';
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import type { CanvasExportHandle } from '../canvas/export-handle';

/**
 * The graph's box on paper, in CSS pixels: the `@media print` rules in graph-canvas.css give the
 * canvas this size (a landscape A4 or Letter page, 10 mm margins, room for the legend below).
 */
export const PRINT_GRAPH = { width: 960, height: 560 } as const;

/**
 * Printing lays the page out again at the paper's size but keeps the screen's pan and zoom, which
 * would cut the graph off: just before printing the whole graph is fitted into PRINT_GRAPH and
 * drawn (not only what was in view), and the view is put back afterwards.
 */
export function usePrintFit(handle: CanvasExportHandle | undefined): void {
  useEffect(() => {
    if (!handle) return;
    let restore: (() => void) | undefined;
    const before = () => {
      const previous = handle.viewport();
      const { width, height } = PRINT_GRAPH;
      // Synchronously: the browser lays the page out for print as soon as this returns.
      flushSync(() => {
        handle.renderAll(true);
        void handle.setViewport(
          getViewportForBounds(handle.bounds(), width, height, 0.05, 2, 0.04),
        );
      });
      restore = () => {
        handle.renderAll(false);
        void handle.setViewport(previous);
      };
    };
    const after = () => {
      restore?.();
      restore = undefined;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, [handle]);
}
