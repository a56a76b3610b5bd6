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
            <ImportCounts analysis={state.analysis} />
            <DiagnosticList diagnostics={state.analysis.diagnostics} />
            <div className="columns">
              <EndpointList endpoints={state.analysis.endpoints} />
              <ServiceList services={state.analysis.services} />
            </div>
            <p className="timings" data-testid="timings">
              Analysed in the {state.host}: parse {state.analysis.timings.parse.toFixed(1)} ms,
              model {state.analysis.timings.model.toFixed(1)} ms, evaluate{' '}
              {state.analysis.timings.evaluate.toFixed(1)} ms ({state.analysis.classes} endpoint
              classes).
            </p>
          </>
        )}
      </main>
    </div>
  );
}
