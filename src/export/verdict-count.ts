import type { Reachability } from '../evaluate/reachability';

/**
 * How many verdicts `r.verdicts()` would list, without listing them: every ordered pair of
 * distinct endpoints but External → External, times the destination's probed ports. The page
 * asks before building a matrix export, which for a big dump would not fit in memory.
 *
 * @example countVerdicts(analysis.reachability) // → 32 for the production sample
 */
export function countVerdicts(r: Reachability): number {
  const n = r.endpoints.length;
  const externals = r.endpoints.filter((e) => e.kind === 'External').length;
  let total = 0;
  r.endpoints.forEach((dst, to) => {
    const sources = n - 1 - (dst.kind === 'External' ? externals - 1 : 0);
    total += sources * r.probes(to).length;
  });
  return total;
}
