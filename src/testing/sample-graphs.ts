import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze';
import { buildGraph } from '../graph/build-graph';
import type { AbstractGraph } from '../graph/types';
import { SAMPLES } from '../platform/load-sample';

/**
 * The first views of the bundled samples as the explorer draws them (nothing collapsed or
 * expanded, nothing selected), with DNS lookups hidden (the default) and shown.
 */
export function sampleFirstViews(): { name: string; graph: AbstractGraph }[] {
  return SAMPLES.flatMap(({ file }) => {
    const text = readFileSync(join(process.cwd(), 'public', 'samples', file), 'utf8');
    const analysis = analyze([{ name: file, text }]);
    return [true, false].map((hideDnsFlows) => ({
      name: `${file}${hideDnsFlows ? '' : ' (DNS shown)'}`,
      graph: buildGraph(analysis, {
        collapsedNamespaces: new Set(),
        expandedWorkloads: new Set(),
        hideDnsFlows,
      }),
    }));
  });
}
