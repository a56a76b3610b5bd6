import type { Analysis, AnalyzeOptions } from '../analyze';
import type { Diagnostic } from '../model/diagnostic';
import type { Endpoint, Namespace } from '../model/types';
import type { ServiceReport } from '../evaluate/types';
import type { InputFile } from '../parse/parse-manifests';

/**
 * What crosses the Worker boundary: plain data only (the live Reachability holds closures and
 * bitsets that structured clone cannot carry, and the page does not need them whole).
 */
export interface AnalysisSnapshot {
  diagnostics: Diagnostic[];
  namespaces: Namespace[];
  endpoints: Endpoint[];
  services: ServiceReport[];
  policies: string[];
  skipped: number;
  classes: number;
  timings: Analysis['timings'];
}

export interface AnalyzeRequest {
  id: number;
  files: InputFile[];
  options: AnalyzeOptions;
}

export type AnalyzeResponse =
  { id: number; ok: true; snapshot: AnalysisSnapshot } | { id: number; ok: false; message: string };

export function snapshotOf(a: Analysis): AnalysisSnapshot {
  return {
    diagnostics: a.diagnostics,
    namespaces: [...a.cluster.namespaces.values()],
    endpoints: [...a.cluster.endpoints],
    services: a.services,
    policies: a.cluster.policies.map((p) => `${p.namespace}/${p.name}`),
    skipped: a.cluster.skipped.length,
    classes: a.reachability.classes.representatives.length,
    timings: a.timings,
  };
}
