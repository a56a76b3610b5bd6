import type { AdmittedFlow, EmptyBecause } from '../../evaluate/policy-flows';
import { formatPort } from '../../graph/ports';
import type { PolicyType } from '../../model/types';
import type { RuleSummary } from '../../worker/snapshot';
import { ruleWhat } from './explanation-text';
import { FlowEndRef, type EndpointLookup } from './policy-endpoint';
import { RuleLink } from './policy-rule-link';
import type { JumpTarget } from './types';

interface Props {
  policy: string;
  direction: PolicyType;
  index: number;
  rule: RuleSummary;
  /** The first flows it admits; undefined while they are asked of the worker. */
  flows: readonly AdmittedFlow[] | undefined;
  file: string;
  lookup: EndpointLookup;
  onJump: (source: JumpTarget) => void;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Why a rule admits nothing, in the words a reviewer would use. */
function emptyText(why: EmptyBecause | undefined, rule: RuleSummary, direction: PolicyType) {
  switch (why) {
    case 'not-enforced':
      return 'Admits nothing: the CNI setting enforces no NetworkPolicy.';
    case 'direction-not-in-policy-types':
      return `Ignored: policyTypes does not include ${direction}, so Kubernetes skips this rule.`;
    case 'selects-no-endpoint':
      return 'Admits nothing: the policy selects no endpoint.';
    case 'peers-match-nothing':
      return 'Admits nothing that exists: no endpoint matches its peers.';
    default:
      return `Admits nothing: its peers match ${plural(rule.peerEndpoints, 'endpoint')}, but no connection with the selected pods uses a port it admits.`;
  }
}

/** One ingress or egress rule: what it says, where it is written, and the flows it admits. */
export function PolicyRule(props: Props) {
  const { policy, direction, index, rule, flows, file, lookup, onJump } = props;
  const title = `${direction} rule ${index + 1}`;
  const source = rule.line !== undefined ? { file, line: rule.line } : undefined;
  const blocked = flows?.some((f) => f.ports.some((p) => !p.allowed)) ?? false;
  return (
    <section className="rm-insp-rule" aria-label={title}>
      <h5 className="rm-insp-rule-head">
        <span>{title}</span>
        {source && (
          <RuleLink
            label={`line ${source.line}`}
            what={ruleWhat({ policy, direction, rule: index })}
            source={source}
            onJump={onJump}
          />
        )}
      </h5>
      <p>
        Admits <span className="rm-insp-admits">{rule.admits}</span>
      </p>
      {rule.total === 0 ? (
        <p className="rm-insp-note" data-testid="rule-admits-nothing">
          {emptyText(rule.emptyBecause, rule, direction)}
        </p>
      ) : (
        <>
          <p className="rm-insp-muted">
            {flows && flows.length < rule.total
              ? `The first ${flows.length} of ${plural(rule.total, 'flow')}:`
              : `${plural(rule.total, 'flow')} in this cluster:`}
          </p>
          {flows ? (
            <ul className="rm-insp-flows" aria-label={`Flows ${title} admits`}>
              {flows.map((flow, i) => (
                <FlowRow key={i} flow={flow} lookup={lookup} />
              ))}
            </ul>
          ) : (
            <p className="rm-insp-muted" data-testid="policy-flows-loading">
              Listing them…
            </p>
          )}
          {blocked && (
            <p className="rm-insp-muted">
              ✗ admitted by this rule, but denied by the{' '}
              {direction === 'Ingress' ? "source's egress" : "destination's ingress"} policies.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** `from`, then `→ to` with the ports beside it: two short lines fit the inspector's width. */
function FlowRow({ flow, lookup }: { flow: AdmittedFlow; lookup: EndpointLookup }) {
  return (
    <li className="rm-insp-flow" data-testid="policy-flow">
      <span className="rm-insp-flow-from">
        <FlowEndRef end={flow.from} lookup={lookup} />
      </span>{' '}
      <span className="rm-insp-flow-to">
        → <FlowEndRef end={flow.to} lookup={lookup} />
      </span>
      <span className="rm-insp-flow-ports">
        {flow.ports.map((p) => (
          <code
            key={formatPort(p)}
            className={p.allowed ? undefined : 'rm-insp-flow-denied'}
            title={p.allowed ? 'allowed' : 'admitted here, denied by the other side'}
          >
            {formatPort(p)}
            {!p.allowed && ' ✗'}
          </code>
        ))}
      </span>
    </li>
  );
}
