import type { InspectorSelection } from './types';

interface Props {
  policies: readonly string[];
  onSelect: (selection: InspectorSelection) => void;
}

/** Every NetworkPolicy, grouped by namespace; a click selects it. */
export function PolicyList({ policies, onSelect }: Props) {
  const byNamespace = new Map<string, string[]>();
  for (const id of policies) {
    const ns = id.slice(0, id.indexOf('/'));
    const group = byNamespace.get(ns);
    if (group) group.push(id);
    else byNamespace.set(ns, [id]);
  }
  return (
    <section aria-labelledby="rm-insp-policies-heading">
      <h3 id="rm-insp-policies-heading">NetworkPolicies ({policies.length})</h3>
      {policies.length === 0 && (
        <p className="rm-insp-muted">None: nothing is isolated, every pod can reach every other.</p>
      )}
      {[...byNamespace].map(([ns, ids]) => (
        <section key={ns} className="rm-insp-policy-group" aria-label={`Policies in ${ns}`}>
          <h4>{ns}</h4>
          <ul className="rm-insp-policies">
            {ids.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="rm-insp-row"
                  data-testid="policy"
                  onClick={() => onSelect({ kind: 'policy', id })}
                >
                  {id.slice(ns.length + 1)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
