import { useCallback, useMemo, useState } from 'react';
import { usePanelRef, type PanelSize } from 'react-resizable-panels';

export interface SidePanes {
  editorRef: ReturnType<typeof usePanelRef>;
  inspectorRef: ReturnType<typeof usePanelRef>;
  editorHidden: boolean;
  inspectorHidden: boolean;
  onEditorResize: (size: PanelSize) => void;
  onInspectorResize: (size: PanelSize) => void;
  toggleEditor: () => void;
  toggleInspector: () => void;
  /** Both sides away for a big-screen graph, or both back. */
  toggleBoth: () => void;
}

/**
 * The editor and inspector panes, collapsible from buttons as well as by dragging a separator to
 * the edge. Collapsed state is read back from the panes' sizes, so a drag and a click agree.
 */
export function useSidePanes(): SidePanes {
  const editorRef = usePanelRef();
  const inspectorRef = usePanelRef();
  const [editorHidden, setEditorHidden] = useState(false);
  const [inspectorHidden, setInspectorHidden] = useState(false);
  const onEditorResize = useCallback((s: PanelSize) => setEditorHidden(s.inPixels < 1), []);
  const onInspectorResize = useCallback((s: PanelSize) => setInspectorHidden(s.inPixels < 1), []);
  return useMemo(() => {
    const flip = (ref: typeof editorRef) => {
      const p = ref.current;
      if (!p) return;
      if (p.isCollapsed()) p.expand();
      else p.collapse();
    };
    return {
      editorRef,
      inspectorRef,
      editorHidden,
      inspectorHidden,
      onEditorResize,
      onInspectorResize,
      toggleEditor: () => flip(editorRef),
      toggleInspector: () => flip(inspectorRef),
      toggleBoth: () => {
        const hide = !(editorHidden && inspectorHidden);
        for (const ref of [editorRef, inspectorRef]) {
          const p = ref.current;
          if (!p) continue;
          if (hide && !p.isCollapsed()) p.collapse();
          if (!hide && p.isCollapsed()) p.expand();
        }
      },
    };
  }, [editorRef, inspectorRef, editorHidden, inspectorHidden, onEditorResize, onInspectorResize]);
}
