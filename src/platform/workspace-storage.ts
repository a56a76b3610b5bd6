import { decodeWorkspaceLink, encodeWorkspaceLink } from '../share/link-codec';
import { formatBytes } from '../share/link-size';
import type { Workspace } from '../share/workspace';

/*
 * Workspaces kept in the browser (localStorage), all under keys that start with `reachmap:`:
 *   reachmap:remember          "on" while "Remember this workspace in this browser" is on
 *   reachmap:current           the autosaved workspace (only while remember is on)
 *   reachmap:workspace:<name>  a workspace the user saved under a name
 * A workspace is stored as `{ savedAt, link }`, `link` being the share-link fragment: compressed
 * (~10× more fit in the ~5 MB a site gets) and read back through the same versioned decoder.
 */

const PREFIX = 'reachmap:';
const REMEMBER_KEY = `${PREFIX}remember`;
const CURRENT_KEY = `${PREFIX}current`;
const NAMED_PREFIX = `${PREFIX}workspace:`;

/** Longest name a saved workspace may have. */
export const MAX_NAME_CHARS = 100;

export type StorageProblemKind = 'quota' | 'unavailable' | 'damaged' | 'missing' | 'bad-name';

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
}

export type StorageResult<T = undefined> =
  { ok: true; value: T } | { ok: false; problem: StorageProblem };

export interface NamedWorkspaceInfo {
  name: string;
  /** ISO time of the save. */
  savedAt: string;
  /** Characters stored, roughly the bytes the browser counts against the quota. */
  chars: number;
}

export interface WorkspaceStorage {
  isRemembering(): boolean;
  /** Turning it off also forgets the autosaved workspace: nothing stays stored unseen. */
  setRemembering(on: boolean): StorageResult;
  saveCurrent(workspace: Workspace): StorageResult<{ savedAt: string; chars: number }>;
  /** The autosaved workspace; `undefined` when there is none. Empty while remember is off. */
  loadCurrent(): StorageResult<{ workspace: Workspace; savedAt: string } | undefined>;
  listNamed(): NamedWorkspaceInfo[];
  saveNamed(name: string, workspace: Workspace): StorageResult<{ replaced: boolean }>;
  openNamed(name: string): StorageResult<Workspace>;
  deleteNamed(name: string): StorageResult;
  /** Whether anything of reachmap's is stored, to tell the user and offer "clear". */
  hasStoredData(): boolean;
  /** Removes every `reachmap:` key: the toggle, the autosave and every saved workspace. */
  clear(): StorageResult;
}

const UNAVAILABLE: StorageProblem = {
  kind: 'unavailable',
  message:
    'This browser does not let the page store data (site data is blocked or the window is private). Nothing was saved.',
};

/**
 * The page's localStorage, or undefined where the browser refuses it (reading the property throws
 * a SecurityError when site data is blocked).
 */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Workspace storage over a Storage (localStorage in the page, a fake in tests). Never throws:
 * a full or blocked storage is a result with a message.
 *
 * @example
 * const stored = createWorkspaceStorage(browserStorage());
 * const saved = stored.saveNamed('before the change', workspace);
 * if (!saved.ok) showBanner(saved.problem.message);
 */
export function createWorkspaceStorage(
  storage: Storage | undefined,
  now: () => Date = () => new Date(),
): WorkspaceStorage {
  const get = (key: string): string | null => {
    try {
      return storage ? storage.getItem(key) : null;
    } catch {
      return null;
    }
  };

  const write = (key: string, value: string): StorageResult => {
    if (!storage) return { ok: false, problem: UNAVAILABLE };
    try {
      storage.setItem(key, value);
      return { ok: true, value: undefined };
    } catch (e) {
      return { ok: false, problem: isQuotaError(e) ? quotaProblem(value.length) : UNAVAILABLE };
    }
  };

  const remove = (key: string): StorageResult => {
    if (!storage) return { ok: false, problem: UNAVAILABLE };
    try {
      storage.removeItem(key);
      return { ok: true, value: undefined };
    } catch {
      return { ok: false, problem: UNAVAILABLE };
    }
  };

  const keys = (): string[] => {
    if (!storage) return [];
    try {
      const found: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX)) found.push(key);
      }
      return found;
    } catch {
      return [];
    }
  };

  const store = (key: string, workspace: Workspace) => {
    const savedAt = now().toISOString();
    const value = JSON.stringify({ savedAt, link: encodeWorkspaceLink(workspace) });
    const written = write(key, value);
    return written.ok ? ({ ok: true, value: { savedAt, chars: value.length } } as const) : written;
  };

  return {
    isRemembering: () => get(REMEMBER_KEY) === 'on',

    setRemembering(on) {
      if (on) return write(REMEMBER_KEY, 'on');
      const forgot = remove(CURRENT_KEY);
      return forgot.ok ? remove(REMEMBER_KEY) : forgot;
    },

    saveCurrent: (workspace) => store(CURRENT_KEY, workspace),

    loadCurrent() {
      if (get(REMEMBER_KEY) !== 'on') return { ok: true, value: undefined };
      const raw = get(CURRENT_KEY);
      if (raw === null) return { ok: true, value: undefined };
      const entry = readEntry(raw);
      if (!entry.ok) {
        return damaged(`The remembered workspace could not be read (${entry.reason}).`);
      }
      return { ok: true, value: entry.value };
    },

    listNamed() {
      const list: NamedWorkspaceInfo[] = [];
      for (const key of keys()) {
        if (!key.startsWith(NAMED_PREFIX)) continue;
        const raw = get(key);
        const savedAt = raw === null ? undefined : savedAtOf(raw);
        // A damaged entry is still listed, so that it can be seen and deleted.
        list.push({
          name: key.slice(NAMED_PREFIX.length),
          savedAt: savedAt ?? '',
          chars: raw?.length ?? 0,
        });
      }
      return list.sort(
        (a, b) => b.savedAt.localeCompare(a.savedAt) || a.name.localeCompare(b.name),
      );
    },

    saveNamed(name, workspace) {
      const checked = checkName(name);
      if (!checked.ok) return checked;
      const key = NAMED_PREFIX + checked.value;
      const replaced = get(key) !== null;
      const saved = store(key, workspace);
      return saved.ok ? { ok: true, value: { replaced } } : saved;
    },

    openNamed(name) {
      const raw = get(NAMED_PREFIX + name);
      if (raw === null) {
        return {
          ok: false,
          problem: { kind: 'missing', message: `There is no saved workspace named “${name}”.` },
        };
      }
      const entry = readEntry(raw);
      if (!entry.ok) {
        return damaged(`The saved workspace “${name}” could not be read (${entry.reason}).`);
      }
      return { ok: true, value: entry.value.workspace };
    },

    deleteNamed: (name) => remove(NAMED_PREFIX + name),

    hasStoredData: () => keys().length > 0,

    clear() {
      for (const key of keys()) {
        const removed = remove(key);
        if (!removed.ok) return removed;
      }
      return { ok: true, value: undefined };
    },
  };
}

type Entry =
  { ok: true; value: { workspace: Workspace; savedAt: string } } | { ok: false; reason: string };

function readEntry(raw: string): Entry {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const fields =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const { savedAt, link } = fields;
  if (typeof savedAt !== 'string' || typeof link !== 'string') {
    return { ok: false, reason: 'it has no saved workspace in it' };
  }
  const decoded = decodeWorkspaceLink(link);
  if (!decoded.ok) return { ok: false, reason: decoded.error.reason };
  return { ok: true, value: { workspace: decoded.workspace, savedAt } };
}

// Saved workspaces are listed whenever the menu opens; their time is all that is needed then.
function savedAtOf(raw: string): string | undefined {
  const match = /^\{"savedAt":"([^"]{1,40})"/.exec(raw);
  return match?.[1];
}

function checkName(name: string): StorageResult<string> {
  const trimmed = name.trim();
  if (trimmed === '') {
    return { ok: false, problem: { kind: 'bad-name', message: 'Give the workspace a name.' } };
  }
  if (trimmed.length > MAX_NAME_CHARS) {
    return {
      ok: false,
      problem: {
        kind: 'bad-name',
        message: `A name can have at most ${MAX_NAME_CHARS} characters.`,
      },
    };
  }
  return { ok: true, value: trimmed };
}

function damaged(message: string): { ok: false; problem: StorageProblem } {
  return { ok: false, problem: { kind: 'damaged', message } };
}

/** Chromium and Safari say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED. */
function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

function quotaProblem(chars: number): StorageProblem {
  return {
    kind: 'quota',
    message: `The browser's storage for this page is full: the workspace (${formatBytes(chars)} compressed) did not fit, so it was not saved. Delete saved workspaces you no longer need, or download the workspace instead.`,
  };
}
