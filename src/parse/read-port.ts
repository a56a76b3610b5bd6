import { PROTOCOLS, type Protocol } from '../model/types';
import { quote, type Path } from './field-path';
import type { ReadContext } from './read-context';
import { checkInteger, getField, readString, type IntegerRange, type JsonMap } from './read-fields';
import { portNameProblem } from './validate-names';

export const PORT_RANGE: IntegerRange = { min: 1, max: 65535 };

/** Reads `protocol` (TCP when absent). */
export function readProtocol(ctx: ReadContext, map: JsonMap, path: Path): Protocol {
  const value = readString(ctx, map, 'protocol', path);
  if (value === undefined) return 'TCP';
  const protocol = PROTOCOLS.find((p) => p === value);
  if (!protocol) {
    ctx.report('error', [...path, 'protocol'], `must be TCP, UDP or SCTP, not ${quote(value)}`);
    return 'TCP';
  }
  return protocol;
}

/**
 * Reads an IntOrString port: a number 1-65535 or a port name. A quoted number such as "8080" is a
 * string, hence a name, and an invalid one (names need a letter) — exactly as Kubernetes reads it.
 */
export function readPortOrName(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
): number | string | undefined {
  const value = getField(map, key);
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    const problem = portNameProblem(value);
    if (problem) {
      const hint = /^\d+$/.test(value) ? '; a quoted number is a name: remove the quotes' : '';
      ctx.report('error', [...path, key], `invalid port name ${quote(value)}: ${problem}${hint}`);
      return undefined;
    }
    return value;
  }
  return checkInteger(ctx, value, [...path, key], PORT_RANGE);
}
