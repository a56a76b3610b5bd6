import { PolicyLink } from './policy-link';
import type { JumpTarget, PolicySources } from './types';

interface Props {
  policy: string;
  known: boolean;
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
}

/**
 * A selected NetworkPolicy. The snapshot carries only policy ids, so this shows the id and the
 * source when the shell passes it; what the policy selects and admits needs more snapshot fields.
 */
export function PolicyPanel({ policy, known, policySources, onJump }: Props) {
  const source = policySources?.[policy];
  return (
    <section aria-labelledby="rm-insp-policy-heading">
      <h3 id="rm-insp-policy-heading">
        NetworkPolicy <PolicyLink policy={policy} policySources={policySources} onJump={onJump} />
      </h3>
      {!known && <p className="rm-insp-note">This policy is gone from the current analysis.</p>}
      {source && (
        <p>
          Written in {source.file} at line {source.line}.
        </p>
      )}
      <p className="rm-insp-muted">
        Select an edge to see which of its rules admit or block a connection; the badges on the
        graph show which workloads it isolates.
      </p>
    </section>
  );
}
