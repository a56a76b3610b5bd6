import type { ReachRow } from './reach-lists';

interface Props {
  title: string;
  /** `→` for flows out of the node, `←` for flows into it. */
  arrow: '→' | '←';
  rows: readonly ReachRow[];
  tone: 'allowed' | 'denied';
  onSelectEdge: (edgeId: string) => void;
}

/** One list of flows; each row selects its edge. */
export function ReachList({ title, arrow, rows, tone, onSelectEdge }: Props) {
  return (
    <section className={`rm-insp-reach rm-insp-reach-${tone}`} aria-label={title}>
      <h4>
        {title} <span className="rm-insp-muted">({rows.length})</span>
      </h4>
      {rows.length === 0 ? (
        <p className="rm-insp-muted">None.</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.edgeId}>
              <button
                type="button"
                className="rm-insp-row"
                onClick={() => onSelectEdge(r.edgeId)}
                aria-label={`${title}: ${r.otherLabel} on ${r.ports}${r.partial ? ' (some pairs only)' : ''}`}
              >
                <span aria-hidden="true">{arrow}</span> {r.otherLabel}
                {r.via && <span className="rm-insp-muted"> via {r.via}</span>}{' '}
                <code>{r.ports}</code>
                {r.partial && <span className="rm-insp-tag">partial</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
