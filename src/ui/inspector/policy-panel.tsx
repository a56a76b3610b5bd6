import { useMemo } from 'react';
import type { AbstractGraph } from '../../graph/types';
import type { Endpoint, PolicyType } from '../../model/types';
import type { PolicyDetails, PolicySummary } from '../../worker/snapshot';
import { EndpointRef, type EndpointLookup } from './policy-endpoint';
import { PolicyLink } from './policy-link';
import { PolicyRule } from './policy-rule';
import type { InspectorSelection, JumpTarget, PolicySources } from './types';

interface Props {
  policy: string;
  /** What the analysis knows of it; undefined when the policy is gone from the input. */
  summary: PolicySummary | undefined;
  /** The same with the first flows of each rule, once the worker has listed them. */
  details: PolicyDetails | undefined;
  graph: AbstractGraph;
  endpoints: readonly Endpoint[];
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
  onSelect: (selection: InspectorSelection) => void;
}

/** At most this many selected endpoints are listed (a namespace-wide policy of a big dump). */
const MAX_SELECTED = 50;

const DIRECTIONS: readonly PolicyType[] = ['Ingress', 'Egress'];

/**
 * A selected NetworkPolicy as a reviewer reads it: what it selects and isolates, then each rule
 * with its source line and the flows it admits in this cluster.
 */
export function PolicyPanel(props: Props) {
  const { policy, summary, graph, endpoints, policySources, onJump, onSelect } = props;
  const details = props.details?.id === summary?.id ? props.details : undefined;
  const byId = useMemo(() => new Map(endpoints.map((e) => [e.id, e])), [endpoints]);
  const lookup: EndpointLookup = { graph, byId, onSelect };
  return (
    <section aria-labelledby="rm-insp-policy-heading" data-testid="policy-panel">
      <h3 id="rm-insp-policy-heading">
        NetworkPolicy <PolicyLink policy={policy} policySources={policySources} onJump={onJump} />
      </h3>
      {!summary ? (
        <p className="rm-insp-note">This policy is gone from the current analysis.</p>
      ) : (
        <>
          <dl className="rm-insp-facts">
            <dt>policyTypes</dt>
            <dd>{summary.policyTypes.join(', ') || 'none'}</dd>
            <dt>podSelector</dt>
            <dd>
              <code>{summary.podSelector}</code>
              {summary.podSelector === '{}' && (
                <span className="rm-insp-muted"> (every pod of its namespace)</span>
              )}
            </dd>
          </dl>
          {!summary.enforced && (
            <p className="rm-insp-note">
              The CNI setting enforces no NetworkPolicy: this one changes nothing.
            </p>
          )}
          <Selected summary={summary} lookup={lookup} />
          {DIRECTIONS.map((direction) => (
            <Direction
              key={direction}
              summary={summary}
              details={details}
              direction={direction}
              lookup={lookup}
              onJump={onJump}
            />
          ))}
        </>
      )}
    </section>
  );
}

function Selected({ summary, lookup }: { summary: PolicySummary; lookup: EndpointLookup }) {
  const n = summary.selects.length;
  const types = summary.policyTypes.map((t) => t.toLowerCase()).join(' and ');
  if (n === 0)
    return (
      <p className="rm-insp-note" data-testid="policy-isolates">
        Selects no endpoint in the input: it isolates nothing.
      </p>
    );
  return (
    <section aria-label="Selected endpoints">
      <p data-testid="policy-isolates">
        Isolates {n} {n === 1 ? 'endpoint' : 'endpoints'} for {types}:
      </p>
      <ul className="rm-insp-selected">
        {summary.selects.slice(0, MAX_SELECTED).map((id) => (
          <li key={id}>
            <EndpointRef id={id} lookup={lookup} />
            <span className="rm-insp-muted"> {lookup.byId.get(id)?.kind}</span>
          </li>
        ))}
      </ul>
      {n > MAX_SELECTED && <p className="rm-insp-muted">…and {n - MAX_SELECTED} more.</p>}
    </section>
  );
}

interface DirectionProps {
  summary: PolicySummary;
  details: PolicyDetails | undefined;
  direction: PolicyType;
  lookup: EndpointLookup;
  onJump: (source: JumpTarget) => void;
}

/** One direction's rules; a direction the policy isolates without rules denies everything. */
function Direction({ summary, details, direction, lookup, onJump }: DirectionProps) {
  const rules = direction === 'Ingress' ? summary.ingress : summary.egress;
  const listed = details && (direction === 'Ingress' ? details.ingress : details.egress);
  const isolates = summary.policyTypes.includes(direction);
  if (!isolates && rules.length === 0) return null;
  const dir = direction.toLowerCase();
  return (
    <section className="rm-insp-direction" aria-label={`${direction} rules`}>
      <h4>
        {direction} <span className="rm-insp-muted">({rules.length})</span>
      </h4>
      {isolates && rules.length === 0 && (
        <p className="rm-insp-note" data-testid="policy-deny-all">
          No {dir} rules: denies all {dir} {direction === 'Ingress' ? 'to' : 'from'} the selected
          pods except what other policies admit.
        </p>
      )}
      {rules.map((rule, i) => (
        <PolicyRule
          key={i}
          policy={summary.id}
          direction={direction}
          index={i}
          rule={rule}
          flows={listed?.[i]?.flows}
          file={summary.file}
          lookup={lookup}
          onJump={onJump}
        />
      ))}
    </section>
  );
}
