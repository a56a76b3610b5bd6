import type { AnalysisSnapshot } from '../../worker/snapshot';

interface Count {
  key: string;
  label: string;
  value: number;
}

function countsOf(a: AnalysisSnapshot): Count[] {
  return [
    { key: 'namespaces', label: 'Namespaces', value: a.namespaces.length },
    { key: 'endpoints', label: 'Endpoints', value: a.endpoints.length },
    { key: 'services', label: 'Services', value: a.services.length },
    { key: 'policies', label: 'NetworkPolicies', value: a.policies.length },
    { key: 'skipped', label: 'Skipped objects', value: a.skipped },
  ];
}

/** How many objects of each kind the input gave. */
export function ImportCounts({ analysis }: { analysis: AnalysisSnapshot }) {
  return (
    <section className="panel" aria-labelledby="counts-heading">
      <h2 id="counts-heading">Imported</h2>
      <dl className="counts">
        {countsOf(analysis).map(({ key, label, value }) => (
          <div className="count" key={key} data-testid={`count-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
