import { quietPolicies, summarizeDiff } from '../../diff';
import type { FlowChange, PolicyGroup, ReachabilityDiff } from '../../diff';
import type { Diagnostic } from '../../model/diagnostic';

/** Beyond this many flows a group says how many more there are (the CLI lists them all). */
const SHOWN_PER_GROUP = 100;

const MARK = { allowed: '+ newly allowed', denied: '− newly denied' } as const;

export interface CompareResultsProps {
  diff: ReachabilityDiff;
  beforeErrors: readonly Diagnostic[];
  /** Opens a policy in the inspector. */
  onSelectPolicy: (id: string) => void;
  /** Picks the graph edge that draws a flow; flows with none (inside one node) are plain text. */
  flowEdge?: ((flow: FlowChange) => string | undefined) | undefined;
  onSelectEdge?: (id: string) => void;
}

/** What the after version opens and closes, grouped by the policy that decided it. */
export function CompareResults(props: CompareResultsProps) {
  const { diff, beforeErrors } = props;
  const quiet = quietPolicies(diff);
  return (
    <div className="rm-compare-results" aria-live="polite">
      <p className="rm-compare-summary" data-testid="compare-summary">
        {summarizeDiff(diff)}
      </p>
      {beforeErrors.length > 0 && (
        <p className="rm-compare-warning" role="alert">
          The before version has {beforeErrors.length} error{beforeErrors.length === 1 ? '' : 's'};
          objects with errors are left out. First: line {beforeErrors[0]!.line}:{' '}
          {beforeErrors[0]!.message}
        </p>
      )}
      {diff.byPolicy.map((g) => (
        <PolicyChanges key={g.policy} group={g} {...props} />
      ))}
      <ServiceChanges diff={diff} />
      <EndpointChanges diff={diff} />
      {quiet.length > 0 && (
        <section className="rm-compare-section">
          <h3>Policies that changed no flow</h3>
          <ul>
            {quiet.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      <FindingChanges diff={diff} />
    </div>
  );
}

function PolicyChanges({
  group,
  onSelectPolicy,
  flowEdge,
  onSelectEdge,
}: CompareResultsProps & { group: PolicyGroup }) {
  const flows = [...group.allowed, ...group.denied];
  return (
    <section className="rm-compare-section" data-testid="compare-policy" data-policy={group.policy}>
      <h3>
        {group.policy === '' ? (
          'No policy decided these (endpoints changed labels, ports or IPs)'
        ) : (
          <>
            <button
              type="button"
              className="rm-compare-link"
              onClick={() => onSelectPolicy(group.policy)}
            >
              {group.policy}
            </button>{' '}
            <span className="rm-compare-muted">policy {group.status ?? 'unknown'}</span>
          </>
        )}
      </h3>
      <ul className="rm-compare-flows">
        {flows.slice(0, SHOWN_PER_GROUP).map((f) => (
          <FlowItem
            key={`${f.change}:${f.from}>${f.to}:${f.port}/${f.protocol}`}
            flow={f}
            edge={flowEdge?.(f)}
            onSelectEdge={onSelectEdge}
          />
        ))}
      </ul>
      {flows.length > SHOWN_PER_GROUP && (
        <p className="rm-compare-muted">
          … and {flows.length - SHOWN_PER_GROUP} more (reachmap diff lists them all)
        </p>
      )}
    </section>
  );
}

function FlowItem({
  flow,
  edge,
  onSelectEdge,
}: {
  flow: FlowChange;
  edge: string | undefined;
  onSelectEdge: ((id: string) => void) | undefined;
}) {
  const text = (
    <>
      <span>{flow.from}</span> → <span>{flow.to}</span>{' '}
      <span className="rm-compare-port">
        {flow.port}/{flow.protocol}
      </span>
    </>
  );
  return (
    <li
      className={`rm-compare-flow rm-compare-${flow.change}`}
      data-testid="compare-flow"
      data-change={flow.change}
    >
      <span className="rm-compare-mark">{MARK[flow.change]}</span>{' '}
      {edge !== undefined && onSelectEdge ? (
        // The flow picks its edge on the graph beside the list, and the inspector explains it.
        <button
          type="button"
          className="rm-compare-flow-link"
          title="Show on the graph"
          onClick={() => onSelectEdge(edge)}
        >
          {text}
        </button>
      ) : (
        text
      )}
    </li>
  );
}

const SERVICE_MARK = { added: '+ added', removed: '− removed', changed: '~ changed' } as const;

function ServiceChanges({ diff }: { diff: ReachabilityDiff }) {
  if (diff.services.length === 0) return null;
  return (
    <section className="rm-compare-section" data-testid="compare-services">
      <h3>Services</h3>
      <ul>
        {diff.services.map((s) => (
          <li key={s.id}>
            <span className="rm-compare-mark">{SERVICE_MARK[s.change]}</span> {s.id}:{' '}
            {s.details.join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EndpointChanges({ diff }: { diff: ReachabilityDiff }) {
  const { added, removed } = diff.endpoints;
  if (added.length + removed.length === 0) return null;
  return (
    <section className="rm-compare-section" data-testid="compare-endpoints">
      <h3>Endpoints</h3>
      <ul>
        {added.map((e) => (
          <li key={`+${e.id}`}>
            <span className="rm-compare-mark">+ added</span> {e.id} ({e.kind})
          </li>
        ))}
        {removed.map((e) => (
          <li key={`-${e.id}`}>
            <span className="rm-compare-mark">− removed</span> {e.id} ({e.kind})
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingChanges({ diff }: { diff: ReachabilityDiff }) {
  const f = diff.findings;
  if (!f || f.added.length + f.resolved.length === 0) return null;
  const rows = [
    ...f.added.map((x) => ({ mark: '+ added', x })),
    ...f.resolved.map((x) => ({ mark: '✓ resolved', x })),
  ];
  return (
    <section className="rm-compare-section" data-testid="compare-findings">
      <h3>Findings</h3>
      <ul>
        {rows.map(({ mark, x }, i) => (
          <li key={i}>
            <span className="rm-compare-mark">{mark}</span> {x.severity} {x.id}: {x.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
