import { DiagnosticList } from './diagnostic-list';
import { EndpointList } from './endpoint-list';
import { ImportCounts } from './import-counts';
import { ServiceList } from './service-list';
import { useSampleAnalysis } from './use-sample-analysis';
import './app.css';

/** The page for now: the sample's import summary, diagnostics, endpoints and Services. */
export function App() {
  const state = useSampleAnalysis();

  return (
    <div className="app" data-testid="app" data-status={state.status}>
      <header className="app-header">
        <h1>reachmap</h1>
        <p className="tagline">What can talk to what in a Kubernetes cluster.</p>
        <p className="source">
          Sample: <code>{state.file}</code>
        </p>
      </header>
      <main aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <p role="status">Loading the sample…</p>}
        {state.status === 'failed' && (
          <p role="alert" className="failure">
            {state.message}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            <ImportCounts cluster={state.analysis.cluster} />
            <DiagnosticList diagnostics={state.analysis.diagnostics} />
            <div className="columns">
              <EndpointList endpoints={state.analysis.cluster.endpoints} />
              <ServiceList services={state.analysis.services} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
