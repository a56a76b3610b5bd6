import { forgetLinkFragment, readLinkFragment } from '../../platform/location-fragment';
import type { WorkspaceStorage } from '../../platform/workspace-storage';
import { decodeWorkspaceLink } from '../../share/link-codec';
import { canonicalWorkspace, type Workspace } from '../../share/workspace';
import { useAppStore } from '../../store/app-store';
import { applyWorkspace, workspaceChanged } from '../../store/workspace-snapshot';
import { appPersistence } from './persistence';

export interface OpenedWorkspace {
  /**
   * - `link`: the address's link was opened;
   * - `damaged-link`: the address had a link that could not be read, nothing was loaded;
   * - `remembered`: the workspace remembered in this browser was opened;
   * - `nothing`: none of these, the caller opens the sample as before.
   */
  opened: 'link' | 'damaged-link' | 'remembered' | 'nothing';
  /** A sentence for the page's banner. */
  notice?: string;
}

export interface OpenDeps {
  storage: WorkspaceStorage;
  apply(workspace: Workspace): void;
  now?: () => Date;
}

/**
 * Opens a link fragment. Never throws; a damaged link changes nothing. With "remember" on, the
 * remembered workspace is about to be overwritten by the autosave, so it is first kept under a name.
 */
export function openLink(fragment: string, deps: OpenDeps): OpenedWorkspace {
  const decoded = decodeWorkspaceLink(fragment);
  if (!decoded.ok) return { opened: 'damaged-link', notice: decoded.error.message };
  const notice = keepRemembered(decoded.workspace, deps);
  deps.apply(decoded.workspace);
  return notice === undefined ? { opened: 'link' } : { opened: 'link', notice };
}

/** The link in the address if there is one, else the remembered workspace if remember is on. */
export function openStartupWorkspace(
  fragment: string | undefined,
  deps: OpenDeps,
): OpenedWorkspace {
  if (fragment !== undefined) return openLink(fragment, deps);
  const remembered = deps.storage.loadCurrent();
  if (!remembered.ok) {
    return { opened: 'nothing', notice: `${remembered.problem.message} The sample was opened.` };
  }
  if (!remembered.value) return { opened: 'nothing' };
  deps.apply(remembered.value.workspace);
  return { opened: 'remembered' };
}

function keepRemembered(incoming: Workspace, deps: OpenDeps): string | undefined {
  const current = deps.storage.loadCurrent();
  if (!current.ok || !current.value) return undefined;
  const same = (a: Workspace, b: Workspace) =>
    JSON.stringify(canonicalWorkspace(a)) === JSON.stringify(canonicalWorkspace(b));
  // A reload of a link that was opened (and autosaved) already.
  if (same(current.value.workspace, incoming)) return undefined;
  const when = (deps.now?.() ?? new Date()).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const name = `Before opening a link, ${when}`;
  const saved = deps.storage.saveNamed(name, current.value.workspace);
  return saved.ok
    ? `Your remembered workspace was saved as “${name}” (Share ▸ Saved workspaces) before the link replaced it.`
    : `The link replaced your remembered workspace, which could not be kept under a name: ${saved.problem.message}`;
}

let startup: OpenedWorkspace | undefined;
let stopWatching: (() => void) | undefined;

/**
 * What the page opens with: the link in the address, else the remembered workspace, else nothing
 * (the caller opens the sample). Runs once per page load, so StrictMode's second effect and later
 * renders get the same answer instead of finding the fragment already gone.
 *
 * @example
 * useEffect(() => {
 *   const startup = loadStartupWorkspace();
 *   if (startup.notice) setNotice(startup.notice);
 *   if (startup.opened === 'nothing') openSample(DEFAULT_SAMPLE);
 * }, [openSample]);
 */
export function loadStartupWorkspace(): OpenedWorkspace {
  startup ??= inPage((deps) => openStartupWorkspace(readLinkFragment(), deps));
  return startup;
}

/** Opens a link pasted into this tab's address bar after the page loaded (a `hashchange`). */
export function openLinkInPage(fragment: string): OpenedWorkspace {
  return inPage((deps) => openLink(fragment, deps));
}

function inPage(open: (deps: OpenDeps) => OpenedWorkspace): OpenedWorkspace {
  const persistence = appPersistence();
  // The previous link's watch would take the new link's apply for an edit.
  stopWatching?.();
  stopWatching = undefined;
  const result = open({
    storage: persistence.storage,
    apply: (workspace) => applyWorkspace(workspace),
  });
  persistence.refresh();
  // A damaged link leaves the address bar at once, so that a reload opens what it would without
  // it; an opened one stays until the workspace first changes (see platform/location-fragment.ts).
  if (result.opened === 'damaged-link') forgetLinkFragment();
  if (result.opened === 'link') {
    stopWatching = useAppStore.subscribe((s, previous) => {
      if (!workspaceChanged(s, previous)) return;
      stopWatching?.();
      stopWatching = undefined;
      forgetLinkFragment();
    });
  }
  return result;
}
