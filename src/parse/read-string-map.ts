import { describeValue, quote, type Path } from './field-path';
import type { ReadContext } from './read-context';
import { readMap, type JsonMap } from './read-fields';
import { labelKeyProblem, labelValueProblem } from './validate-names';
import { Yaml11Boolean } from './yaml-schema';

/**
 * Reads a string→string map (labels, annotations, a Service selector). Numbers and booleans are
 * errors, as they are for the API server (`version: 2` must be quoted); `null` values read as
 * "" with a warning. With `checkLabels`, invalid label keys and values are warnings.
 */
export function readStringMap(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
  checkLabels: boolean,
): Record<string, string> | undefined {
  const value = readMap(ctx, map, key, path);
  if (value === undefined) return undefined;
  const entries: [string, string][] = [];
  for (const [k, v] of Object.entries(value)) {
    const at = [...path, key, k];
    if (typeof v === 'string') {
      entries.push([k, v]);
    } else if (v === null) {
      ctx.report('warning', at, 'has no value; Kubernetes reads it as ""');
      entries.push([k, '']);
    } else {
      const scalar = typeof v === 'number' || typeof v === 'boolean' || v instanceof Yaml11Boolean;
      const hint = scalar ? ` (quote it: "${String(v)}")` : '';
      ctx.report('error', at, `must be a string, not ${describeValue(v)}${hint}`);
      continue;
    }
    if (checkLabels) checkLabel(ctx, at, k, entries[entries.length - 1]?.[1] ?? '');
  }
  // fromEntries defines own properties, so a `__proto__` key stays an ordinary key.
  return Object.fromEntries(entries);
}

/** Warns about a label key or value Kubernetes would reject. */
export function checkLabel(ctx: ReadContext, path: Path, key: string, value: string): void {
  checkLabelKey(ctx, path, key);
  checkLabelValue(ctx, path, value);
}

export function checkLabelKey(ctx: ReadContext, path: Path, key: string): void {
  const problem = labelKeyProblem(key);
  if (problem) ctx.report('warning', path, `invalid label key ${quote(key)}: ${problem}`);
}

export function checkLabelValue(ctx: ReadContext, path: Path, value: string): void {
  const problem = labelValueProblem(value);
  if (problem) ctx.report('warning', path, `invalid label value ${quote(value)}: ${problem}`);
}
