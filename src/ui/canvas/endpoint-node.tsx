import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BadgeRow } from './badge-row';
import { useCanvasActions } from './canvas-actions';
import { NodeFrame, NodeHeader, PortChips, SimpleLabel } from './node-parts';
import { ToggleButton } from './toggle-button';
import type { EndpointNode as EndpointFlowNode } from './types';
import { useSimplified } from './use-simplified';

/** A workload (`Deployment ×3`, its pods grouped under it and expandable) or a single Pod. */
function EndpointNodeView({ id, data, width }: NodeProps<EndpointFlowNode>) {
  const { toggleWorkload } = useCanvasActions();
  const simplified = useSimplified();
  const toggle = data.expanded !== undefined && (
    <ToggleButton
      open={data.expanded}
      label={`${data.expanded ? 'Hide' : 'Show'} pods of ${data.label}`}
      onToggle={() => toggleWorkload(id)}
    />
  );
  return (
    <NodeFrame
      kind={data.kind}
      emphasis={data}
      simplified={simplified}
      self={data.self}
      corner={toggle}
    >
      {simplified ? (
        <SimpleLabel label={data.label} width={width} />
      ) : (
        <>
          <NodeHeader label={data.label} detail={data.detail} />
          <PortChips ports={data.ports} />
          <BadgeRow badges={data.badges} />
        </>
      )}
    </NodeFrame>
  );
}

export const EndpointNode = memo(EndpointNodeView);
