import type { Diagnostic } from './model/diagnostic';
import type { Cluster, ManifestObjects } from './model/types';
import { buildCluster } from './model/build-cluster';
import { parseManifests, type InputFile, type ParseCache } from './parse/parse-manifests';
import { evaluateReachability, type Reachability } from './evaluate/reachability';
import { reportServices } from './evaluate/services';
import type { EvaluateOptions, ServiceReport } from './evaluate/types';

export interface AnalyzeOptions extends EvaluateOptions {
  /** Namespace for objects that have none (default: `default`). */
  defaultNamespace?: string;
  /** External client/destination IPs added as endpoints (CLI `--external`). */
  externals?: readonly string[];
  /**
   * False for a CNI that does not enforce NetworkPolicy (Flannel): policies are read and listed,
   * but every connection is allowed.
   */
  policiesEnforced?: boolean;
}

export interface Analysis {
  objects: ManifestObjects;
  diagnostics: Diagnostic[];
  cluster: Cluster;
  reachability: Reachability;
  services: ServiceReport[];
  /** Milliseconds spent per stage. */
  timings: { parse: number; model: number; evaluate: number };
}

/** The stages of the pipeline, in order; the page shows which one is running. */
export type Stage = 'parse' | 'model' | 'evaluate' | 'graph' | 'layout';

/** What a caller that analyses again and again (the page, on every edit) lends the pipeline. */
export interface AnalyzeHooks {
  /** Hears each stage as it starts (a big dump takes seconds; the page says where it is). */
  onStage?: (stage: Stage) => void;
  /** Files whose text did not change are not parsed again. */
  parseCache?: ParseCache;
  /**
   * The analysis of the previous version of the same workspace, with its options. Used only when
   * the options are the same: when an edit left the endpoints as they were (a policy edit), the
   * evaluator keeps its endpoint classes and every policy whose meaning did not change.
   */
  previous?: { analysis: Analysis; options: AnalyzeOptions };
}

/** The one pipeline from text to analysis, shared by the CLI, the Worker and the page. */
export function analyze(
  files: readonly InputFile[],
  options: AnalyzeOptions = {},
  hooks: AnalyzeHooks = {},
): Analysis {
  const { onStage } = hooks;
  onStage?.('parse');
  const t0 = performance.now();
  const { objects, diagnostics } = parseManifests(
    files,
    { defaultNamespace: options.defaultNamespace ?? 'default' },
    hooks.parseCache,
  );
  const t1 = performance.now();
  onStage?.('model');
  const previous =
    hooks.previous && sameOptions(hooks.previous.options, options)
      ? hooks.previous.analysis
      : undefined;
  const built = buildCluster(objects, {
    externals: options.externals ?? [],
    ...(previous ? { previous: previous.cluster } : {}),
  });
  const cluster = built.cluster;
  diagnostics.push(...built.diagnostics);
  const t2 = performance.now();
  onStage?.('evaluate');
  const enforced = options.policiesEnforced === false ? { ...cluster, policies: [] } : cluster;
  const reachability = evaluateReachability(enforced, options, previous?.reachability);
  const services = reportServices(cluster, reachability);
  const t3 = performance.now();
  return {
    objects,
    diagnostics,
    cluster,
    reachability,
    services,
    timings: { parse: t1 - t0, model: t2 - t1, evaluate: t3 - t2 },
  };
}

/** Options are small plain data (flags, ports, IPs). */
function sameOptions(a: AnalyzeOptions, b: AnalyzeOptions): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
