/** Manifest files a user can open or drop. */
export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

export interface TextFile {
  name: string;
  text: string;
}

export interface ReadFilesResult {
  files: TextFile[];
  /** Names that were skipped, with why (not a manifest, unreadable). */
  rejected: { name: string; reason: string }[];
}

/**
 * Reads dropped or opened files as text; non-manifest files are listed as rejected, not read.
 * Resolves in a task after the last read: decoding a 10 MB file (~30 ms) happens in the task that
 * reads it, and posting its text to the worker (another ~30 ms) would otherwise join it.
 */
export async function readManifestFiles(list: Iterable<File>): Promise<ReadFilesResult> {
  const files: TextFile[] = [];
  const rejected: ReadFilesResult['rejected'] = [];
  for (const file of list) {
    const lower = file.name.toLowerCase();
    if (!MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
      rejected.push({ name: file.name, reason: 'not a .yaml, .yml or .json file' });
      continue;
    }
    try {
      files.push({ name: file.name, text: await file.text() });
    } catch (error) {
      rejected.push({
        name: file.name,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { files, rejected };
}
