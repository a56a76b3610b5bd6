import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../parse/parse-manifests';
import { AnalysisSession } from './analysis-session';
import { PatchReceiver } from './patch-channel';
import type { GraphResult, ViewState, WireReply } from './protocol';
import { SentTexts } from './sent-files';
import type { AnalysisSnapshot } from './snapshot';
import { joinReply, splitReply } from './reply-parts';
import { WireSession } from './wire-session';

const fixture = (path: string) => readFileSync(path, 'utf8');
const production = fixture('public/samples/production.yaml');
const [clusterText, policyText] = splitPolicies(production);
const view: ViewState = { collapsedNamespaces: [], expandedWorkloads: [], pinned: [] };

/** The sample as two files: everything but the NetworkPolicy, and the NetworkPolicy. */
function splitPolicies(text: string): [string, string] {
  const docs = text.split(/^---$/m);
  const isPolicy = (d: string) => /^kind: NetworkPolicy$/m.test(d);
  return [docs.filter((d) => !isPolicy(d)).join('---'), docs.filter(isPolicy).join('---')];
}

/**
 * The page's end and the worker's, with structured clone between them as postMessage does, and a
 * twin session given the same requests whole: what the page ends up with must be what it replies.
 */
function connect() {
  const texts = new SentTexts();
  const snapshots = new PatchReceiver<AnalysisSnapshot>();
  const graphs = new PatchReceiver<GraphResult>();
  const worker = new WireSession(new AnalysisSession());
  const twin = new AnalysisSession();
  let id = 0;
  const sizes: number[] = [];
  const parts: number[] = [];
  return {
    sizes,
    parts,
    async analyze(files: InputFile[]) {
      const request = { id: ++id, type: 'analyze' as const, files, options: {}, view };
      const wire = structuredClone({ ...request, files: texts.encode(files) });
      // As the worker posts it: the long arrays of a whole snapshot in parts before the reply.
      const posted = splitReply(await worker.handle(wire), 200);
      const reply: WireReply = joinReply(
        structuredClone(posted.reply),
        posted.parts.map((p) => structuredClone(p)),
      );
      parts.push(posted.parts.length);
      const expected = await twin.handle(request);
      if (reply.type !== 'analyze' || expected.type !== 'analyze')
        throw new Error(JSON.stringify(reply));
      sizes.push(JSON.stringify(reply).length);
      const got = { snapshot: snapshots.apply(reply.snapshot), graph: graphs.apply(reply.graph) };
      expect(comparable(got), files.map((f) => f.name).join()).toEqual(comparable(expected));
      // The findings that follow an edit's reply, as the worker posts them right after it.
      const late = structuredClone(worker.finishLate(request.id));
      const expectedLate = twin.finishLate(request.id);
      expect(late?.id).toBe(expectedLate?.id);
      if (!late || !expectedLate) return got;
      expect(late.id).toBe(request.id);
      const complete = { ...got, snapshot: snapshots.apply(late.snapshot) };
      expect(comparable(complete)).toEqual(comparable({ ...expected, ...expectedLate }));
      return complete;
    },
    async redraw(v: ViewState) {
      const request = { id: ++id, type: 'view' as const, view: v };
      const reply: WireReply = structuredClone(await worker.handle(request));
      const expected = await twin.handle(request);
      if (reply.type !== 'view' || expected.type !== 'view') throw new Error(JSON.stringify(reply));
      const graph = graphs.apply(reply.graph);
      expect(comparable({ graph })).toEqual(comparable(expected));
      return graph;
    },
  };
}

/** Without what is not deterministic: timings. */
function comparable(r: { snapshot?: AnalysisSnapshot; graph: GraphResult }) {
  return {
    ...(r.snapshot ? { snapshot: { ...r.snapshot, timings: undefined } } : {}),
    graph: { ...r.graph, ms: undefined, layout: { ...r.graph.layout, ms: undefined } },
  };
}

describe('WireSession with SentTexts and PatchReceiver', () => {
  it('sends a policy edit as the policy file alone, and back only what it changed', async () => {
    const page = connect();
    const cluster = { name: 'cluster.yaml', text: clusterText };
    const first = await page.analyze([cluster, { name: 'np.yaml', text: policyText }]);
    const edited = policyText.replace('port: 8080', 'port: 8081');
    const second = await page.analyze([cluster, { name: 'np.yaml', text: edited }]);
    // What the edit left alone is the page's own object still.
    expect(second.snapshot.endpoints).toBe(first.snapshot.endpoints);
    expect(second.snapshot.namespaces).toBe(first.snapshot.namespaces);
    expect(second.graph.graph.nodes).toBe(first.graph.graph.nodes);
    expect(second.snapshot.policySummaries).not.toEqual(first.snapshot.policySummaries);
    expect(page.sizes[1]!).toBeLessThan(page.sizes[0]! / 4);
    // The first snapshot came whole, its big lists in parts (of about 200 bytes here); the edit's is a
    // patch and comes in one message.
    expect(page.parts[0]).toBeGreaterThan(0);
    expect(page.parts[1]).toBe(0);
  });

  it('follows files removed and added again, and an intents report that comes and goes', async () => {
    const page = connect();
    const cluster = { name: 'cluster.yaml', text: clusterText };
    const policies = { name: 'np.yaml', text: policyText };
    const intents = {
      name: 'reachmap-intents.yaml',
      text: fixture('fixtures/intents/pass.intents.yaml'),
    };
    const steps: InputFile[][] = [
      [cluster, policies],
      [cluster],
      [cluster, policies, intents],
      [cluster, policies],
      [policies],
      [cluster, policies],
    ];
    for (const files of steps) await page.analyze(files);
  });

  it('sends a redraw as a patch of the graph on screen', async () => {
    const page = connect();
    const drawn = (await page.analyze([{ name: 'p.yaml', text: production }])).graph;
    const collapsed = await page.redraw({ ...view, collapsedNamespaces: ['production'] });
    expect(collapsed.graph.nodes.length).toBeLessThan(drawn.graph.nodes.length);
    await page.redraw(view);
  });

  it('answers a name it holds no text for with an error', async () => {
    const worker = new WireSession(new AnalysisSession());
    const reply = await worker.handle({
      id: 3,
      type: 'analyze',
      files: [{ name: 'a.yaml', unchanged: true }],
      options: {},
      view,
    });
    expect(reply).toEqual({ id: 3, type: 'error', message: 'the worker holds no text for a.yaml' });
  });
});
