import { Panel } from '@xyflow/react';
import type { Badge } from '../../graph/types';
import { BadgeIcon } from './badge-row';
import { BADGE_TEXT } from './badge-text';

const LINES: readonly { className: string; text: string }[] = [
  { className: 'rm-edge--allowed', text: 'Allowed (label: ports)' },
  { className: 'rm-edge--allowed is-partial', text: '~ Partly allowed' },
  { className: 'rm-edge--denied', text: '⊘ Denied attempt' },
  { className: 'rm-edge--service-backend', text: 'Service → backend' },
  { className: 'rm-edge--exposure', text: 'Exposed outside the cluster' },
  { className: 'rm-edge--exposure is-blocked', text: 'Exposed, blocked by policy' },
];

/** Compare mode's lines, listed first while it is on. */
const CHANGE_LINES: readonly { className: string; text: string }[] = [
  { className: 'rm-edge--opened', text: '+ Newly allowed by the change' },
  { className: 'rm-edge--closed', text: '− Newly denied by the change' },
];

const BADGES: readonly Badge[] = [
  'isolated-ingress',
  'isolated-egress',
  'externally-reachable',
  'egress-outside',
  'no-backends',
  'host-network',
];

/**
 * What the line styles and badge icons mean; a disclosure so it can get out of the way. In compare
 * mode the change lines come first (the caption at the bottom shows them too).
 */
export function GraphLegend({ changes = false }: { changes?: boolean }) {
  const lines = changes ? [...CHANGE_LINES, ...LINES] : LINES;
  return (
    <Panel position="top-left" className="rm-legend">
      <details>
        <summary>Legend</summary>
        <ul aria-label="Edges">
          {lines.map((l) => (
            <li key={l.className}>
              <LineSample className={l.className} />
              {l.text}
            </li>
          ))}
        </ul>
        <ul aria-label="Badges">
          {BADGES.map((b) => (
            <li key={b} className={`rm-badge--${b}`}>
              <span aria-hidden="true">
                <BadgeIcon badge={b} />
              </span>
              {b === 'no-backends' ? 'No backends / unresolved targetPort' : BADGE_TEXT[b]}
            </li>
          ))}
        </ul>
      </details>
    </Panel>
  );
}

/** A short stretch of an edge's line style, for the legend and the compare caption. */
export function LineSample({ className, width = 40 }: { className: string; width?: number }) {
  return (
    <svg width={width} height="10" aria-hidden="true" className="rm-line-sample">
      <path d={`M2 5H${width - 2}`} className={`rm-edge ${className}`} />
    </svg>
  );
}
