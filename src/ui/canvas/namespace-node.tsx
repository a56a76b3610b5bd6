import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BadgeRow } from './badge-row';
import { useCanvasActions } from './canvas-actions';
import { NodeFrame, NodeHeader } from './node-parts';
import { ToggleButton } from './toggle-button';
import type { NamespaceNode as NamespaceFlowNode } from './types';
import { useSimplified } from './use-simplified';

/**
 * A namespace: an open group with its name above its children, or, collapsed, a box standing for
 * them (their edges aggregated onto it) that says how many it hides.
 */
function NamespaceNodeView({ id, data }: NodeProps<NamespaceFlowNode>) {
  const { toggleNamespace } = useCanvasActions();
  const simplified = useSimplified();
  const hidden = `${data.hiddenChildren} hidden`;
  const toggle = (
    <ToggleButton
      open={!data.collapsed}
      label={
        data.collapsed
          ? `Expand namespace ${data.label} (${hidden})`
          : `Collapse namespace ${data.label}`
      }
      onToggle={() => toggleNamespace(id)}
    />
  );
  const count = data.collapsed && (
    <span className="rm-hidden" role="img" aria-label={hidden} title={hidden}>
      +{data.hiddenChildren}
    </span>
  );
  return (
    <NodeFrame
      kind={data.collapsed ? 'namespace is-collapsed' : 'namespace'}
      emphasis={data}
      simplified={simplified}
      self={data.self}
      corner={count}
    >
      <NodeHeader label={data.label} detail={data.detail} icon={toggle} />
      {data.collapsed && !simplified && <BadgeRow badges={data.badges} />}
    </NodeFrame>
  );
}

export const NamespaceNode = memo(NamespaceNodeView);
