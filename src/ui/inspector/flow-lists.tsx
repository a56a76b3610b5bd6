import type { AbstractGraph } from '../../graph/types';
import { ReachList } from './reach-list';
import { reachLists } from './reach-lists';
import type { InspectorSelection } from './types';

interface Props {
  graph: AbstractGraph;
  nodeId: string;
  onSelect: (selection: InspectorSelection) => void;
}

/** "Can reach" / "Reached by" from the allowed edges, and the denied ones when drawn. */
export function FlowLists({ graph, nodeId, onSelect }: Props) {
  const lists = reachLists(graph, nodeId);
  const selectEdge = (id: string) => onSelect({ kind: 'edge', id });
  const denied = lists.deniedTo.length + lists.deniedFrom.length > 0;
  return (
    <>
      <ReachList
        title="Can reach"
        arrow="→"
        tone="allowed"
        rows={lists.canReach}
        onSelectEdge={selectEdge}
      />
      <ReachList
        title="Reached by"
        arrow="←"
        tone="allowed"
        rows={lists.reachedBy}
        onSelectEdge={selectEdge}
      />
      {denied ? (
        <>
          <ReachList
            title="Denied to"
            arrow="→"
            tone="denied"
            rows={lists.deniedTo}
            onSelectEdge={selectEdge}
          />
          <ReachList
            title="Denied from"
            arrow="←"
            tone="denied"
            rows={lists.deniedFrom}
            onSelectEdge={selectEdge}
          />
        </>
      ) : (
        <p className="rm-insp-muted">
          Denied flows are listed while the graph draws them for this node.
        </p>
      )}
    </>
  );
}
