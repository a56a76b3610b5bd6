/**
 * What a share link, a downloaded workspace file and the browser's storage hold: the manifests and
 * the view on them. The literal types repeat the store's (src/store) because the core may not
 * import it; src/store/workspace-snapshot.ts fails to compile if the two drift apart.
 */
export interface Workspace {
  files: WorkspaceFileText[];
  /** Name of the file open in the editor. */
  activeFile?: string;
  selection?: WorkspaceSelection;
  /** Kept apart from `selection`: a selected denied edge only exists while its node is in focus. */
  focusNode?: string;
  tab: WorkspaceTab;
  /** Namespace names (not node ids), sorted, as the view slice keeps them. */
  collapsedNamespaces: string[];
  /** Workload node ids, sorted. */
  expandedWorkloads: string[];
  settings: WorkspaceSettings;
  showDenied: boolean;
  showDnsFlows: boolean;
}

export interface WorkspaceFileText {
  name: string;
  text: string;
}

export interface WorkspaceSelection {
  kind: 'node' | 'edge' | 'policy';
  id: string;
}

export type WorkspaceTab = 'graph' | 'matrix' | 'exposure';

/** Everything that changes what is evaluated; a link without it could show other verdicts. */
export interface WorkspaceSettings {
  cni: 'enforcing' | 'flannel';
  ipBlockMatchesPodIPs: boolean;
  hostNetworkPodsSelectable: boolean;
}

export type WorkspaceCheck = { ok: true; workspace: Workspace } | { ok: false; problem: string };

/**
 * Limits on untrusted input (links, files, storage). Far above what the app produces, low enough
 * that a hostile link cannot make the page build millions of objects.
 */
export const WORKSPACE_LIMITS = {
  files: 1_000,
  nameChars: 1_024,
  listEntries: 100_000,
  idChars: 4_096,
} as const;

const TABS: readonly WorkspaceTab[] = ['graph', 'matrix', 'exposure'];
const SELECTION_KINDS: readonly WorkspaceSelection['kind'][] = ['node', 'edge', 'policy'];
const CNIS: readonly WorkspaceSettings['cni'][] = ['enforcing', 'flannel'];

class Invalid extends Error {}

type Fields = Record<string, unknown>;

function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Invalid(`${path} is not an object`);
  }
  return value as Fields;
}

/** Own properties only: `__proto__` or `constructor` keys from JSON.parse never reach a lookup. */
function field(fields: Fields, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
}

function text(value: unknown, path: string, maxChars = Infinity): string {
  if (typeof value !== 'string') throw new Invalid(`${path} is not a string`);
  if (value.length > maxChars) throw new Invalid(`${path} is longer than ${maxChars} characters`);
  return value;
}

function flag(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(`${path} is not true or false`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) {
    throw new Invalid(`${path} is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${path} is not a list`);
  if (value.length > max) throw new Invalid(`${path} has more than ${max} entries`);
  return value;
}

function names(value: unknown, path: string): string[] {
  return list(value, path, WORKSPACE_LIMITS.listEntries).map((v, i) =>
    text(v, `${path}[${i}]`, WORKSPACE_LIMITS.idChars),
  );
}

function optional<T>(fields: Fields, key: string, read: (v: unknown, path: string) => T) {
  const value = field(fields, key);
  return value === undefined ? {} : { [key]: read(value, key) };
}

function readFiles(value: unknown): WorkspaceFileText[] {
  const seen = new Set<string>();
  return list(value, 'files', WORKSPACE_LIMITS.files).map((item, i) => {
    const f = record(item, `files[${i}]`);
    const name = text(field(f, 'name'), `files[${i}].name`, WORKSPACE_LIMITS.nameChars);
    // The store keys files by name (adding a file with a taken name replaces it).
    if (seen.has(name)) throw new Invalid(`files[${i}].name "${name}" appears twice`);
    seen.add(name);
    return { name, text: text(field(f, 'text'), `files[${i}].text`) };
  });
}

function readSelection(value: unknown, path: string): WorkspaceSelection {
  const s = record(value, path);
  return {
    kind: oneOf(field(s, 'kind'), SELECTION_KINDS, `${path}.kind`),
    id: text(field(s, 'id'), `${path}.id`, WORKSPACE_LIMITS.idChars),
  };
}

function readSettings(value: unknown): WorkspaceSettings {
  const s = record(value, 'settings');
  return {
    cni: oneOf(field(s, 'cni'), CNIS, 'settings.cni'),
    ipBlockMatchesPodIPs: flag(field(s, 'ipBlockMatchesPodIPs'), 'settings.ipBlockMatchesPodIPs'),
    hostNetworkPodsSelectable: flag(
      field(s, 'hostNetworkPodsSelectable'),
      'settings.hostNetworkPodsSelectable',
    ),
  };
}

/**
 * Checks untrusted data (a decoded link, a parsed file) and copies out a fresh Workspace: unknown
 * keys are dropped, never copied, so nothing from the input reaches an object's prototype.
 *
 * @example
 * const check = checkWorkspace(JSON.parse(text));
 * if (!check.ok) console.log(check.problem); // "settings.cni is not one of enforcing, flannel"
 */
export function checkWorkspace(value: unknown): WorkspaceCheck {
  try {
    const w = record(value, 'the workspace');
    const files = readFiles(field(w, 'files'));
    const workspace: Workspace = {
      files,
      ...optional(w, 'activeFile', (v, p) => text(v, p, WORKSPACE_LIMITS.nameChars)),
      ...optional(w, 'selection', readSelection),
      ...optional(w, 'focusNode', (v, p) => text(v, p, WORKSPACE_LIMITS.idChars)),
      tab: oneOf(field(w, 'tab'), TABS, 'tab'),
      collapsedNamespaces: names(field(w, 'collapsedNamespaces'), 'collapsedNamespaces'),
      expandedWorkloads: names(field(w, 'expandedWorkloads'), 'expandedWorkloads'),
      settings: readSettings(field(w, 'settings')),
      showDenied: flag(field(w, 'showDenied'), 'showDenied'),
      showDnsFlows: flag(field(w, 'showDnsFlows'), 'showDnsFlows'),
    };
    if (workspace.activeFile !== undefined && !files.some((f) => f.name === workspace.activeFile)) {
      throw new Invalid(`activeFile "${workspace.activeFile}" is not one of the files`);
    }
    return { ok: true, workspace };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, problem: e.message };
    throw e;
  }
}

/**
 * The workspace with its keys in one fixed order and nothing else, so equal workspaces serialise
 * to equal text whatever object they were read from.
 */
export function canonicalWorkspace(w: Workspace): Workspace {
  return {
    files: w.files.map((f) => ({ name: f.name, text: f.text })),
    ...(w.activeFile !== undefined ? { activeFile: w.activeFile } : {}),
    ...(w.selection ? { selection: { kind: w.selection.kind, id: w.selection.id } } : {}),
    ...(w.focusNode !== undefined ? { focusNode: w.focusNode } : {}),
    tab: w.tab,
    collapsedNamespaces: [...w.collapsedNamespaces],
    expandedWorkloads: [...w.expandedWorkloads],
    settings: {
      cni: w.settings.cni,
      ipBlockMatchesPodIPs: w.settings.ipBlockMatchesPodIPs,
      hostNetworkPodsSelectable: w.settings.hostNetworkPodsSelectable,
    },
    showDenied: w.showDenied,
    showDnsFlows: w.showDnsFlows,
  };
}
