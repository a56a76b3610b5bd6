import type { DirectionExplanation } from '../../evaluate/types';
import { ruleRefText, sideHeadline, sideState } from './explanation-text';
import { PolicyLink } from './policy-link';
import type { JumpTarget, PolicySources } from './types';

interface Props {
  side: DirectionExplanation;
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
}

/** One side of a connection: isolated by which policies, admitted by which rule, or what exists. */
export function DirectionView({ side, policySources, onJump }: Props) {
  const state = sideState(side);
  const link = (policy: string) => (
    <PolicyLink policy={policy} policySources={policySources} onJump={onJump} />
  );
  return (
    <section className={`rm-insp-side rm-insp-side-${state}`} aria-label={side.direction}>
      <h5>{sideHeadline(side)}</h5>
      {side.isolated && (
        <p>
          Isolated by{' '}
          {side.isolatingPolicies.map((p, i) => (
            <span key={p}>
              {i > 0 && ', '}
              {link(p)}
            </span>
          ))}
        </p>
      )}
      {side.admittedBy.length > 0 && (
        <>
          <p>Admitted by</p>
          <ul>
            {side.admittedBy.map((r) => (
              <li key={`${r.policy}#${r.rule}`}>
                {link(r.policy)} {ruleRefText(r, side.direction)}
              </li>
            ))}
          </ul>
        </>
      )}
      {state === 'blocked' && side.peerMatchedPortMissed.length > 0 && (
        <>
          <p>The peer matches, but not the port, in</p>
          <ul>
            {side.peerMatchedPortMissed.map((r) => (
              <li key={`${r.policy}#${r.rule}`}>
                {link(r.policy)} {ruleRefText(r, side.direction)}
              </li>
            ))}
          </ul>
        </>
      )}
      {state === 'blocked' && (
        <>
          <p>
            {side.rules.length === 0
              ? 'These policies have no rules for this direction.'
              : 'The rules that exist admit'}
          </p>
          <ul>
            {side.rules.map((r) => (
              <li key={`${r.policy}#${r.rule}`}>
                {link(r.policy)} {ruleRefText(r, side.direction)}: {r.admits}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
