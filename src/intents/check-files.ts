import type { Diagnostic } from '../model/diagnostic';
import { parseIP } from '../model/ip';
import { checkIntents, type IntentTarget } from './check-intents';
import { isIntentsFile } from './is-intents-file';
import { parseIntents } from './parse-intents';
import type { Intent, IntentResult } from './types';

interface NamedText {
  name: string;
  text: string;
}

/** Every intents file of a workspace, read and checked; plain data (it crosses the Worker). */
export interface IntentsReport {
  /** Names of the intents files, in workspace order. */
  files: string[];
  results: IntentResult[];
  /** Problems in the intents files; never about manifests. */
  diagnostics: Diagnostic[];
}

/**
 * Splits a workspace into manifests and intents files (see isIntentsFile), so an intents file
 * is never parsed as manifests.
 *
 * @example splitIntentFiles([{name: 'a.yaml', …}, {name: 'ci.intents.yaml', …}]).intents // [ci.intents.yaml]
 */
export function splitIntentFiles<T extends NamedText>(
  files: readonly T[],
): { manifests: T[]; intents: T[] } {
  const manifests: T[] = [];
  const intents: T[] = [];
  for (const f of files) (isIntentsFile(f.name, f.text) ? intents : manifests).push(f);
  return { manifests, intents };
}

/** Intents files read; `externals` are the IPs they name, to add as external endpoints. */
export function readIntentFiles(files: readonly NamedText[]): {
  intents: Intent[];
  diagnostics: Diagnostic[];
  externals: string[];
} {
  const intents: Intent[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const parsed = parseIntents(f.text, f.name);
    intents.push(...parsed.intents);
    diagnostics.push(...parsed.diagnostics);
  }
  const externals = [
    ...new Set(
      intents
        .flatMap((i) => [i.from, i.to])
        .flatMap((ref) => (ref.kind === 'id' && parseIP(ref.id) ? [ref.id] : [])),
    ),
  ];
  return { intents, diagnostics, externals };
}

/** Checks intents already read (readIntentFiles) against an analysis of the manifests. */
export function reportIntents(
  files: readonly NamedText[],
  read: { intents: readonly Intent[]; diagnostics: readonly Diagnostic[] },
  target: IntentTarget,
): IntentsReport {
  return {
    files: files.map((f) => f.name),
    results: checkIntents(read.intents, target),
    diagnostics: [...read.diagnostics],
  };
}
