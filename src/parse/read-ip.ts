import { quote, type Path } from './field-path';
import { parseCIDR, parseIP, type CIDR } from '../model/ip';
import type { ReadContext } from './read-context';
import { readString, type JsonMap } from './read-fields';

/** Checks an IP address written at `path`; an unparseable one is an error. */
export function checkIp(ctx: ReadContext, text: string, path: Path): string | undefined {
  if (parseIP(text)) return text;
  ctx.report('error', path, `is not a valid IP address: ${quote(text)}`);
  return undefined;
}

/** Reads an optional IP address field; "" reads as absent. */
export function readIp(
  ctx: ReadContext,
  map: JsonMap,
  key: string,
  path: Path,
): string | undefined {
  const text = readString(ctx, map, key, path);
  return text ? checkIp(ctx, text, [...path, key]) : undefined;
}

/**
 * Checks a CIDR written at `path`. Host bits (`10.0.0.1/24`) are accepted as Kubernetes does,
 * with a warning naming the range it reads.
 */
export function checkCidr(ctx: ReadContext, text: string, path: Path): CIDR | undefined {
  const cidr = parseCIDR(text);
  if (!cidr) {
    ctx.report('error', path, `is not a valid CIDR (address/prefix, IPv4 or IPv6): ${quote(text)}`);
  } else if (parseIP(text.slice(0, text.indexOf('/')))?.value !== cidr.base) {
    ctx.report(
      'warning',
      path,
      `${quote(text)} has host bits set; it covers the whole /${cidr.prefix} network`,
    );
  }
  return cidr;
}
