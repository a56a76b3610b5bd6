import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useCanvasActions } from './canvas-actions';
import { bowedPath, labelPoint } from './edge-geometry';
import { EdgeLabelText } from './edge-label-text';
import type { AppEdge, FlowEdgeData } from './types';
import { useLabelLevel, type LabelLevel } from './use-simplified';

/**
 * Every edge kind, told apart by dash pattern and arrow head as well as colour (graph-canvas.css):
 * allowed solid (dash-dot when partial), denied dashed with ⊘, Service → backend dotted and thin,
 * exposure thick (dashed when blocked by policy); compare mode's newly allowed thick and solid with
 * a halo, newly denied thick and dotted with an open arrow. Labels appear only where they can be read.
 */
function FlowEdgeView(props: EdgeProps<AppEdge>) {
  const { id, type, data, markerEnd } = props;
  const level = useLabelLevel();
  const { selectEdge } = useCanvasActions();
  const [hovered, setHovered] = useState(false);
  // A closed flow usually shares its two ends with the flow that replaced it: bow it so both show.
  const bow = type === 'closed' ? CLOSED_BOW : 0;
  const source = { x: props.sourceX, y: props.sourceY };
  const target = { x: props.targetX, y: props.targetY };
  const path = bow === 0 ? getBezierPath(props)[0] : bowedPath(source, target, bow);
  if (!data) return null;
  const kind = type ?? 'allowed';
  let className = `rm-edge rm-edge--${kind}`;
  if (data.partial) className += ' is-partial';
  if (data.blocked) className += ' is-blocked';
  if (data.selected) className += ' is-selected';
  if (data.dimmed) className += ' is-dimmed';
  if (data.highlighted) className += ' is-highlighted';
  const at = labelPoint(source, target, data.labelAt, undefined, bow);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={className}
        interactionWidth={0}
      />
      {/* Our own hit area, so hovering can reveal a hidden label. */}
      <path
        d={path}
        className="react-flow__edge-interaction"
        fill="none"
        strokeOpacity={0}
        strokeWidth={16}
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
      />
      {data.label !== '' && (hovered || labelShown(kind, data, level)) && (
        <EdgeLabelRenderer>
          <div
            className={`rm-edge-label rm-edge-label--${kind}${data.selected ? ' is-selected' : ''} nodrag nopan`}
            style={{
              transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y + (bow === 0 ? data.labelRow * LABEL_ROW : 0)}px)`,
            }}
            onClick={() => selectEdge(id)}
          >
            <EdgeLabelText kind={kind} data={data} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/**
 * How far a closed flow's line bows away from the flow that shares its ends: its label (on the
 * bow, ¾ of this below the middle) then clears the two label rows of the allowed and newly
 * allowed flows above it, so it keeps no row of its own.
 */
const CLOSED_BOW = 64;

/** Height of a label: labels of edges joining the same two nodes stack by this much. */
const LABEL_ROW = 19;

/**
 * Labels are what makes a dense graph unreadable: at a glance only exposure and denied edges
 * (few, and the reason to look) and the flows the highlight picked carry one; zoomed in, every
 * edge does; zoomed far out, none (the selected edge excepted). A Service → backend label repeats
 * the Service's port chips, so it waits for the zoom.
 */
function labelShown(kind: AppEdge['type'], data: FlowEdgeData, level: LabelLevel): boolean {
  if (data.selected) return true;
  if (level === 'none' || data.dimmed) return false;
  if (level === 'all' || kind === 'exposure' || kind === 'denied') return true;
  if (kind === 'opened' || kind === 'closed') return true;
  return data.highlighted && kind === 'allowed';
}

export const FlowEdge = memo(FlowEdgeView);
