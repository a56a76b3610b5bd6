import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { Emphasis } from './types';
import { LoopIcon } from './icons';
import { simpleFontSize } from './simple-font';

/** Edges attach left (incoming) and right (outgoing); the handles are present but invisible. */
function NodeHandles() {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} className="rm-handle" />
      <Handle type="source" position={Position.Right} isConnectable={false} className="rm-handle" />
    </>
  );
}

/**
 * Every node's outer shape: handles, the box (clipped to the model's size) and marks that sit on
 * its border (self-loop, hidden count, expand toggle), which take no room from the text the
 * model sized the box for.
 */
export function NodeFrame({
  kind,
  emphasis,
  simplified,
  self,
  corner,
  children,
}: {
  kind: string;
  emphasis: Emphasis;
  simplified: boolean;
  self?: string | undefined;
  corner?: ReactNode;
  children: ReactNode;
}) {
  let className = `rm-node rm-node--${kind}`;
  if (emphasis.selected) className += ' is-selected';
  if (emphasis.dimmed) className += ' is-dimmed';
  if (simplified) className += ' is-simple';
  return (
    <div className={className}>
      <NodeHandles />
      <div className="rm-node-box">{children}</div>
      {self && !simplified && <SelfLoop ports={self} />}
      {corner && !simplified && <div className="rm-corner">{corner}</div>}
    </div>
  );
}

function SelfLoop({ ports }: { ports: string }) {
  const text = `Members talk to each other on ${ports}`;
  return (
    <span className="rm-self" title={text}>
      <LoopIcon title={text} />
    </span>
  );
}

/** Label line with an optional leading control or icon, then the detail line (icon optional). */
export function NodeHeader({
  label,
  detail,
  icon,
  detailIcon,
}: {
  label: string;
  detail?: string | undefined;
  icon?: ReactNode;
  detailIcon?: ReactNode;
}) {
  return (
    <div className="rm-node-header">
      <div className="rm-node-title">
        {icon}
        <span className="rm-node-label" title={label}>
          {label}
        </span>
      </div>
      {detail && (
        <div className="rm-node-detail" title={detail}>
          {detailIcon}
          {detail}
        </div>
      )}
    </div>
  );
}

export function PortChips({ ports }: { ports: readonly string[] }) {
  if (ports.length === 0) return null;
  return (
    <ul className="rm-chips" aria-label="Ports">
      {ports.map((p) => (
        <li key={p} className="rm-chip">
          {p}
        </li>
      ))}
    </ul>
  );
}

/** What every node draws below the zoom threshold: its label, as large as the node allows. */
export function SimpleLabel({ label, width }: { label: string; width: number | undefined }) {
  return (
    <div
      className="rm-node-simple"
      title={label}
      style={{ fontSize: simpleFontSize(width ?? 140, label) }}
    >
      {label}
    </div>
  );
}
