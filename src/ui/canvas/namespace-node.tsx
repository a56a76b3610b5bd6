import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { BadgeRow } from './badge-row';
import { useCanvasActions } from './canvas-actions';
import { NodeFrame, NodeHeader } from './node-parts';
import { overviewFontSize } from './simple-font';
import { ToggleButton } from './toggle-button';
import type { NamespaceNode as NamespaceFlowNode } from './types';
import { useSimplified } from './use-simplified';

/**
 * A namespace: an open group with its name above its children, or, collapsed, a box standing for
 * them (their edges aggregated onto it) that says how many it hides.
 */
function NamespaceNodeView({ id, data, width, height }: NodeProps<NamespaceFlowNode>) {
  const { toggleNamespace } = useCanvasActions();
  const simplified = useSimplified();
  if (data.overview) {
    return <OverviewNamespace data={data} width={width ?? 0} height={height ?? 0} />;
  }
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

/**
 * An open namespace in a big graph's overview: its children are not drawn, so it says in large
 * type what it is and what it holds (the detail line), sized to its box.
 */
function OverviewNamespace({
  data,
  width,
  height,
}: {
  data: NamespaceFlowNode['data'];
  width: number;
  height: number;
}) {
  return (
    <NodeFrame kind="namespace is-overview" emphasis={data} simplified>
      <div
        className="rm-overview"
        style={{ fontSize: overviewFontSize(width, height, data.label) }}
      >
        <span className="rm-overview-label">{data.label}</span>
        {data.detail && <span className="rm-overview-detail">{data.detail}</span>}
        <span className="rm-overview-hint">zoom in to see them</span>
      </div>
    </NodeFrame>
  );
}
