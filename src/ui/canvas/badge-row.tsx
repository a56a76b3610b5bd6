import type { Badge } from '../../graph/types';
import { BADGE_TEXT } from './badge-text';
import { GlobeIcon, HostIcon, ShieldIcon, WarningIcon } from './icons';

/** Short words beside the icons, so colour and shape are never the only signal. */
const BADGE_WORD: Readonly<Record<Badge, string>> = {
  'isolated-ingress': 'in',
  'isolated-egress': 'out',
  'externally-reachable': 'ext',
  'egress-outside': '→ext',
  'no-backends': 'no backends',
  'unresolved-target-port': 'targetPort?',
  'host-network': 'host',
};

export function BadgeIcon({ badge }: { badge: Badge }) {
  const title = BADGE_TEXT[badge];
  switch (badge) {
    case 'isolated-ingress':
      return <ShieldIcon title={title} direction="in" />;
    case 'isolated-egress':
      return <ShieldIcon title={title} direction="out" />;
    case 'externally-reachable':
    case 'egress-outside':
      return <GlobeIcon title={title} />;
    case 'no-backends':
    case 'unresolved-target-port':
      return <WarningIcon title={title} />;
    case 'host-network':
      return <HostIcon title={title} />;
  }
}

/** One row of badges (the model reserves its height when a node has any). */
export function BadgeRow({ badges }: { badges: readonly Badge[] }) {
  if (badges.length === 0) return null;
  return (
    <ul className="rm-badges" aria-label="Badges">
      {badges.map((b) => (
        <li key={b} className={`rm-badge rm-badge--${b}`} title={BADGE_TEXT[b]}>
          <BadgeIcon badge={b} />
          <span aria-hidden="true">{BADGE_WORD[b]}</span>
        </li>
      ))}
    </ul>
  );
}
