import type { Badge } from '../../graph/types';

/** The text alternative of every badge: icon titles, aria labels and the legend say the same. */
export const BADGE_TEXT: Readonly<Record<Badge, string>> = {
  'isolated-ingress': 'Isolated for ingress',
  'isolated-egress': 'Isolated for egress',
  'externally-reachable': 'Reachable from outside the cluster',
  'egress-outside': 'Can open connections outside the cluster',
  'no-backends': 'No backends',
  'unresolved-target-port': 'Unresolved targetPort',
  'host-network': 'Host network',
};
