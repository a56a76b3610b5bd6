import type { ServiceReport } from '../../evaluate/types';
import type { AbstractGraph } from '../../graph/types';
import { exposureLines, servicePortText } from '../exposure/exposure-rows';
import { nodeOfEndpoint } from './reach-lists';
import { affinityText, dnsNames } from './service-facts';
import type { InspectorSelection } from './types';

interface Props {
  service: ServiceReport;
  graph: AbstractGraph;
  onSelect: (selection: InspectorSelection) => void;
}

/** A Service: how to name it, where its ports go per backend, and who outside can use it. */
export function ServicePanel({ service: s, graph, onSelect }: Props) {
  const names = dnsNames(s);
  const exposure = exposureLines(s);
  const backend = (endpoint: string) => {
    const node = nodeOfEndpoint(graph, endpoint);
    if (!node) return <code>{endpoint}</code>;
    return (
      <button
        type="button"
        className="rm-insp-link"
        onClick={() => onSelect({ kind: 'node', id: node })}
      >
        <code>{endpoint}</code>
      </button>
    );
  };
  return (
    <section aria-labelledby="rm-insp-svc-heading">
      <h3 id="rm-insp-svc-heading">
        {s.name} <span className="rm-insp-tag">{s.type}</span>
        {s.headless && <span className="rm-insp-tag">headless</span>}
      </h3>
      <dl className="rm-insp-facts">
        <dt>Namespace</dt>
        <dd>{s.namespace}</dd>
        {s.clusterIP && (
          <>
            <dt>Cluster IP</dt>
            <dd>
              <code>{s.clusterIP}</code>
            </dd>
          </>
        )}
        {s.externalName && (
          <>
            <dt>Alias for</dt>
            <dd>
              <code>{s.externalName}</code>
            </dd>
          </>
        )}
        <dt>DNS</dt>
        <dd>
          <code>{names.short}</code> (same namespace), <code>{names.crossNamespace}</code> (other
          namespaces), <code>{names.fqdn}</code>
        </dd>
        <dt>Session affinity</dt>
        <dd>{affinityText(s)}</dd>
      </dl>
      {names.pods.length > 0 && (
        <section aria-label="Per-pod DNS names">
          <h4>Per-pod DNS names</h4>
          <ul>
            {names.pods.map((n) => (
              <li key={n}>
                <code>{n}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.ports.length > 0 && (
        <table className="rm-insp-table">
          <caption>Ports and backends</caption>
          <thead>
            <tr>
              <th scope="col">Port</th>
              <th scope="col">Backend</th>
              <th scope="col">targetPort</th>
              <th scope="col">Admits outside</th>
            </tr>
          </thead>
          <tbody>
            {s.ports.flatMap((p) =>
              (p.backends.length > 0 ? p.backends : [undefined]).map((b, i) => (
                <tr key={`${p.port}/${p.protocol}#${b?.endpoint ?? i}`}>
                  <th scope="row">
                    {servicePortText(p)}
                    {p.name && <span className="rm-insp-muted"> {p.name}</span>}
                  </th>
                  <td>
                    {b ? backend(b.endpoint) : <span className="rm-insp-muted">no backend</span>}
                  </td>
                  <td>{b ? (b.targetPort ?? `missing ${String(p.targetPort)}`) : '—'}</td>
                  <td>{b ? (b.admitsOutside ? '✓ yes' : '✗ no') : '—'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      <section aria-label="Exposure">
        <h4>Exposure</h4>
        {exposure.length === 0 ? (
          <p className="rm-insp-muted">Internal only: reachable from inside the cluster.</p>
        ) : (
          <>
            <ul>
              {exposure.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className={s.externallyReachable ? 'rm-insp-exposed' : 'rm-insp-blocked'}>
              {s.externallyReachable
                ? 'Reachable from outside: some backend admits outside clients on its target port.'
                : "Not reachable from outside: no backend's ingress admits outside clients."}
            </p>
          </>
        )}
      </section>
      {s.problems.length > 0 && (
        <section aria-label="Problems">
          <h4>Problems</h4>
          <ul className="rm-insp-problems">
            {s.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
