import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppState } from '../../store/app-store';
import type { AnalysisClient } from '../../worker/analysis-client';
import { Inspector } from '../inspector/inspector';
import { useAnalysisQueries } from './use-analysis-queries';
import { useShownGraph } from '../common/use-shown-graph';

const selector = (s: AppState) => ({ selection: s.selection });

/** Binds the inspector to the store and the analysis worker. */
export function InspectorPane({ client }: { client: React.RefObject<AnalysisClient | null> }) {
  const { selection } = useAppStore(useShallow(selector));
  const { graph } = useShownGraph();
  const { snapshot, explain, policySources, onJump } = useAnalysisQueries(client);
  return (
    <section className="pane inspector-pane" aria-label="Inspector">
      <Inspector
        snapshot={snapshot}
        graph={graph}
        selection={selection}
        explain={explain}
        onJump={onJump}
        onSelect={useAppStore.getState().select}
        policySources={policySources}
      />
    </section>
  );
}
