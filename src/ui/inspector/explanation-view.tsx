import { DirectionView } from './direction-view';
import type { ExplanationState } from './use-explanation';
import type { JumpTarget, PolicySources } from './types';

interface Props {
  state: ExplanationState | undefined;
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
}

/** A verdict with its reasons: the evaluator's summary, then egress and ingress side by side. */
export function ExplanationView({ state, policySources, onJump }: Props) {
  if (!state) return null;
  if (state.status === 'loading')
    return (
      <p className="rm-insp-muted" role="status">
        Asking the evaluator…
      </p>
    );
  if (state.status === 'failed')
    return <p role="alert">Could not explain this connection: {state.message}</p>;
  const e = state.explanation;
  if (!e) return <p role="alert">The evaluator does not know one of these endpoints any more.</p>;
  const verdict = e.allowed ? 'allowed' : 'denied';
  return (
    <div className="rm-insp-explanation">
      <p
        className={`rm-verdict rm-verdict-${verdict}`}
        data-testid="verdict"
        data-verdict={verdict}
      >
        <span aria-hidden="true">{e.allowed ? '✓' : '✗'}</span> {e.from} → {e.to} {e.port}/
        {e.protocol}: <strong>{verdict}</strong>
      </p>
      <p className="rm-insp-summary">{e.summary}</p>
      <div className="rm-insp-sides">
        <DirectionView side={e.egress} policySources={policySources} onJump={onJump} />
        <DirectionView side={e.ingress} policySources={policySources} onJump={onJump} />
      </div>
    </div>
  );
}
