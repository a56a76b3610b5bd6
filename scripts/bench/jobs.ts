/** The jobs the orchestrator (scripts/bench.ts) runs, each in its own child process. */

export interface ClusterJob {
  type: 'cluster';
  pods: number;
  policies: number;
  labelSets: number;
  quick: boolean;
}

export interface FloorJob {
  type: 'floor';
  pods: number;
}

export interface DumpShape {
  pods: number;
  policies: number;
  labelSets: number;
  bytes: number;
}

/** Each format is sized to the target on its own, so the YAML and JSON clusters differ in size. */
export interface DumpMeta {
  yaml: DumpShape;
  json: DumpShape;
}

export interface GenDumpJob {
  type: 'gen-dump';
  targetMB: number;
  /** Without extension; `.yaml`, `.json` and `.meta.json` are added. */
  base: string;
}

export interface DumpJob {
  type: 'dump';
  /** parse: parseManifests; library: JSON.parse / js-yaml load; pipeline: parse+model+evaluate. */
  what: 'parse' | 'library' | 'pipeline';
  file: string;
  format: 'yaml' | 'json';
  meta: DumpShape;
  runs: number;
}

export type Job = ClusterJob | FloorJob | GenDumpJob | DumpJob;

/** One output line; `bench` names the stage. */
export interface BenchLine {
  bench: string;
  pods: number;
  policies: number;
  labelSets: number;
  ms: number;
  peakMB: number;
  [extra: string]: unknown;
}

export type ChildMessage =
  | { kind: 'line'; line: BenchLine }
  | { kind: 'note'; text: string }
  | { kind: 'meta'; meta: DumpMeta };
