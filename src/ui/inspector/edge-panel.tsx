import { formatPort } from '../../graph/ports';
import type { AbstractGraph, EdgePort, GraphEdge } from '../../graph/types';
import { ExplanationView } from './explanation-view';
import { PolicyLink } from './policy-link';
import { firstEndpointOf } from './reach-lists';
import { useExplanation } from './use-explanation';
import type { ExplainFn, InspectorSelection, JumpTarget, PolicySources } from './types';

interface Props {
  graph: AbstractGraph;
  /** The analysis the graph came from; a new one asks every explanation again. */
  version: unknown;
  edge: GraphEdge;
  explain: ExplainFn;
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
  onSelect: (selection: InspectorSelection) => void;
}

const KIND_TEXT: Record<GraphEdge['kind'], string> = {
  allowed: 'Allowed flow',
  denied: 'Denied flow',
  'service-backend': 'Service to backend',
  exposure: 'Exposed outside the cluster',
  opened: 'Newly allowed by the change',
  closed: 'Newly denied by the change',
};

/** An edge: each of its ports with the verdict and the full reason behind it. */
export function EdgePanel({
  graph,
  version,
  edge,
  explain,
  policySources,
  onJump,
  onSelect,
}: Props) {
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  const source = node(edge.source);
  const target = node(edge.target);
  const from = firstEndpointOf(graph, edge.source);
  const to = firstEndpointOf(graph, edge.target);
  const end = (id: string, label: string | undefined) => (
    <button type="button" className="rm-insp-link" onClick={() => onSelect({ kind: 'node', id })}>
      {label ?? id}
    </button>
  );
  const change = edge.kind === 'opened' || edge.kind === 'closed';
  const flow = edge.kind === 'allowed' || edge.kind === 'denied' || change;
  const many = (source?.endpoints.length ?? 0) > 1 || (target?.endpoints.length ?? 0) > 1;

  return (
    <section aria-labelledby="rm-insp-edge-heading">
      <h3 id="rm-insp-edge-heading">{KIND_TEXT[edge.kind]}</h3>
      <p>
        {end(edge.source, source?.label)} → {end(edge.target, target?.label)}
        <span className="rm-insp-muted"> {edge.label}</span>
      </p>
      {edge.partial && (
        <p className="rm-insp-note">
          Partial: only some of the endpoint pairs behind this edge behave this way on some port.
        </p>
      )}
      {change && (
        <p className="rm-insp-note" data-testid="change-causes">
          {edge.causes && edge.causes.length > 0 ? (
            <>
              Decided by{' '}
              {edge.causes.map((p, i) => (
                <span key={p}>
                  {i > 0 && ', '}
                  <PolicyLink policy={p} policySources={policySources} onJump={onJump} />
                </span>
              ))}
              . Below, why the after version decides so.
            </>
          ) : (
            'No policy decided this change: an endpoint changed its labels, ports or IPs.'
          )}
        </p>
      )}
      {edge.blocked && (
        <p className="rm-insp-note">
          The Service is exposed, but no backend&apos;s ingress admits clients from outside.
        </p>
      )}
      {flow && (from === undefined || to === undefined) && (
        <p className="rm-insp-note">
          {edge.source === 'outside' || edge.target === 'outside'
            ? 'Outside the cluster'
            : 'One end'}{' '}
          stands for no endpoint, so there is no rule-by-rule reason. Add an external IP (the
          CLI&apos;s <code>--external</code>) and ask with the form below.
        </p>
      )}
      {flow && from !== undefined && to !== undefined && (
        <>
          {many && (
            <p className="rm-insp-muted">
              Explained for the first pair: <code>{from}</code> → <code>{to}</code>.
            </p>
          )}
          {edge.ports.map((p) => (
            <PortExplanation
              key={formatPort(p)}
              port={p}
              from={from}
              to={to}
              version={version}
              explain={explain}
              policySources={policySources}
              onJump={onJump}
            />
          ))}
        </>
      )}
    </section>
  );
}

interface PortProps {
  port: EdgePort;
  from: string;
  to: string;
  version: unknown;
  explain: ExplainFn;
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
}

function PortExplanation({ port, from, to, version, explain, policySources, onJump }: PortProps) {
  const probe = { port: port.port, protocol: port.protocol };
  const state = useExplanation(explain, from, to, probe, version);
  return (
    <section className="rm-insp-port-reason" aria-label={`Port ${formatPort(port)}`}>
      <h4>
        {formatPort(port)}
        {port.endPort !== undefined && (
          <span className="rm-insp-muted"> (a range; explained for {port.port})</span>
        )}
      </h4>
      <ExplanationView state={state} policySources={policySources} onJump={onJump} />
    </section>
  );
}
