import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './platform/register-service-worker';
import { App } from './ui/app/app';
import { loadStartupWorkspace } from './ui/share/startup-workspace';
import { startAnalysisWorker } from './worker/analysis-client';

startAnalysisWorker();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App startup={loadStartupWorkspace()} />
  </StrictMode>,
);
registerServiceWorker();
