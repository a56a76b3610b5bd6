import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalysisSession } from './analysis-session';
import type { ViewState } from './protocol';

const view: ViewState = { collapsedNamespaces: [], expandedWorkloads: [], pinned: [] };
const read = (path: string) => readFileSync(`fixtures/diff/${path}`, 'utf8');

describe("AnalysisSession 'diff'", () => {
  it('compares a before version with the current analysis, under its options', async () => {
    const session = new AnalysisSession();
    const after = [{ name: 'after.yaml', text: read('port-change/after.yaml') }];
    // The externals of the analyze request apply to the before version too: no endpoint added.
    const options = { externals: ['203.0.113.5'] };
    await session.handle({ id: 1, type: 'analyze', files: after, options, view });
    const reply = await session.handle({
      id: 2,
      type: 'diff',
      before: [{ name: 'before', text: read('port-change/before.yaml') }],
    });
    if (reply.type !== 'diff') throw new Error(JSON.stringify(reply));
    expect(reply.diff.flows.map((f) => `${f.port} ${f.change} ${f.policies.join()}`)).toEqual([
      '8080 denied shop/api-ingress',
      '9090 allowed shop/api-ingress',
    ]);
    expect(reply.diff.endpoints).toEqual({ added: [], removed: [] });
    expect(reply.beforeDiagnostics).toEqual([]);
  });

  it('passes on the errors of the before version', async () => {
    const session = new AnalysisSession();
    const after = [{ name: 'after.yaml', text: read('port-change/after.yaml') }];
    await session.handle({ id: 1, type: 'analyze', files: after, options: {}, view });
    const reply = await session.handle({
      id: 2,
      type: 'diff',
      before: [{ name: 'before', text: 'kind: Pod\nmetadata: {name: [}' }],
    });
    if (reply.type !== 'diff') throw new Error(JSON.stringify(reply));
    expect(reply.beforeDiagnostics.length).toBeGreaterThan(0);
    expect(reply.diff.endpoints.added.map((e) => e.id)).toEqual(['shop/api-0', 'shop/frontend-0']);
  });
});
