import { describe, expect, it } from 'vitest';
import { loadSample, queryOf } from '../inspector/test-support';
import {
  buildMatrixGrid,
  defaultProbe,
  knownPorts,
  namespacesOf,
  scopeEndpoints,
  shortLabel,
} from './matrix-grid';

const API = 'production/Deployment/api-server';
const FRONTEND = 'production/Deployment/frontend';
const PROMETHEUS = 'monitoring/Deployment/prometheus';

describe('buildMatrixGrid on the production sample', () => {
  const { analysis, snapshot } = loadSample();
  const query = queryOf(analysis);

  it('fills allowed, denied, not probed and self cells for one port', async () => {
    const { verdicts, total } = await query({ port: 8080, protocol: 'TCP', limit: 20_000 });
    const grid = buildMatrixGrid(snapshot.endpoints, verdicts, total, { listeningOnly: false });
    expect(grid.rows).toHaveLength(5);
    expect(grid.hiddenRows).toBe(0);
    expect(grid.cell(FRONTEND, API)).toBe('allowed');
    expect(grid.cell(PROMETHEUS, API)).toBe('denied');
    expect(grid.cell(API, FRONTEND)).toBe('none');
    expect(grid.cell(API, API)).toBe('self');
  });

  it('keeps only probed destinations when asked', async () => {
    const { verdicts, total } = await query({ port: 8080, protocol: 'TCP', limit: 20_000 });
    const grid = buildMatrixGrid(snapshot.endpoints, verdicts, total, { listeningOnly: true });
    expect(grid.columns.map((e) => e.id)).toEqual([API]);
  });

  it('hides sources whose verdicts were cut rather than showing holes', async () => {
    const scope = scopeEndpoints(snapshot.endpoints, ['production', 'monitoring']);
    const { verdicts, total } = await query({
      namespaces: ['production', 'monitoring'],
      port: 9090,
      protocol: 'TCP',
      limit: 2,
    });
    expect(total).toBeGreaterThan(2);
    const grid = buildMatrixGrid(scope, verdicts, total, { listeningOnly: false });
    // The last source seen (api-server) may have more verdicts past the cut, so it is hidden.
    expect(grid.rows.map((e) => e.id)).toEqual([PROMETHEUS]);
    expect(grid.hiddenRows).toBe(scope.length - 1);
  });
});

describe('matrix choices from the snapshot', () => {
  const { snapshot } = loadSample();

  it('opens on the port most endpoints listen on, the lowest on a tie', () => {
    expect(defaultProbe(snapshot.endpoints)).toEqual({ port: 9090, protocol: 'TCP' });
    expect(defaultProbe([])).toBeUndefined();
  });

  it('offers namespaces, ports and short labels', () => {
    expect(namespacesOf(snapshot.endpoints)).toEqual(['kube-system', 'monitoring', 'production']);
    expect(knownPorts(snapshot.endpoints)).toEqual([53, 3000, 5432, 8080, 9090, 9153]);
    expect(shortLabel(snapshot.endpoints.find((e) => e.id === API)!)).toBe('production/api-server');
    expect(scopeEndpoints(snapshot.endpoints, ['monitoring']).map((e) => e.id)).toEqual([
      PROMETHEUS,
    ]);
  });
});
