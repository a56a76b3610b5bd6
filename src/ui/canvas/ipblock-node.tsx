import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BadgeRow } from './badge-row';
import { CidrIcon } from './icons';
import { NodeFrame, NodeHeader, SimpleLabel } from './node-parts';
import type { IpBlockNode as IpBlockFlowNode } from './types';
import { useSimplified } from './use-simplified';

/** An ipBlock peer of some policy, or an address outside the cluster (Endpoints, `--external`). */
function IpBlockNodeView({ data, width }: NodeProps<IpBlockFlowNode>) {
  const simplified = useSimplified();
  return (
    <NodeFrame kind="ipblock" emphasis={data} simplified={simplified} self={data.self}>
      {simplified ? (
        <SimpleLabel label={data.label} width={width} />
      ) : (
        <>
          <NodeHeader label={data.label} detail={data.detail} detailIcon={<CidrIcon />} />
          <BadgeRow badges={data.badges} />
        </>
      )}
    </NodeFrame>
  );
}

export const IpBlockNode = memo(IpBlockNodeView);
