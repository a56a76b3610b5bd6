import type { Probe, Verdict } from '../../evaluate/types';
import type { Endpoint } from '../../model/types';

export type CellValue = 'allowed' | 'denied' | 'none' | 'self';

export interface MatrixGrid {
  /** Sources whose verdicts all arrived (every one of them, unless the query was cut). */
  rows: Endpoint[];
  columns: Endpoint[];
  /** Sources in scope left out because the query stopped at its limit. */
  hiddenRows: number;
  cell(from: string, to: string): CellValue;
}

/**
 * The endpoints a matrix query covers, as the worker filters them: with namespaces chosen, only
 * endpoints in them (External endpoints have none, so they drop out).
 */
export function scopeEndpoints(
  endpoints: readonly Endpoint[],
  namespaces: readonly string[],
): Endpoint[] {
  if (namespaces.length === 0) return [...endpoints];
  const chosen = new Set(namespaces);
  return endpoints.filter((e) => e.namespace !== undefined && chosen.has(e.namespace));
}

/**
 * Verdicts for one port → a from × to table. Verdicts come sorted by source in endpoint order, so
 * when the query was cut at its limit, every source before the last one seen is complete and the
 * rest are hidden rather than shown with holes.
 *
 * @example
 * const grid = buildMatrixGrid(scope, verdicts, total, { listeningOnly: true });
 * grid.cell('prod/Deployment/web', 'prod/Deployment/api') // → 'allowed'
 */
export function buildMatrixGrid(
  scope: readonly Endpoint[],
  verdicts: readonly Verdict[],
  total: number,
  options: { listeningOnly: boolean },
): MatrixGrid {
  const cells = new Map<string, boolean>();
  const destinations = new Set<string>();
  for (const v of verdicts) {
    cells.set(`${v.from}\n${v.to}`, v.allowed);
    destinations.add(v.to);
  }
  let rows = [...scope];
  if (verdicts.length < total) {
    const last = verdicts.at(-1)?.from;
    const cut = last === undefined ? 0 : rows.findIndex((e) => e.id === last);
    rows = rows.slice(0, Math.max(cut, 0));
  }
  const columns = options.listeningOnly ? scope.filter((e) => destinations.has(e.id)) : [...scope];
  return {
    rows,
    columns,
    hiddenRows: scope.length - rows.length,
    cell(from, to) {
      if (from === to) return 'self';
      const allowed = cells.get(`${from}\n${to}`);
      return allowed === undefined ? 'none' : allowed ? 'allowed' : 'denied';
    },
  };
}

/**
 * The port most endpoints listen on: the table that says the most when the view opens.
 *
 * @example
 * defaultProbe(endpoints) // → { port: 8080, protocol: 'TCP' }
 */
export function defaultProbe(endpoints: readonly Endpoint[]): Probe | undefined {
  const counts = new Map<string, { probe: Probe; n: number }>();
  for (const e of endpoints)
    for (const p of new Map(e.ports.map((c) => [`${c.port}/${c.protocol}`, c])).values()) {
      const key = `${p.port}/${p.protocol}`;
      const entry = counts.get(key) ?? { probe: { port: p.port, protocol: p.protocol }, n: 0 };
      entry.n++;
      counts.set(key, entry);
    }
  let best: { probe: Probe; n: number } | undefined;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.probe.port < best.probe.port)) best = c;
  return best?.probe;
}

/** Namespace names that hold endpoints, sorted. */
export function namespacesOf(endpoints: readonly Endpoint[]): string[] {
  return [...new Set(endpoints.flatMap((e) => (e.namespace ? [e.namespace] : [])))].sort();
}

/** Every container port in the snapshot, sorted, for the port field's suggestions. */
export function knownPorts(endpoints: readonly Endpoint[]): number[] {
  return [...new Set(endpoints.flatMap((e) => e.ports.map((p) => p.port)))].sort((a, b) => a - b);
}

/** `production/api-server` for `production/Deployment/api-server`: short enough for a header. */
export function shortLabel(e: Endpoint): string {
  return e.namespace ? `${e.namespace}/${e.name}` : e.name;
}
