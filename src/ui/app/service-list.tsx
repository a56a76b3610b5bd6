import type { ServiceReport } from '../../evaluate/types';

function portsOf(service: ServiceReport): string {
  return service.ports
    .map(
      (p) => `${p.port}→${p.targetPort}/${p.protocol}${p.nodePort ? ` (node ${p.nodePort})` : ''}`,
    )
    .join(', ');
}

/** Services with their type, ports, backends and whether something outside the cluster reaches them. */
export function ServiceList({ services }: { services: readonly ServiceReport[] }) {
  return (
    <section className="panel" aria-labelledby="services-heading">
      <h2 id="services-heading">Services ({services.length})</h2>
      <ul className="items" aria-labelledby="services-heading">
        {services.map((s) => (
          <li key={s.id} data-testid="service">
            <code className="id">{s.id}</code>
            <span className="tag">{s.type}</span>
            {s.headless && <span className="tag">headless</span>}
            {s.ports.length > 0 && <span className="meta">{portsOf(s)}</span>}
            <span className="meta">
              {s.backends.length} backend{s.backends.length === 1 ? '' : 's'}
            </span>
            {s.externallyReachable && <span className="tag exposed">reachable from outside</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
