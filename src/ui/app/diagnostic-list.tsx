import { formatDiagnostic, type Diagnostic } from '../../model/diagnostic';

/** Parse and model diagnostics, in the same words the CLI prints. */
export function DiagnosticList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  return (
    <section className="panel" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">Diagnostics ({diagnostics.length})</h2>
      {diagnostics.length === 0 ? (
        <p className="empty">No diagnostics.</p>
      ) : (
        <ul className="diagnostics" aria-labelledby="diagnostics-heading">
          {diagnostics.map((d, i) => (
            <li
              key={i}
              className={`diagnostic ${d.severity}`}
              data-testid="diagnostic"
              data-severity={d.severity}
            >
              {formatDiagnostic(d)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
