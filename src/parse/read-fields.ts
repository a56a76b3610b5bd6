import { describeValue, quote, type Path } from './field-path';
import type { ReadContext } from './read-context';
import { Yaml11Boolean } from './yaml-schema';

/** A JSON/YAML mapping as the parsers produce it. */
export type JsonMap = Record<string, unknown>;

export function isMap(value: unknown): value is JsonMap {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Yaml11Boolean)
  );
}

/**
 * An own field of `map`; `null` reads as absent, as Kubernetes' JSON decoding treats it.
 * Only own properties count, so `constructor` or `__proto__` keys cannot leak prototype values.
 */
export function getField(map: JsonMap, key: string): unknown {
  const value = Object.hasOwn(map, key) ? map[key] : undefined;
  return value === null ? undefined : value;
}

function typeError(ctx: ReadContext, path: Path, expected: string, value: unknown): undefined {
  ctx.report('error', path, `must be ${expected}, not ${describeValue(value)}`);
  return undefined;
}

export function readString(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
): string | undefined {
  const value = getField(map, key);
  if (value === undefined || typeof value === 'string') return value;
  return typeError(ctx, [...path, key], 'a string', value);
}

export function requireString(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
): string | undefined {
  const value = readString(ctx, map, key, path);
  if (value === '' || (value === undefined && getField(map, key) === undefined)) {
    ctx.report('error', [...path, key], 'is required');
    return undefined;
  }
  return value;
}

export function readBoolean(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
): boolean | undefined {
  const value = getField(map, key);
  if (value instanceof Yaml11Boolean) return value.value;
  if (value === undefined || typeof value === 'boolean') return value;
  return typeError(ctx, [...path, key], 'true or false', value);
}

export interface IntegerRange {
  min: number;
  max: number;
}

/** Checks that `value` is a whole number inside `range`; reports at `path` otherwise. */
export function checkInteger(
  ctx: ReadContext,
  value: unknown,
  path: Path,
  range: IntegerRange,
): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return typeError(ctx, path, 'a whole number', value);
  }
  if (value < range.min || value > range.max) {
    ctx.report('error', path, `must be between ${range.min} and ${range.max}, not ${value}`);
    return undefined;
  }
  return value;
}

export function readInteger(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
  range: IntegerRange,
): number | undefined {
  const value = getField(map, key);
  return value === undefined ? undefined : checkInteger(ctx, value, [...path, key], range);
}

export function requireInteger(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
  range: IntegerRange,
): number | undefined {
  const value = getField(map, key);
  if (value === undefined) {
    ctx.report('error', [...path, key], 'is required');
    return undefined;
  }
  return checkInteger(ctx, value, [...path, key], range);
}

export function readMap(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
): JsonMap | undefined {
  const value = getField(map, key);
  if (value === undefined || isMap(value)) return value;
  return typeError(ctx, [...path, key], 'a map', value);
}

export function requireMap(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
): JsonMap | undefined {
  const value = readMap(ctx, map, key, path);
  if (value === undefined && getField(map, key) === undefined) {
    ctx.report('error', [...path, key], 'is required');
  }
  return value;
}

export function readList(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
): unknown[] | undefined {
  const value = getField(map, key);
  if (value === undefined || Array.isArray(value)) return value;
  return typeError(ctx, [...path, key], 'a list', value);
}

/** Reads the maps of a list field, reporting items that are not maps. `null` items read as `{}`. */
export function readMapList(ctx: ReadContext, map: JsonMap, key: string, path: Path): JsonMap[] {
  const list = readList(ctx, map, key, path) ?? [];
  const out: JsonMap[] = [];
  list.forEach((item, i) => {
    if (item === null) out.push({});
    else if (isMap(item)) out.push(item);
    else typeError(ctx, [...path, key, i], 'a map', item);
  });
  return out;
}

export function readStringList(ctx: ReadContext, map: JsonMap, key: string, path: Path): string[] {
  const list = readList(ctx, map, key, path) ?? [];
  const out: string[] = [];
  list.forEach((item, i) => {
    if (typeof item === 'string') out.push(item);
    else typeError(ctx, [...path, key, i], 'a string', item);
  });
  return out;
}

/** Reads a field that must be one of `values` (exact case, as Kubernetes compares). */
export function readEnum<T extends string>(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
  values: readonly T[],
): T | undefined {
  const value = readString(ctx, map, key, path);
  if (value === undefined) return undefined;
  const found = values.find((v) => v === value);
  if (!found) {
    ctx.report('error', [...path, key], `must be one of ${values.join(', ')}, not ${quote(value)}`);
  }
  return found;
}

/**
 * Reports fields Kubernetes does not know. kubectl's strict validation rejects them, and where it
 * is off they are dropped silently — a `podSelector: {app: web}` would then select every pod.
 */
export function rejectUnknownFields(
  ctx: ReadContext,
  map: JsonMap,
  path: Path,
  known: readonly string[],
  hints: Readonly<Record<string, string>> = {},
): void {
  for (const key of Object.keys(map)) {
    if (known.includes(key)) continue;
    const hint = Object.hasOwn(hints, key) ? ` (${hints[key]})` : '';
    ctx.report(
      'error',
      [...path, key],
      `unknown field; expected one of ${known.join(', ')}${hint}`,
    );
  }
}
