import { memo, useCallback, useEffect, useState } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { DEFAULT_SAMPLE, loadSample } from '../../platform/load-sample';
import { readManifestFiles, type ReadFilesResult } from '../../platform/read-files';
import { decodeWorkspaceFile } from '../../share/workspace-file';
import { useAppStore, type AppState } from '../../store/app-store';
import { applyWorkspace } from '../../store/workspace-snapshot';
import { PresentationOverlay } from '../present/presentation-overlay';
import type { OpenedWorkspace } from '../share/startup-workspace';
import { useWorkspaceSync } from '../share/use-workspace-sync';
import { useAnalysisController } from './analysis-controller';
import { AppHeader } from './app-header';
import { CentrePane } from './centre-pane';
import { EditorPane } from './editor-pane';
import { InspectorPane } from './inspector-pane';
import { StatusBar } from './status-bar';
import { useFileDrop } from './use-file-drop';
import { useSidePanes } from './use-side-panes';
import './app.css';

/*
 * The app re-renders when the analysis status flips (running, ready: its data-status attribute);
 * the header and the panes subscribe to what they show themselves, so they need not re-render with it. Before
 * this, every edit re-rendered the editor, the graph and the inspector at its start.
 */
const Editor = memo(EditorPane);
const Centre = memo(CentrePane);
const Inspector = memo(InspectorPane);
const Header = memo(AppHeader);

const themeSelector = (s: AppState) => s.theme;
const statusSelector = (s: AppState) => s.status;
const failureSelector = (s: AppState) => s.failure;
const presentingSelector = (s: AppState) => s.presenting;

interface Props {
  /** What main.tsx opened before the first render: a shared link, the remembered workspace, or nothing. */
  startup: OpenedWorkspace;
}

/** The explorer: manifests on the left, the graph in the centre, the inspector on the right. */
export function App({ startup }: Props) {
  const client = useAnalysisController();
  const theme = useAppStore(themeSelector);
  const status = useAppStore(statusSelector);
  const failure = useAppStore(failureSelector);
  const presenting = useAppStore(presentingSelector);
  const [notice, setNotice] = useState<string | undefined>(startup.notice);

  const openSample = useCallback((file: string) => {
    loadSample(file)
      .then((text) => useAppStore.getState().addFiles([{ name: file, text }]))
      .catch((e: unknown) => setNotice(e instanceof Error ? e.message : String(e)));
  }, []);
  const accept = useCallback((result: ReadFilesResult) => {
    // A downloaded workspace (.reachmap.json) opens as the view it was; anything else is manifests.
    const manifests = [];
    const problems = result.rejected.map((r) => `Skipped ${r.name} (${r.reason})`);
    for (const file of result.files) {
      const workspace = decodeWorkspaceFile(file.text);
      if (workspace === undefined) manifests.push(file);
      else if (workspace.ok) applyWorkspace(workspace.workspace);
      else problems.push(`${file.name}: ${workspace.message}`);
    }
    if (manifests.length > 0) useAppStore.getState().addFiles(manifests);
    setNotice(problems.length > 0 ? problems.join(' ') : undefined);
  }, []);
  const openFiles = useCallback(
    (list: FileList) => void readManifestFiles(list).then(accept),
    [accept],
  );
  const dragging = useFileDrop(accept);
  const panes = useSidePanes();

  useWorkspaceSync(setNotice);
  useEffect(() => {
    // Neither a link nor a remembered workspace: the sample cluster, so there is something to look
    // at. A damaged link opens nothing but says why (the notice).
    if (startup.opened === 'nothing' && useAppStore.getState().files.length === 0)
      openSample(DEFAULT_SAMPLE);
  }, [openSample, startup]);

  return (
    <div
      className={`app theme-${theme}${presenting ? ' is-presenting' : ''}`}
      data-testid="app"
      data-status={status}
    >
      <Header onOpenFiles={openFiles} onOpenSample={openSample} />
      {presenting && <PresentationOverlay />}
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
          <Editor />
        </Panel>
        <Separator className="pane-separator" />
        <Panel id="centre-panel" defaultSize="52" minSize="25">
          <Centre client={client} panes={panes} />
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
          <Inspector client={client} />
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
