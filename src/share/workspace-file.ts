import { canonicalWorkspace, checkWorkspace, type Workspace } from './workspace';

/*
 * The downloadable workspace: plain, indented JSON so it can be read, diffed and kept in a repo.
 * `{ "reachmap": "workspace", "version": 1, ...the Workspace's fields }`. Readers for every
 * version written stay here; a change of the fields gets a new version.
 */

export const WORKSPACE_FILE_VERSION = 1;

/** The suffix downloads get; the import path recognises the content, not the name. */
export const WORKSPACE_FILE_SUFFIX = '.reachmap.json';

export type WorkspaceFileResult =
  { ok: true; workspace: Workspace } | { ok: false; message: string };

/**
 * The workspace as the text of a `.reachmap.json` file.
 *
 * @example
 * download(workspaceFileName(w), writeWorkspaceFile(w));
 */
export function writeWorkspaceFile(workspace: Workspace): string {
  const file = { reachmap: 'workspace', version: WORKSPACE_FILE_VERSION };
  return `${JSON.stringify({ ...file, ...canonicalWorkspace(workspace) }, null, 2)}\n`;
}

/**
 * A file name for the download, after the first manifest: `production.reachmap.json`.
 *
 * @example
 * workspaceFileName({ files: [{ name: 'prod/cluster.yaml', text }], … }) // "cluster.reachmap.json"
 */
export function workspaceFileName(workspace: Workspace): string {
  const first = workspace.files[0]?.name ?? '';
  const stem = (first.split(/[/\\]/).pop() ?? '')
    .replace(/\.(ya?ml|json)$/i, '')
    // Characters Windows, macOS or Linux refuse in a file name, control characters included.
    .replace(/[<>:"|?*]/g, '_')
    .replace(/[\s\S]/gu, (c) => (c.charCodeAt(0) < 0x20 ? '_' : c))
    .replace(/^\.+/, '')
    .slice(0, 100);
  return `${stem || 'workspace'}${WORKSPACE_FILE_SUFFIX}`;
}

// A file this tool wrote starts so; a damaged one still does even when JSON.parse fails on it.
const HEADER = /^\s*\{\s*"reachmap"\s*:\s*"workspace"/;

/**
 * Reads a `.json` file that may be a workspace. `undefined` means it is not one (treat it as
 * manifests); otherwise the workspace, or why a workspace file cannot be opened. Never throws.
 *
 * @example
 * const result = decodeWorkspaceFile(text);
 * if (result === undefined) addManifest(name, text);
 * else if (result.ok) applyWorkspace(result.workspace);
 * else showBanner(result.message);
 */
export function decodeWorkspaceFile(text: string): WorkspaceFileResult | undefined {
  // Manifest files can be many megabytes: do not parse them here unless they could be ours.
  if (!text.includes('"reachmap"')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return HEADER.test(text) ? damaged('it is not valid JSON; was it cut short?') : undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = value as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(fields, 'reachmap')) return undefined;
  if (fields.reachmap !== 'workspace') return undefined;
  const version = fields.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return damaged('its "version" is not a format version');
  }
  if (version > WORKSPACE_FILE_VERSION) {
    return {
      ok: false,
      message: `This workspace file was made by a newer version of reachmap (format ${version}; this version reads ${WORKSPACE_FILE_VERSION}). Nothing was loaded.`,
    };
  }
  const check = checkWorkspace(value);
  return check.ok ? { ok: true, workspace: check.workspace } : damaged(check.problem);
}

/**
 * The workspace in a `.json` file, or undefined when the file is not a readable workspace, so the
 * import path can fall back to reading it as manifests.
 *
 * @example
 * const workspace = readWorkspaceFile(text);
 * if (workspace) applyWorkspace(workspace);
 */
export function readWorkspaceFile(text: string): Workspace | undefined {
  const result = decodeWorkspaceFile(text);
  return result?.ok ? result.workspace : undefined;
}

function damaged(reason: string): WorkspaceFileResult {
  return {
    ok: false,
    message: `This workspace file is damaged (${reason}). Nothing was loaded.`,
  };
}
