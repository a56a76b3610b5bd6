import { useCallback, useEffect, useState } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { DEFAULT_SAMPLE, loadSample } from '../../platform/load-sample';
import { readManifestFiles, type ReadFilesResult } from '../../platform/read-files';
import { useAppStore, type AppState } from '../../store/app-store';
import { useAnalysisController } from './analysis-controller';
import { AppHeader } from './app-header';
import { CentrePane } from './centre-pane';
import { EditorPane } from './editor-pane';
import { InspectorPane } from './inspector-pane';
import { StatusBar } from './status-bar';
import { useFileDrop } from './use-file-drop';
import { useSidePanes } from './use-side-panes';
import './app.css';

const themeSelector = (s: AppState) => s.theme;
const statusSelector = (s: AppState) => s.status;
const failureSelector = (s: AppState) => s.failure;

/** The explorer: manifests on the left, the graph in the centre, the inspector on the right. */
export function App() {
  const client = useAnalysisController();
  const theme = useAppStore(themeSelector);
  const status = useAppStore(statusSelector);
  const failure = useAppStore(failureSelector);
  const [notice, setNotice] = useState<string | undefined>();

  const openSample = useCallback((file: string) => {
    loadSample(file)
      .then((text) => useAppStore.getState().addFiles([{ name: file, text }]))
      .catch((e: unknown) => setNotice(e instanceof Error ? e.message : String(e)));
  }, []);
  const accept = useCallback((result: ReadFilesResult) => {
    if (result.files.length > 0) useAppStore.getState().addFiles(result.files);
    setNotice(
      result.rejected.length > 0
        ? `Skipped ${result.rejected.map((r) => `${r.name} (${r.reason})`).join(', ')}`
        : undefined,
    );
  }, []);
  const dragging = useFileDrop(accept);
  const panes = useSidePanes();

  useEffect(() => {
    // The sample cluster on first visit, so there is something to look at.
    if (useAppStore.getState().files.length === 0) openSample(DEFAULT_SAMPLE);
  }, [openSample]);

  return (
    <div className={`app theme-${theme}`} data-testid="app" data-status={status}>
      <AppHeader
        onOpenFiles={(list) => void readManifestFiles(list).then(accept)}
        onOpenSample={openSample}
      />
      {(notice ?? failure) && (
        <p className="banner banner-warning" role="alert">
          {notice ?? failure}
        </p>
      )}
      <Group className="panes" orientation="horizontal">
        <Panel
          id="editor-panel"
          defaultSize="24"
          minSize="12"
          collapsible
          panelRef={panes.editorRef}
          onResize={panes.onEditorResize}
        >
          <EditorPane />
        </Panel>
        <Separator className="pane-separator" />
        <Panel id="centre-panel" defaultSize="52" minSize="25">
          <CentrePane client={client} panes={panes} />
        </Panel>
        <Separator className="pane-separator" />
        <Panel
          id="inspector-panel"
          defaultSize="24"
          minSize="12"
          collapsible
          panelRef={panes.inspectorRef}
          onResize={panes.onInspectorResize}
        >
          <InspectorPane client={client} />
        </Panel>
      </Group>
      <StatusBar />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop .yaml, .yml or .json files to add them
        </div>
      )}
    </div>
  );
}
