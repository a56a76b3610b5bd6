import { Panel } from '@xyflow/react';
import type { ChangeCounts } from '../../graph/change-edges';
import { LineSample } from './graph-legend';

/**
 * Compare mode's caption on the graph: how many changed flows are drawn, and the ones that cannot
 * be (within one node), so an empty-looking graph never reads as "nothing changed".
 */
export function ChangeNote({ counts }: { counts: ChangeCounts }) {
  const { opened, closed, inside } = counts;
  const edges = (n: number) => `${n} ${n === 1 ? 'edge' : 'edges'}`;
  return (
    <Panel position="bottom-center" className="rm-change-note" data-testid="change-note">
      {opened + closed === 0 && inside === 0 ? (
        'Compare: no connection changes.'
      ) : (
        <>
          Compare: <LineSample className="rm-edge--opened" width={28} />
          <span className="rm-change-note-opened">+ newly allowed {edges(opened)}</span>,{' '}
          <LineSample className="rm-edge--closed" width={28} />
          <span className="rm-change-note-closed">− newly denied {edges(closed)}</span>
          {inside > 0 && (
            <>
              ; {inside} {inside === 1 ? 'change' : 'changes'} inside one node (see the list)
            </>
          )}
          .
        </>
      )}
    </Panel>
  );
}
