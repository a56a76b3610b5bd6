import type { Reachability } from '../evaluate/reachability';
import type { Verdict } from '../evaluate/types';
import type { MatrixFilter } from './protocol';

/** The verdicts a matrix view asks for: by namespace, port and protocol, at most `limit`. */
export function queryMatrix(
  r: Reachability,
  filter: MatrixFilter,
): { verdicts: Verdict[]; total: number } {
  const namespaces =
    filter.namespaces && filter.namespaces.length > 0 ? new Set(filter.namespaces) : undefined;
  const inScope = (id: string) => {
    const e = r.endpoints[r.indexOf(id)!]!;
    return !namespaces || (e.namespace !== undefined && namespaces.has(e.namespace));
  };
  const all = r
    .verdicts()
    .filter(
      (v) =>
        (filter.port === undefined || v.port === filter.port) &&
        (filter.protocol === undefined || v.protocol === filter.protocol) &&
        inScope(v.from) &&
        inScope(v.to),
    );
  return { verdicts: all.slice(0, filter.limit), total: all.length };
}
