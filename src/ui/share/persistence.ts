import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  browserStorage,
  createWorkspaceStorage,
  type NamedWorkspaceInfo,
  type StorageResult,
  type WorkspaceStorage,
} from '../../platform/workspace-storage';
import type { Workspace } from '../../share/workspace';
import { useAppStore } from '../../store/app-store';
import { applyWorkspace, workspaceChanged, workspaceOf } from '../../store/workspace-snapshot';

/*
 * What the browser keeps, as the share menu and the header show it. A store of its own because it
 * mirrors localStorage, not the app's state; it is never written into the app store.
 */

export interface PersistenceState {
  /** "Remember this workspace in this browser". */
  remember: boolean;
  named: NamedWorkspaceInfo[];
  /** Whether anything of reachmap's is stored at all. */
  stored: boolean;
  /** ISO time of the last autosave in this session. */
  savedAt: string | undefined;
  /** The last thing that went wrong (storage full, blocked), until dismissed or fixed. */
  problem: string | undefined;
}

export interface Persistence {
  state: StoreApi<PersistenceState>;
  storage: WorkspaceStorage;
  /** Re-reads what is stored (after something else wrote to the storage). */
  refresh(): void;
  setRemember(on: boolean): void;
  /** Saves now if remember is on and there is a change waiting or `force`. */
  saveNow(force?: boolean): void;
  /** Saves after `delayMs` of quiet: typing must not compress the workspace on every key. */
  scheduleSave(): void;
  saveNamed(name: string): StorageResult<{ replaced: boolean }>;
  openNamed(name: string): boolean;
  deleteNamed(name: string): void;
  clear(): void;
  dismissProblem(): void;
  /** Starts autosaving on every change of the workspace; returns the function that stops it. */
  watch(): () => void;
}

export interface PersistenceDeps {
  storage: WorkspaceStorage;
  /** The workspace on screen. */
  current(): Workspace;
  apply(workspace: Workspace): void;
  /** Calls back on every change of the workspace; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
  delayMs?: number;
}

/** How long the workspace must be left alone before it is autosaved. */
export const AUTOSAVE_DELAY_MS = 1000;

export function createPersistence(deps: PersistenceDeps): Persistence {
  const { storage } = deps;
  const state = createStore<PersistenceState>(() => ({
    remember: storage.isRemembering(),
    named: storage.listNamed(),
    stored: storage.hasStoredData(),
    savedAt: undefined,
    problem: undefined,
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  const refresh = (patch: Partial<PersistenceState> = {}) =>
    state.setState({
      remember: storage.isRemembering(),
      named: storage.listNamed(),
      stored: storage.hasStoredData(),
      ...patch,
    });

  const saveNow = (force = false) => {
    clearTimeout(timer);
    timer = undefined;
    if (!force && !pending) return;
    pending = false;
    if (!storage.isRemembering()) return;
    const saved = storage.saveCurrent(deps.current());
    if (saved.ok) refresh({ savedAt: saved.value.savedAt, problem: undefined });
    else {
      const since = state.getState().savedAt;
      const kept = since
        ? ` A reload shows the workspace as it was at ${new Date(since).toLocaleTimeString()}.`
        : '';
      refresh({ problem: `${saved.problem.message}${kept}` });
    }
  };

  const scheduleSave = () => {
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(saveNow, deps.delayMs ?? AUTOSAVE_DELAY_MS);
  };

  const report = (result: StorageResult<unknown>) =>
    refresh({ problem: result.ok ? undefined : result.problem.message });

  return {
    state,
    storage,
    refresh: () => refresh(),
    setRemember(on) {
      const set = storage.setRemembering(on);
      if (!set.ok) return report(set);
      if (on) saveNow(true);
      else refresh({ savedAt: undefined, problem: undefined });
    },
    saveNow,
    scheduleSave,
    saveNamed(name) {
      const saved = storage.saveNamed(name, deps.current());
      report(saved);
      return saved;
    },
    openNamed(name) {
      const opened = storage.openNamed(name);
      report(opened);
      if (opened.ok) deps.apply(opened.value);
      return opened.ok;
    },
    deleteNamed(name) {
      report(storage.deleteNamed(name));
    },
    clear() {
      clearTimeout(timer);
      pending = false;
      const cleared = storage.clear();
      report(cleared);
      if (cleared.ok) state.setState({ savedAt: undefined });
    },
    dismissProblem() {
      state.setState({ problem: undefined });
    },
    watch() {
      const unsubscribe = deps.subscribe(scheduleSave);
      return () => {
        unsubscribe();
        // Whatever is waiting is saved now: the tab may be closing.
        saveNow();
      };
    },
  };
}

let browserPersistence: Persistence | undefined;

/** The page's persistence: localStorage and the app store. Created on first use. */
export function appPersistence(): Persistence {
  browserPersistence ??= createPersistence({
    storage: createWorkspaceStorage(browserStorage()),
    current: () => workspaceOf(useAppStore.getState()),
    apply: (workspace) => applyWorkspace(workspace),
    subscribe: (onChange) =>
      useAppStore.subscribe((s, previous) => {
        if (workspaceChanged(s, previous)) onChange();
      }),
  });
  return browserPersistence;
}
