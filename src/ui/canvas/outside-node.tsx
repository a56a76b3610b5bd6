import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { GlobeIcon } from './icons';
import { NodeFrame, NodeHeader, SimpleLabel } from './node-parts';
import type { OutsideNode as OutsideFlowNode } from './types';
import { useSimplified } from './use-simplified';

/** Everything outside the cluster: the source of exposure edges and of outside clients' flows. */
function OutsideNodeView({ data, width }: NodeProps<OutsideFlowNode>) {
  const simplified = useSimplified();
  return (
    <NodeFrame kind="outside" emphasis={data} simplified={simplified} self={data.self}>
      {simplified ? (
        <SimpleLabel label={data.label} width={width} />
      ) : (
        <NodeHeader label={data.label} detail={data.detail} icon={<GlobeIcon />} />
      )}
    </NodeFrame>
  );
}

export const OutsideNode = memo(OutsideNodeView);
