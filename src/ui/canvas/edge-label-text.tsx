import { GlobeIcon } from './icons';
import type { AppEdge, FlowEdgeData } from './types';

/** The words of an edge label; the prefix repeats what the line style says (⊘ denied, ~ partial). */
export function EdgeLabelText({ kind, data }: { kind: AppEdge['type']; data: FlowEdgeData }) {
  switch (kind) {
    case 'denied':
      return (
        <span title="Denied">
          <span aria-hidden="true">⊘ </span>
          {data.label}
        </span>
      );
    case 'opened':
      return (
        <span title="Newly allowed by the change">
          <span aria-hidden="true">+ </span>
          {data.label}
        </span>
      );
    case 'closed':
      return (
        <span title="Newly denied by the change">
          <span aria-hidden="true">− </span>
          <s>{data.label}</s>
        </span>
      );
    case 'exposure':
      return (
        <>
          <GlobeIcon title="Exposed outside the cluster" />
          <span className="rm-edge-exposure">{data.label}</span>
          {data.blocked && <span className="rm-edge-blocked">blocked by policy</span>}
        </>
      );
    default:
      return data.partial ? (
        <span title="Only some of the endpoint pairs behind this edge are allowed">
          ~{data.label}
        </span>
      ) : (
        <span>{data.label}</span>
      );
  }
}
