import type { PolicyPort } from '../model/types';
import type { Path } from './field-path';
import type { ReadContext } from './read-context';
import { getField, readInteger, rejectUnknownFields, type JsonMap } from './read-fields';
import { readPortOrName, readProtocol, PORT_RANGE } from './read-port';

const PORT_FIELDS = ['protocol', 'port', 'endPort'];

/**
 * Reads a NetworkPolicyPort: protocol (TCP), port number or name (absent: every port), and
 * endPort, which needs a numeric port no greater than itself.
 */
export function readPolicyPort(
  ctx: ReadContext,
  item: JsonMap,
  path: Path,
): PolicyPort | undefined {
  rejectUnknownFields(ctx, item, path, PORT_FIELDS);
  const protocol = readProtocol(ctx, item, path);
  const port = readPortOrName(ctx, item, 'port', path);
  const endPort = readInteger(ctx, item, 'endPort', path, PORT_RANGE);
  if (endPort !== undefined) {
    if (getField(item, 'port') === undefined) {
      ctx.report('error', [...path, 'endPort'], 'requires a numeric port');
      return undefined;
    }
    if (typeof port === 'string') {
      ctx.report('error', [...path, 'endPort'], 'cannot be used with a named port');
      return undefined;
    }
    if (port !== undefined && endPort < port) {
      ctx.report(
        'error',
        [...path, 'endPort'],
        `must not be less than port (${port}), not ${endPort}`,
      );
      return undefined;
    }
  }
  const out: PolicyPort = { protocol };
  if (port !== undefined) out.port = port;
  if (endPort !== undefined) out.endPort = endPort;
  return out;
}
