import { describe, expect, it } from 'vitest';
import { ELK_OPTIONS, layoutWithElk } from './elk-layout';
import { buildHierarchy } from './hierarchy';
import { clusterOfSize } from './test-graphs';

/**
 * Not a timed test: a measurement, skipped unless asked for.
 *   REACHMAP_ELK_TIMINGS=1 npx vitest run src/layout/elk-timings
 * prints the median of seven ELK layered runs per size for ELK_OPTIONS ("chosen") and for
 * variants of it, run round-robin so that JIT warm-up and machine load hit them alike. Re-check
 * the choice in ELK_OPTIONS with it when elkjs moves.
 */
const VARIANTS: Record<string, Record<string, string>> = {
  chosen: {},
  'longest-path': { 'elk.layered.layering.strategy': 'LONGEST_PATH' },
  simple: { 'elk.layered.nodePlacement.strategy': 'SIMPLE' },
  polyline: { 'elk.edgeRouting': 'POLYLINE' },
  'elk defaults': {
    'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
    'elk.layered.thoroughness': '7',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.edgeRouting': 'ORTHOGONAL',
  },
};
const SIZES = [50, 100, 300, 600];
const RUNS = 7;

describe.skipIf(!process.env.REACHMAP_ELK_TIMINGS)('ELK timings', () => {
  it('prints ms per layout', async () => {
    // The first call pays for loading elkjs and a cold JIT; then let the JIT settle.
    const warm = clusterOfSize(300);
    const t0 = performance.now();
    await layoutWithElk(buildHierarchy(warm), warm.edges);
    const lines = [
      `first call (load elkjs + ${warm.nodes.length} nodes): ${Math.round(performance.now() - t0)} ms`,
    ];
    for (let r = 0; r < 5; r++) await layoutWithElk(buildHierarchy(warm), warm.edges);
    for (const size of SIZES) {
      const graph = clusterOfSize(size);
      const hierarchy = buildHierarchy(graph);
      const times = new Map<string, number[]>();
      for (let r = 0; r < RUNS; r++) {
        for (const [name, overrides] of Object.entries(VARIANTS)) {
          const t0 = performance.now();
          await layoutWithElk(hierarchy, graph.edges, { ...ELK_OPTIONS, ...overrides });
          times.set(name, [...(times.get(name) ?? []), performance.now() - t0]);
        }
      }
      const cells = [...times].map(([name, ms]) => {
        const median = ms.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
        return `${name} ${Math.round(median)}`;
      });
      lines.push(
        `${graph.nodes.length} nodes, ${graph.edges.length} edges (ms): ${cells.join(', ')}`,
      );
    }
    console.log(lines.join('\n'));
    expect(lines).toHaveLength(SIZES.length + 1);
  });
});
