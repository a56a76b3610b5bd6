import type { ServiceReport } from '../../evaluate/types';
import { exposureRows, type ExposureRow } from './exposure-rows';
import './exposure.css';

export interface ExposureViewProps {
  services: readonly ServiceReport[];
  /** Selects a Service on the graph by node id (`svc:<ns>/<name>`). */
  onSelect: (nodeId: string) => void;
}

/** Every Service reachable from outside the cluster, how, and whether its backends let anyone in. */
export function ExposureView({ services, onSelect }: ExposureViewProps) {
  const { rows, internalOnly, externalName } = exposureRows(services);
  return (
    <section className="rm-exposure" aria-labelledby="rm-exposure-heading">
      <h2 id="rm-exposure-heading">Exposure</h2>
      <p className="rm-exposure-muted">
        {rows.length} exposed Service{rows.length === 1 ? '' : 's'} ·{' '}
        <span data-testid="internal-only">{internalOnly} internal only (ClusterIP)</span>
        {externalName > 0 && ` · ${externalName} ExternalName`}
      </p>
      {rows.length === 0 ? (
        <p>No Service is exposed via NodePort, LoadBalancer or externalIPs.</p>
      ) : (
        <div className="rm-exposure-scroll">
          <table className="rm-exposure-table">
            <caption>Services exposed outside the cluster</caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">How</th>
                <th scope="col">Ports</th>
                <th scope="col">Backends admitting outside traffic</th>
                <th scope="col">Externally reachable</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row key={row.id} row={row} onSelect={onSelect} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Row({ row, onSelect }: { row: ExposureRow; onSelect: (nodeId: string) => void }) {
  return (
    <tr data-testid="exposure-row" data-reachable={row.externallyReachable}>
      <th scope="row">
        <button
          type="button"
          className="rm-exposure-link"
          aria-label={`Show ${row.id} on the graph`}
          onClick={() => onSelect(row.nodeId)}
        >
          {row.id}
        </button>{' '}
        <span className="rm-exposure-tag">{row.type}</span>
      </th>
      <td>
        <ul>
          {row.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </td>
      <td>{row.ports.join(', ')}</td>
      <td>
        {row.backends.length === 0 ? (
          <span className="rm-exposure-muted">no backends</span>
        ) : (
          <ul>
            {row.backends.map((b) => (
              <li
                key={`${b.port}#${b.endpoint}`}
                className={b.admitsOutside ? 'rm-exposure-open' : 'rm-exposure-closed'}
              >
                <span aria-hidden="true">{b.admitsOutside ? '✓' : '✗'}</span>{' '}
                <code>{b.endpoint}</code> on {b.targetPort ?? 'an unresolved targetPort'}:{' '}
                {b.admitsOutside ? 'admits outside clients' : 'ingress turns outside clients away'}
                <span className="rm-exposure-muted"> ({b.port})</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className={row.externallyReachable ? 'rm-exposure-yes' : 'rm-exposure-no'}>
        <strong>{row.externallyReachable ? 'Yes' : 'No'}</strong>: {row.reason}
      </td>
    </tr>
  );
}
