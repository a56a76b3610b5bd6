import type { Cluster } from '../../model/types';

interface Count {
  key: string;
  label: string;
  value: number;
}

function countsOf(cluster: Cluster): Count[] {
  return [
    { key: 'namespaces', label: 'Namespaces', value: cluster.namespaces.size },
    { key: 'endpoints', label: 'Endpoints', value: cluster.endpoints.length },
    { key: 'services', label: 'Services', value: cluster.services.length },
    { key: 'policies', label: 'NetworkPolicies', value: cluster.policies.length },
    { key: 'skipped', label: 'Skipped objects', value: cluster.skipped.length },
  ];
}

/** How many objects of each kind the input gave. */
export function ImportCounts({ cluster }: { cluster: Cluster }) {
  return (
    <section className="panel" aria-labelledby="counts-heading">
      <h2 id="counts-heading">Imported</h2>
      <dl className="counts">
        {countsOf(cluster).map(({ key, label, value }) => (
          <div className="count" key={key} data-testid={`count-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
