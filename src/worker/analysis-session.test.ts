import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalysisSession } from './analysis-session';
import type { ViewState, WorkerReply } from './protocol';

const production = readFileSync('public/samples/production.yaml', 'utf8');
const view: ViewState = { collapsedNamespaces: [], expandedWorkloads: [], pinned: [] };

function expectReply<T extends WorkerReply['type']>(reply: WorkerReply, type: T) {
  if (reply.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(reply)}`);
  return reply as Extract<WorkerReply, { type: T }>;
}

describe('AnalysisSession', () => {
  it("an edit's reply carries the last findings; its own follow from finishLate", async () => {
    const session = new AnalysisSession();
    const shop = readFileSync('fixtures/findings/shop.yaml', 'utf8');
    const fixed = readFileSync('fixtures/findings/shop-fixed.yaml', 'utf8');
    const analyze = async (id: number, text: string) =>
      expectReply(
        await session.handle({
          id,
          type: 'analyze',
          files: [{ name: 'shop.yaml', text }],
          options: {},
          view,
        }),
        'analyze',
      );
    const first = await analyze(1, shop);
    expect(first.snapshot.findings.length).toBeGreaterThan(0);
    // The first analysis has nothing earlier to show: its findings come with it.
    expect(session.finishLate(1)).toBeUndefined();

    const second = await analyze(2, fixed);
    expect(second.snapshot.findings).toBe(first.snapshot.findings);
    // Only for the analysis it was left by.
    expect(session.finishLate(1)).toBeUndefined();
    const late = session.finishLate(2);
    expect(late?.id).toBe(2);
    expect(late?.snapshot.findings).not.toEqual(first.snapshot.findings);
    expect({ ...late?.snapshot, findings: undefined }).toEqual({
      ...second.snapshot,
      findings: undefined,
    });
    expect(session.finishLate(2)).toBeUndefined();
  });

  it('reports each stage of an analysis as it starts, then only the drawing stages of a redraw', async () => {
    const session = new AnalysisSession();
    const stages: string[] = [];
    const onStage = (stage: string) => stages.push(stage);
    const files = [{ name: 'p.yaml', text: production }];
    await session.handle({ id: 1, type: 'analyze', files, options: {}, view }, onStage);
    expect(stages).toEqual(['parse', 'model', 'evaluate', 'graph', 'layout']);
    stages.length = 0;
    await session.handle({ id: 2, type: 'view', view }, onStage);
    expect(stages).toEqual(['graph', 'layout']);
  });

  it('analyses, draws and lays out the sample in one request', async () => {
    const session = new AnalysisSession();
    const reply = expectReply(
      await session.handle({
        id: 1,
        type: 'analyze',
        files: [{ name: 'p.yaml', text: production }],
        options: {},
        view,
      }),
      'analyze',
    );
    expect(reply.id).toBe(1);
    expect(reply.snapshot.endpoints.map((e) => e.id)).toContain('production/Deployment/api-server');
    // Each policy comes summarised; the flows its rules admit when asked, as plain data a Worker
    // can post.
    const summary = reply.snapshot.policySummaries['production/api-server-ingress'];
    expect(summary?.selects).toEqual(['production/Deployment/api-server']);
    expect(summary?.ingress[0]).toEqual({
      admits: 'pods app=frontend on 8080/TCP',
      line: 275,
      peerEndpoints: 1,
      admitsOutside: false,
      total: 1,
    });
    const asked = expectReply(
      await session.handle({ id: 2, type: 'policy', policy: 'production/api-server-ingress' }),
      'policy',
    );
    const policy = structuredClone(asked.details);
    expect(policy?.ingress[0]).toMatchObject({
      admits: 'pods app=frontend on 8080/TCP',
      line: 275,
      total: 1,
      flows: [
        {
          from: { kind: 'endpoint', id: 'production/Deployment/frontend' },
          to: { kind: 'endpoint', id: 'production/Deployment/api-server' },
          ports: [{ port: 8080, protocol: 'TCP', allowed: true }],
        },
      ],
    });
    const ids = reply.graph.graph.nodes.map((n) => n.id);
    expect(ids).toContain('ns:production');
    for (const id of ids) expect(reply.graph.layout.positions.has(id), id).toBe(true);
  });

  it('keeps the positions of unchanged nodes when the view changes', async () => {
    const session = new AnalysisSession();
    const first = expectReply(
      await session.handle({
        id: 1,
        type: 'analyze',
        files: [{ name: 'p.yaml', text: production }],
        options: {},
        view,
      }),
      'analyze',
    );
    const second = expectReply(
      await session.handle({
        id: 2,
        type: 'view',
        view: { ...view, deniedFor: 'wl:production/Deployment/api-server' },
      }),
      'view',
    );
    for (const node of first.graph.graph.nodes) {
      expect(second.graph.layout.positions.get(node.id), node.id).toEqual(
        first.graph.layout.positions.get(node.id),
      );
    }
    expect(second.graph.graph.edges.some((e) => e.kind === 'denied')).toBe(true);
  });

  it('explains a connection and answers matrix queries', async () => {
    const session = new AnalysisSession();
    await session.handle({
      id: 1,
      type: 'analyze',
      files: [{ name: 'p.yaml', text: production }],
      options: {},
      view,
    });
    const why = expectReply(
      await session.handle({
        id: 2,
        type: 'explain',
        from: 'monitoring/Deployment/prometheus',
        to: 'production/Deployment/api-server',
        probe: { port: 9090, protocol: 'TCP' },
      }),
      'explain',
    );
    expect(why.explanation?.allowed).toBe(false);
    expect(why.explanation?.summary).toContain('production/api-server-ingress');
    const m = expectReply(
      await session.handle({
        id: 3,
        type: 'matrix',
        filter: { namespaces: ['production'], port: 8080, limit: 100 },
      }),
      'matrix',
    );
    expect(m.verdicts.length).toBe(m.total);
    expect(m.verdicts).toContainEqual({
      from: 'production/Deployment/frontend',
      to: 'production/Deployment/api-server',
      port: 8080,
      protocol: 'TCP',
      allowed: true,
    });
  });

  it('answers a request before any analysis with an error, not a throw', async () => {
    const reply = await new AnalysisSession().handle({ id: 9, type: 'view', view });
    expect(reply).toEqual({ id: 9, type: 'error', message: 'nothing analysed yet' });
  });
});
