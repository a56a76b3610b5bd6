import { useShallow } from 'zustand/react/shallow';
import type { Stage } from '../../analyze';
import { useAppStore, type AppState } from '../../store/app-store';

const selector = (s: AppState) => ({
  snapshot: s.snapshot,
  drawn: s.drawn,
  host: s.host,
  status: s.status,
  stage: s.stage,
});

const STAGE_LABEL: Record<Stage, string> = {
  parse: 'reading manifests',
  model: 'resolving selectors',
  evaluate: 'evaluating policies',
  graph: 'building the graph',
  layout: 'laying out',
};

/**
 * "Analysing… evaluating policies", or "Drawing… laying out" for a redraw of the same analysis.
 * Only once a request has run long enough for its stage to be named (STAGE_DELAY_MS): a policy edit
 * is done before then, and a word flashed for 60 ms says nothing but costs a repaint while the
 * worker needs the CPU.
 */
function Progress({ status, stage }: { status: AppState['status']; stage: Stage | undefined }) {
  if (stage === undefined) return null;
  const what = status === 'running' ? 'Analysing…' : 'Drawing…';
  return (
    <span data-testid="progress" aria-live="polite">
      {what} {STAGE_LABEL[stage]}
    </span>
  );
}

const fmt = (ms: number) => `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;

/** Counts, problems and how long each stage took. */
export function StatusBar() {
  const { snapshot, drawn, host, status, stage } = useAppStore(useShallow(selector));
  if (!snapshot)
    return (
      <footer className="status-bar">
        <Progress status={status} stage={stage} />
      </footer>
    );
  const errors = snapshot.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = snapshot.diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span data-testid="count-namespaces">{snapshot.namespaces.length} namespaces</span>
      <span data-testid="count-endpoints">{snapshot.endpoints.length} endpoints</span>
      <span data-testid="count-services">{snapshot.services.length} Services</span>
      <span data-testid="count-policies">{snapshot.policies.length} NetworkPolicies</span>
      <span data-testid="count-problems">
        {errors} errors, {warnings} warnings
      </span>
      <span data-testid="timings">
        {host === 'worker' ? 'worker' : 'main thread'}: parse {fmt(snapshot.timings.parse)},
        evaluate {fmt(snapshot.timings.evaluate)}
        {drawn
          ? `, graph ${fmt(drawn.ms.graph)}, layout ${fmt(drawn.ms.layout)} (${drawn.layout.engine}${drawn.layout.precomputed ? ', precomputed' : ''})`
          : ''}
      </span>
      <Progress status={status} stage={stage} />
    </footer>
  );
}
