import type { AnalyzeOptions, Stage } from '../analyze';
import type { Explanation, Probe, Verdict } from '../evaluate/types';
import type { AbstractGraph, GraphView } from '../graph/types';
import type { Layout, Point } from '../layout';
import type { InputFile } from '../parse/parse-manifests';
import type { AnalysisSnapshot, PolicyDetails } from './snapshot';
import type { Diagnostic } from '../model/diagnostic';
import type { ReachabilityDiff } from '../diff';
import type { SentFile } from './sent-files';
import type { PlainPatch } from './plain-patch';

/** What the page asks the analysis worker. Each request carries an id; the reply echoes it. */
export type WorkerRequest =
  | { id: number; type: 'analyze'; files: InputFile[]; options: AnalyzeOptions; view: ViewState }
  | { id: number; type: 'view'; view: ViewState }
  | { id: number; type: 'explain'; from: string; to: string; probe: Probe }
  | { id: number; type: 'matrix'; filter: MatrixFilter }
  /** A NetworkPolicy of the current analysis with the first flows each rule admits. */
  | { id: number; type: 'policy'; policy: string }
  /** Compare `before` (analysed with the last analyze's options) with the current analysis. */
  | { id: number; type: 'diff'; before: InputFile[] };

/** The graph view plus what the user dragged. */
export interface ViewState {
  collapsedNamespaces: string[];
  expandedWorkloads: string[];
  deniedFor?: string;
  pinned: [string, Point][];
  /** Ask the worker to collapse every namespace when the graph is too big to draw whole. */
  autoCollapse?: boolean;
  /** Leave DNS lookups off the edges into DNS servers. */
  hideDnsFlows?: boolean;
}

export interface MatrixFilter {
  namespaces?: string[];
  port?: number;
  protocol?: string;
  /** At most this many verdicts come back (the table is virtual beyond that). */
  limit: number;
}

export interface GraphResult {
  graph: AbstractGraph;
  layout: Layout;
  /** The namespaces the worker collapsed on its own (a big cluster opens collapsed). */
  collapsedNamespaces: string[];
  ms: { graph: number; layout: number };
}

export type WorkerReply =
  | { id: number; type: 'analyze'; snapshot: AnalysisSnapshot; graph: GraphResult }
  | { id: number; type: 'view'; graph: GraphResult }
  | { id: number; type: 'explain'; explanation: Explanation | undefined }
  | { id: number; type: 'matrix'; verdicts: Verdict[]; total: number }
  | { id: number; type: 'policy'; details: PolicyDetails | undefined }
  | { id: number; type: 'diff'; diff: ReachabilityDiff; beforeDiagnostics: Diagnostic[] }
  | { id: number; type: 'error'; message: string };

type AnalyzeRequest = Extract<WorkerRequest, { type: 'analyze' }>;
type AnalyzeReply = Extract<WorkerReply, { type: 'analyze' }>;
type ViewReply = Extract<WorkerReply, { type: 'view' }>;

/**
 * What crosses postMessage. An analyze request names the files whose text the worker already
 * holds instead of sending them (sent-files.ts); the snapshot and the graph of a reply are patches
 * of the last ones sent (patch-channel.ts). The session itself sees whole files and whole replies.
 */
export type WireRequest =
  Exclude<WorkerRequest, AnalyzeRequest> | (Omit<AnalyzeRequest, 'files'> & { files: SentFile[] });
export type WireReply =
  | Exclude<WorkerReply, AnalyzeReply | ViewReply>
  | (Omit<AnalyzeReply, 'snapshot' | 'graph'> & { snapshot: PlainPatch; graph: PlainPatch })
  | (Omit<ViewReply, 'graph'> & { graph: PlainPatch });

/**
 * Sent after an analyze reply that carried the previous findings: the snapshot with its own
 * (AnalysisSession.finishLate). On the wire, as a patch of the reply's snapshot.
 */
export interface LateSnapshot {
  id: number;
  type: 'late';
  snapshot: AnalysisSnapshot;
}
export type WireLateSnapshot = Omit<LateSnapshot, 'snapshot'> & { snapshot: PlainPatch };

/**
 * From the page, once it has drawn the reply to analyze request `id`: the worker may now compute
 * what it left for later (the lint), and answers with a LateSnapshot if there is anything.
 */
export interface FinishLateRequest {
  id: number;
  type: 'finish-late';
}

/** Sent while a request runs, before its reply: the stage it has reached. */
export interface ProgressMessage {
  id: number;
  type: 'progress';
  stage: Stage;
}

export type { GraphView };
