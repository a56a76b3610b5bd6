import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './platform/register-service-worker';
import { App } from './ui/app/app';
import { loadStartupWorkspace } from './ui/share/startup-workspace';
import { startAnalysisWorker } from './worker/analysis-client';

// A link or a remembered workspace, or else the sample (whose first layout is precomputed).
const startup = loadStartupWorkspace();
startAnalysisWorker({ sampleFirst: startup.opened === 'nothing' });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App startup={startup} />
  </StrictMode>,
);
registerServiceWorker();
