import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BadgeRow } from './badge-row';
import { NodeFrame, NodeHeader, PortChips, SimpleLabel } from './node-parts';
import type { ServiceNode as ServiceFlowNode } from './types';
import { useSimplified } from './use-simplified';

/** A Service: its type on the second line, `80 → 8080/TCP` and `nodePort 31080` chips below. */
function ServiceNodeView({ data, width }: NodeProps<ServiceFlowNode>) {
  const simplified = useSimplified();
  return (
    <NodeFrame kind="service" emphasis={data} simplified={simplified}>
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

export const ServiceNode = memo(ServiceNodeView);
