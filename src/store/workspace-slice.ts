import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface WorkspaceFile {
  /** Stable across renames and edits; used as React key and for diagnostics by file name. */
  id: string;
  name: string;
  text: string;
}

export type Cni = 'enforcing' | 'flannel';
export type Theme = 'light' | 'dark';

export interface Settings {
  /** Flannel does not enforce NetworkPolicies: everything is allowed, whatever they say. */
  cni: Cni;
  ipBlockMatchesPodIPs: boolean;
  hostNetworkPodsSelectable: boolean;
}

export interface WorkspaceSlice {
  files: WorkspaceFile[];
  activeFileId: string | undefined;
  settings: Settings;
  theme: Theme;
  /** Adds files; a file with the same name replaces the earlier one's text. */
  addFiles(files: { name: string; text: string }[]): void;
  removeFile(id: string): void;
  setActiveFile(id: string): void;
  setFileText(id: string, text: string): void;
  setSettings(patch: Partial<Settings>): void;
  setTheme(theme: Theme): void;
}

let nextFileId = 1;

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set) => ({
  files: [],
  activeFileId: undefined,
  settings: { cni: 'enforcing', ipBlockMatchesPodIPs: true, hostNetworkPodsSelectable: false },
  theme: 'light',
  addFiles(incoming) {
    set((s) => {
      const files = [...s.files];
      let active = s.activeFileId;
      for (const f of incoming) {
        const existing = files.findIndex((x) => x.name === f.name);
        if (existing >= 0) {
          files[existing] = { ...files[existing]!, text: f.text };
          active = files[existing]!.id;
        } else {
          const file = { id: `f${nextFileId++}`, name: f.name, text: f.text };
          files.push(file);
          active = file.id;
        }
      }
      return { files, activeFileId: active };
    });
  },
  removeFile(id) {
    set((s) => {
      const files = s.files.filter((f) => f.id !== id);
      const activeFileId = s.activeFileId === id ? files[0]?.id : s.activeFileId;
      return { files, activeFileId };
    });
  },
  setActiveFile(id) {
    set({ activeFileId: id });
  },
  setFileText(id, text) {
    set((s) => ({ files: s.files.map((f) => (f.id === id ? { ...f, text } : f)) }));
  },
  setSettings(patch) {
    set((s) => ({ settings: { ...s.settings, ...patch } }));
  },
  setTheme(theme) {
    set({ theme });
  },
});
