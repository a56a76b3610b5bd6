import type { Endpoint } from '../../model/types';

function portsOf(endpoint: Endpoint): string {
  return endpoint.ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
}

/** Every Pod, workload and external IP that traffic can flow from or to. */
export function EndpointList({ endpoints }: { endpoints: readonly Endpoint[] }) {
  return (
    <section className="panel" aria-labelledby="endpoints-heading">
      <h2 id="endpoints-heading">Endpoints ({endpoints.length})</h2>
      <ul className="items" aria-labelledby="endpoints-heading">
        {endpoints.map((e) => (
          <li key={e.id} data-testid="endpoint">
            <code className="id">{e.id}</code>
            <span className="tag">{e.kind}</span>
            {e.replicas !== undefined && <span className="meta">×{e.replicas}</span>}
            {e.ports.length > 0 && <span className="meta">{portsOf(e)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
