import { analyze, type Analysis, type AnalyzeOptions, type Stage } from '../analyze';
import type { Probe } from '../evaluate/types';
import { buildGraph } from '../graph/build-graph';
import type { GraphView } from '../graph/types';
import { layoutGraph, type Layout } from '../layout';
import { createParseCache, type InputFile } from '../parse/parse-manifests';
import type { GraphResult, MatrixFilter, ViewState, WorkerReply, WorkerRequest } from './protocol';
import { queryMatrix } from './matrix-query';
import { policyDetailsOf, snapshotOf, type AnalysisSnapshot } from './snapshot';
import { findFindings, type Finding } from '../findings';
import { readIntentFiles, reportIntents, splitIntentFiles } from '../intents';
import { diffAnalyses } from '../diff';

/** Above this many nodes the first view collapses every namespace (see the explorer issue). */
export const AUTO_COLLAPSE_NODES = 300;

/**
 * Everything the analysis worker keeps between requests: the live analysis (its Reachability
 * answers explanations and matrix queries) and the last layout (so an edit keeps positions).
 * Plain TypeScript with no Worker API, so tests drive it directly and the page can fall back to it.
 */
export class AnalysisSession {
  private analysis: Analysis | undefined;
  private readonly parseCache = createParseCache();
  private layout: Layout | undefined;
  private options: AnalyzeOptions = {};
  /** The Compare tab's "before" text is parsed again only when it changes. */
  private readonly beforeCache = createParseCache();
  /** The findings last handed out, and a reply that carried them in place of its own. */
  private findings: Finding[] | undefined;
  private late: { id: number; snapshot: AnalysisSnapshot } | undefined;

  /** `onStage` hears each pipeline stage of an analyze or view request as it starts. */
  async handle(request: WorkerRequest, onStage?: (stage: Stage) => void): Promise<WorkerReply> {
    try {
      switch (request.type) {
        case 'analyze': {
          this.late = undefined;
          const snapshot = this.analyze(request.files, request.options, onStage);
          this.late =
            snapshot.findings === this.findings ? { id: request.id, snapshot } : undefined;
          this.findings = snapshot.findings;
          return {
            id: request.id,
            type: 'analyze',
            snapshot,
            graph: await this.draw(request.view, onStage),
          };
        }
        case 'view':
          return { id: request.id, type: 'view', graph: await this.draw(request.view, onStage) };
        case 'explain':
          return {
            id: request.id,
            type: 'explain',
            explanation: this.explain(request.from, request.to, request.probe),
          };
        case 'matrix':
          return { id: request.id, type: 'matrix', ...this.matrix(request.filter) };
        case 'policy':
          return {
            id: request.id,
            type: 'policy',
            details: this.analysis && policyDetailsOf(this.analysis, request.policy),
          };
        case 'diff':
          return { id: request.id, type: 'diff', ...this.diff(request.before) };
      }
    } catch (error) {
      return {
        id: request.id,
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /**
   * After the reply to analyze request `id`, when it carried the last findings (every analysis but
   * the first): the snapshot with its own. The lint takes a quarter of an edit's time in the worker;
   * the page asks for this once it has drawn the reply (see FinishLateRequest), so the two do not
   * share the CPU. Undefined when a newer analysis came since, or nothing was left for later.
   */
  finishLate(id: number): { id: number; snapshot: AnalysisSnapshot } | undefined {
    const late = this.late;
    if (!late || late.id !== id) return undefined;
    this.late = undefined;
    if (!this.analysis) return undefined;
    this.findings = findFindings(this.analysis);
    return { id: late.id, snapshot: { ...late.snapshot, findings: this.findings } };
  }

  private analyze(files: InputFile[], options: AnalyzeOptions, onStage?: (stage: Stage) => void) {
    // Intents files are checked, never parsed as manifests; the IPs they name become externals
    // (kept in this.options, so that Compare's "before" has the same endpoints).
    const { manifests, intents: intentFiles } = splitIntentFiles(files);
    const intents = readIntentFiles(intentFiles);
    const externals = [...new Set([...(options.externals ?? []), ...intents.externals])];
    const previous = this.analysis ? { analysis: this.analysis, options: this.options } : undefined;
    this.options = intents.externals.length > 0 ? { ...options, externals } : options;
    // An edit usually changes one small file next to a big dump: only that file is parsed again,
    // and when it holds only policies, the evaluation of the last analysis is carried forward.
    this.analysis = analyze(manifests, this.options, {
      parseCache: this.parseCache,
      ...(previous ? { previous } : {}),
      ...(onStage ? { onStage } : {}),
    });
    const snapshot = snapshotOf(this.analysis, previous ? this.findings : undefined);
    if (intentFiles.length === 0) return snapshot;
    return { ...snapshot, intents: reportIntents(intentFiles, intents, this.analysis) };
  }

  private async draw(state: ViewState, onStage?: (stage: Stage) => void): Promise<GraphResult> {
    const analysis = this.analysis;
    if (!analysis) throw new Error('nothing analysed yet');
    onStage?.('graph');
    const t0 = performance.now();
    let collapsed = state.collapsedNamespaces;
    const view = (names: readonly string[]): GraphView => ({
      collapsedNamespaces: new Set(names),
      expandedWorkloads: new Set(state.expandedWorkloads),
      ...(state.deniedFor !== undefined ? { deniedFor: state.deniedFor } : {}),
      ...(state.hideDnsFlows ? { hideDnsFlows: true } : {}),
    });
    let graph = buildGraph(analysis, view(collapsed));
    if (state.autoCollapse && graph.nodes.length > AUTO_COLLAPSE_NODES) {
      collapsed = [...analysis.cluster.namespaces.keys()];
      graph = buildGraph(analysis, view(collapsed));
    }
    const t1 = performance.now();
    onStage?.('layout');
    const layout = await layoutGraph(graph, {
      ...(this.layout ? { previous: this.layout } : {}),
      pinned: new Map(state.pinned),
    });
    this.layout = layout;
    return {
      graph,
      layout,
      collapsedNamespaces: collapsed,
      ms: { graph: t1 - t0, layout: performance.now() - t1 },
    };
  }

  private explain(from: string, to: string, probe: Probe) {
    const r = this.analysis?.reachability;
    const f = r?.indexOf(from);
    const t = r?.indexOf(to);
    if (!r || f === undefined || t === undefined) return undefined;
    return r.explain(f, t, probe);
  }

  /** The before version gets the same settings (CNI, ipBlock, namespace) as the current one. */
  private diff(files: InputFile[]) {
    const after = this.analysis;
    if (!after) throw new Error('nothing analysed yet');
    const before = analyze(files, this.options, { parseCache: this.beforeCache });
    return {
      diff: diffAnalyses(before, after),
      beforeDiagnostics: before.diagnostics.filter((d) => d.severity === 'error'),
    };
  }

  private matrix(filter: MatrixFilter) {
    const r = this.analysis?.reachability;
    return r ? queryMatrix(r, filter) : { verdicts: [], total: 0 };
  }
}
