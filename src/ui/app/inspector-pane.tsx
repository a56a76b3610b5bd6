import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppState } from '../../store/app-store';
import type { AnalysisClient } from '../../worker/analysis-client';
import { Inspector } from '../inspector/inspector';
import { useAnalysisQueries } from './use-analysis-queries';

const selector = (s: AppState) => ({ drawn: s.drawn, selection: s.selection });

/** Binds the inspector to the store and the analysis worker. */
export function InspectorPane({ client }: { client: React.RefObject<AnalysisClient | null> }) {
  const { drawn, selection } = useAppStore(useShallow(selector));
  const { snapshot, explain, policySources, onJump } = useAnalysisQueries(client);
  return (
    <section className="pane inspector-pane" aria-label="Inspector">
      <Inspector
        snapshot={snapshot}
        graph={drawn?.graph}
        selection={selection}
        explain={explain}
        onJump={onJump}
        onSelect={useAppStore.getState().select}
        policySources={policySources}
      />
    </section>
  );
}
