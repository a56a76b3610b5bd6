import { useAppStore, type AppState } from '../../store/app-store';
import type { Tab } from '../../store/view-slice';
import type { AnalysisClient } from '../../worker/analysis-client';
import { CompareView } from '../compare/compare-view';
import { ExposureView } from '../exposure/exposure-view';
import { MatrixView } from '../matrix/matrix-view';
import { GraphTab } from './graph-tab';
import { useAnalysisQueries } from './use-analysis-queries';
import type { SidePanes } from './use-side-panes';

const TABS: { id: Tab; label: string }[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'exposure', label: 'Exposure' },
  { id: 'compare', label: 'Compare' },
];

const tabSelector = (s: AppState) => s.tab;

/** Three ways to look at the same analysis: the graph, the truth table, what is exposed. */
export function CentrePane({
  client,
  panes,
}: {
  client: React.RefObject<AnalysisClient | null>;
  panes: SidePanes;
}) {
  const tab = useAppStore(tabSelector);
  const { snapshot, explain, query, policySources, onJump } = useAnalysisQueries(client);
  const { setTab, select } = useAppStore.getState();
  return (
    <section className="pane centre-pane" aria-label="Cluster">
      <div className="centre-bar">
        <div className="centre-tabs" role="tablist" aria-label="Views">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <PaneToggles panes={panes} />
      </div>
      <div
        className="centre-body"
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
      >
        {tab === 'graph' && <GraphTab />}
        {tab === 'matrix' && (
          <MatrixView
            snapshot={snapshot}
            query={query}
            explain={explain}
            onJump={onJump}
            policySources={policySources}
          />
        )}
        {tab === 'exposure' && (
          <ExposureView
            services={snapshot?.services ?? []}
            onSelect={(id) => {
              select({ kind: 'node', id });
              setTab('graph');
            }}
          />
        )}
        {tab === 'compare' && (
          // The list of what a change opens and closes beside the after version's graph with
          // those connections drawn on it.
          <div className="compare-split">
            <CompareView client={client} snapshot={snapshot} />
            <GraphTab />
          </div>
        )}
      </div>
    </section>
  );
}

/** Buttons that put the editor and the inspector away, for a big-screen graph in a meeting. */
function PaneToggles({ panes }: { panes: SidePanes }) {
  const both = panes.editorHidden && panes.inspectorHidden;
  return (
    <div className="pane-toggles" role="group" aria-label="Panes">
      <button type="button" aria-pressed={!panes.editorHidden} onClick={panes.toggleEditor}>
        Editor
      </button>
      <button type="button" aria-pressed={!panes.inspectorHidden} onClick={panes.toggleInspector}>
        Inspector
      </button>
      <button
        type="button"
        aria-pressed={both}
        onClick={panes.toggleBoth}
        title="Hide both side panes"
      >
        {both ? 'Show panes' : 'Graph only'}
      </button>
    </div>
  );
}
