import type { StateCreator } from 'zustand';
import type { FlowChange } from '../diff';
import type { Point } from '../layout';
import type { AppState } from './app-store';

/** A graph node or edge by id, or a NetworkPolicy by `ns/name` (policies are not graph nodes). */
export type Selection = { kind: 'node' | 'edge' | 'policy'; id: string };
export type Tab = 'graph' | 'matrix' | 'exposure' | 'compare';

export interface ViewSlice {
  collapsedNamespaces: string[];
  expandedWorkloads: string[];
  selection: Selection | undefined;
  /**
   * The node whose flows are in focus: the selected node, kept while one of its edges is
   * selected (so its denied edges stay drawn while one of them is being explained).
   */
  focusNode: string | undefined;
  /** Draw denied flows of the selected node as red dashed edges. */
  showDenied: boolean;
  /** Draw DNS lookups to cluster DNS on the edges (off: every workload's lookups crowd the DNS node). */
  showDnsFlows: boolean;
  /** Positions the user dragged nodes to; layout keeps them. */
  pinned: Record<string, Point>;
  tab: Tab;
  /** Where the editor should scroll next; the nonce lets the same line be asked twice. */
  jumpTo: { fileName: string; line: number; nonce: number } | undefined;
  /** A node the canvas should bring into view (a search result); the nonce lets one ask twice. */
  centreOn: { id: string; nonce: number } | undefined;
  /** The Compare tab's "before" version (the editor's files are "after"); not in the workspace. */
  compareBefore: string;
  /**
   * The connections the after version opens and closes, while the Compare tab shows them; the
   * graph draws them. Set by the tab, never stored.
   */
  compareFlows: readonly FlowChange[] | undefined;
  toggleNamespace(id: string): void;
  toggleWorkload(id: string): void;
  select(selection: Selection | undefined): void;
  setShowDenied(on: boolean): void;
  setShowDnsFlows(on: boolean): void;
  pin(id: string, at: Point): void;
  setTab(tab: Tab): void;
  jump(fileName: string, line: number): void;
  centre(id: string): void;
  setCompareBefore(text: string): void;
  setCompareFlows(flows: readonly FlowChange[] | undefined): void;
}

/** `ns:production` → `production` */
function namespaceName(id: string): string {
  return id.startsWith('ns:') ? id.slice(3) : id;
}

function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  collapsedNamespaces: [],
  expandedWorkloads: [],
  selection: undefined,
  focusNode: undefined,
  showDenied: true,
  showDnsFlows: false,
  pinned: {},
  tab: 'graph',
  jumpTo: undefined,
  centreOn: undefined,
  compareBefore: '',
  compareFlows: undefined,
  toggleNamespace(id) {
    set((s) => ({ collapsedNamespaces: toggle(s.collapsedNamespaces, namespaceName(id)) }));
  },
  toggleWorkload(id) {
    set((s) => ({ expandedWorkloads: toggle(s.expandedWorkloads, id) }));
  },
  select(selection) {
    set((s) => ({
      selection,
      focusNode:
        selection?.kind === 'node'
          ? selection.id
          : selection?.kind === 'edge'
            ? s.focusNode
            : undefined,
    }));
  },
  setShowDenied(on) {
    set({ showDenied: on });
  },
  setShowDnsFlows(on) {
    set({ showDnsFlows: on });
  },
  pin(id, at) {
    set((s) => ({ pinned: { ...s.pinned, [id]: at } }));
  },
  setTab(tab) {
    set({ tab });
  },
  jump(fileName, line) {
    set((s) => ({ jumpTo: { fileName, line, nonce: (s.jumpTo?.nonce ?? 0) + 1 } }));
  },
  centre(id) {
    set((s) => ({ centreOn: { id, nonce: (s.centreOn?.nonce ?? 0) + 1 } }));
  },
  setCompareBefore(text) {
    set({ compareBefore: text });
  },
  setCompareFlows(flows) {
    set({ compareFlows: flows });
  },
});
