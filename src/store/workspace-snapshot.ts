import type { StoreApi } from 'zustand';
import type {
  Workspace,
  WorkspaceSelection,
  WorkspaceSettings,
  WorkspaceTab,
} from '../share/workspace';
import { useAppStore, type AppState } from './app-store';
import type { Selection, Tab } from './view-slice';
import type { Settings, WorkspaceFile } from './workspace-slice';

// src/share may not import the store, so it spells these types out again. If the store's change,
// this stops compiling: extend the Workspace (and give links a new version if old ones can't say it).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type _WorkspaceMatchesStore = [
  // Compare is left out of links (see workspaceOf).
  Holds<Same<Exclude<Tab, 'compare'>, WorkspaceTab>>,
  Holds<Same<Selection, WorkspaceSelection>>,
  Holds<Same<Settings, WorkspaceSettings>>,
];

type Store = Pick<StoreApi<AppState>, 'getState' | 'setState'>;

/**
 * The shareable part of the state: files, what is selected and how the graph is shown, and the
 * settings that change verdicts. Not the theme (a reader's own choice) nor dragged positions.
 *
 * @example
 * const link = encodeWorkspaceLink(workspaceOf(useAppStore.getState()));
 */
export function workspaceOf(s: AppState): Workspace {
  // Names are unique in the store (adding a taken name replaces the file); a link with two files
  // of one name would be refused when opened, so the last one wins here as it would there.
  const byName = new Map(s.files.map((f) => [f.name, f.text]));
  const active = s.files.find((f) => f.id === s.activeFileId);
  return {
    files: [...byName].map(([name, text]) => ({ name, text })),
    ...(active ? { activeFile: active.name } : {}),
    ...(s.selection ? { selection: { kind: s.selection.kind, id: s.selection.id } } : {}),
    ...(s.focusNode !== undefined ? { focusNode: s.focusNode } : {}),
    // The before version is not part of a workspace: a link would open an empty Compare tab.
    tab: s.tab === 'compare' ? 'graph' : s.tab,
    collapsedNamespaces: [...s.collapsedNamespaces],
    expandedWorkloads: [...s.expandedWorkloads],
    settings: {
      cni: s.settings.cni,
      ipBlockMatchesPodIPs: s.settings.ipBlockMatchesPodIPs,
      hostNetworkPodsSelectable: s.settings.hostNetworkPodsSelectable,
    },
    showDenied: s.showDenied,
    showDnsFlows: s.showDnsFlows,
  };
}

/** Whether anything `workspaceOf` reads differs (by reference, as the slices replace what they change). */
export function workspaceChanged(a: AppState, b: AppState): boolean {
  return (
    a.files !== b.files ||
    a.activeFileId !== b.activeFileId ||
    a.selection !== b.selection ||
    a.focusNode !== b.focusNode ||
    a.tab !== b.tab ||
    a.collapsedNamespaces !== b.collapsedNamespaces ||
    a.expandedWorkloads !== b.expandedWorkloads ||
    a.settings !== b.settings ||
    a.showDenied !== b.showDenied ||
    a.showDnsFlows !== b.showDnsFlows
  );
}

let nextFileId = 1;

/**
 * Replaces the whole workspace in one update, so the analysis runs once, on the new files.
 *
 * @example
 * const result = decodeWorkspaceLink(location.hash);
 * if (result.ok) applyWorkspace(result.workspace);
 */
export function applyWorkspace(workspace: Workspace, store: Store = useAppStore): void {
  // Ids of their own: the slice's counter is private, and these only need to differ from its `f…`.
  const files: WorkspaceFile[] = workspace.files.map((f) => ({
    id: `w${nextFileId++}`,
    name: f.name,
    text: f.text,
  }));
  const selection = workspace.selection && { ...workspace.selection };
  store.setState({
    files,
    activeFileId: (files.find((f) => f.name === workspace.activeFile) ?? files[0])?.id,
    settings: { ...workspace.settings },
    selection,
    // As `select` would have set it, unless the workspace says which node was in focus.
    focusNode: workspace.focusNode ?? (selection?.kind === 'node' ? selection.id : undefined),
    tab: workspace.tab,
    collapsedNamespaces: [...workspace.collapsedNamespaces].sort(),
    expandedWorkloads: [...workspace.expandedWorkloads].sort(),
    showDenied: workspace.showDenied,
    showDnsFlows: workspace.showDnsFlows,
    // Positions, a pending jump and the analysis all belong to the files being replaced: the old
    // cluster's graph must not stay on screen as if it were a stale version of this one.
    pinned: {},
    jumpTo: undefined,
    status: 'idle',
    snapshot: undefined,
    drawn: undefined,
    drawnErrors: 0,
    stale: false,
    failure: undefined,
  });
}
