import { DENIED_DRAW_LIMIT } from './to-flow';

/**
 * Says that the selected node's denied connections are too many to draw (to-flow.ts), so a graph
 * without red edges is never read as "nothing is denied".
 */
export function DeniedNote({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <div className="rm-denied-note" data-testid="denied-note" role="status">
      ⊘ {count.toLocaleString('en')} denied connections are not drawn: more than {DENIED_DRAW_LIMIT}{' '}
      would bury the graph. The inspector lists them; collapsed namespaces draw them per namespace.
    </div>
  );
}
