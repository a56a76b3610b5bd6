/**
 * `npm run precompute-layouts`: writes src/layout/precomputed-layouts.json, ELK's layout of each
 * bundled sample's first view (see src/layout/precomputed.ts). Run it when a sample, node sizes,
 * the graph or the ELK options change; src/layout/precomputed.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { layoutWithElk } from '../src/layout/elk-layout';
import { buildHierarchy } from '../src/layout/hierarchy';
import { layoutKey, toEntry, type PrecomputedEntry } from '../src/layout/precomputed';
import { sampleFirstViews } from '../src/testing/sample-graphs';

const table: Record<string, PrecomputedEntry> = {};
for (const { name, graph } of sampleFirstViews()) {
  const hierarchy = buildHierarchy(graph);
  const key = layoutKey(hierarchy, graph.edges);
  table[key] = toEntry(await layoutWithElk(hierarchy, graph.edges));
  console.log(`${name}: ${graph.nodes.length} nodes → ${key}`);
}
writeFileSync('src/layout/precomputed-layouts.json', `${JSON.stringify(table)}\n`);
