import type { EdgeMarker } from '@xyflow/react';
import type { GraphEdgeKind } from '../../graph/types';

/**
 * Arrow heads per edge kind. Colours are CSS variables (React Flow puts them in the marker's
 * style), so the theme decides them; the shape differs too: filled for flows that happen, open
 * for denied attempts and for Service → backend forwarding.
 */
export const EDGE_MARKER: Readonly<Record<GraphEdgeKind, EdgeMarker>> = {
  allowed: { type: 'arrowclosed', color: 'var(--rm-allowed)', width: 16, height: 16 },
  denied: { type: 'arrow', color: 'var(--rm-denied)', width: 18, height: 18, strokeWidth: 2 },
  'service-backend': { type: 'arrow', color: 'var(--rm-backend)', width: 14, height: 14 },
  exposure: { type: 'arrowclosed', color: 'var(--rm-exposure)', width: 14, height: 14 },
  opened: { type: 'arrowclosed', color: 'var(--rm-opened)', width: 14, height: 14 },
  closed: { type: 'arrow', color: 'var(--rm-closed)', width: 16, height: 16, strokeWidth: 2 },
};
