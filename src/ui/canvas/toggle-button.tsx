import type { MouseEvent } from 'react';
import { ChevronIcon } from './icons';

/** Collapse/expand control inside a node: it must neither select nor drag the node. */
export function ToggleButton({
  open,
  label,
  onToggle,
}: {
  open: boolean;
  label: string;
  onToggle: () => void;
}) {
  const onClick = (event: MouseEvent) => {
    event.stopPropagation();
    onToggle();
  };
  return (
    <button
      type="button"
      className="rm-toggle nodrag nopan"
      aria-label={label}
      aria-expanded={open}
      title={label}
      onClick={onClick}
    >
      <ChevronIcon open={open} />
    </button>
  );
}
