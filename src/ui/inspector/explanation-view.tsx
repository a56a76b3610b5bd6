import { summaryParts } from '../../evaluate/explain';
import type { Explanation } from '../../evaluate/types';
import { DirectionView } from './direction-view';
import { ruleWhat } from './explanation-text';
import { PolicyLink } from './policy-link';
import { RuleLink } from './policy-rule-link';
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
      <Summary explanation={e} policySources={policySources} onJump={onJump} />
      <div className="rm-insp-sides">
        <DirectionView side={e.egress} policySources={policySources} onJump={onJump} />
        <DirectionView side={e.ingress} policySources={policySources} onJump={onJump} />
      </div>
    </div>
  );
}

/** The evaluator's summary, each policy and rule it names linking to where it is written. */
function Summary({
  explanation,
  policySources,
  onJump,
}: {
  explanation: Explanation;
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
}) {
  return (
    <p className="rm-insp-summary">
      {summaryParts(explanation).map((part, i) => {
        if (part.rule)
          return (
            <RuleLink
              key={i}
              label={part.text}
              what={ruleWhat(part.rule)}
              source={part.rule.source}
              onJump={onJump}
            />
          );
        if (part.policy)
          return (
            <PolicyLink
              key={i}
              policy={part.policy}
              policySources={policySources}
              onJump={onJump}
            />
          );
        return part.text;
      })}
    </p>
  );
}
