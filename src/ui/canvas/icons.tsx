import type { ReactNode } from 'react';

/**
 * Inline 16×16 icons (currentColor), so badges look the same on every platform where emoji do
 * not. With a `title` the icon is an image with that accessible name; without, it is decorative.
 */
function Icon({ title, children }: { title?: string | undefined; children: ReactNode }) {
  return (
    <svg
      className="rm-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      {...(title ? { role: 'img', 'aria-label': title } : { 'aria-hidden': true })}
    >
      {title && <title>{title}</title>}
      {children}
    </svg>
  );
}

interface IconProps {
  title?: string | undefined;
}

const SHIELD = 'M8 1.2 14 3.6V8c0 3.4-2.6 5.9-6 6.8C4.6 13.9 2 11.4 2 8V3.6z';

/** A shield with an arrow in (ingress) or out (egress). */
export function ShieldIcon({ title, direction }: IconProps & { direction: 'in' | 'out' }) {
  return (
    <Icon title={title}>
      <path d={SHIELD} fill="currentColor" fillOpacity="0.18" stroke="currentColor" />
      <path
        d={direction === 'in' ? 'M8 4.5v6m-2.5-2.5L8 10.5l2.5-2.5' : 'M8 11V5M5.5 7.5 8 5l2.5 2.5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Icon>
  );
}

export function GlobeIcon({ title }: IconProps) {
  return (
    <Icon title={title}>
      <g fill="none" stroke="currentColor" strokeWidth="1.2">
        <circle cx="8" cy="8" r="6.3" />
        <ellipse cx="8" cy="8" rx="2.8" ry="6.3" />
        <path d="M1.8 8h12.4M2.8 4.8h10.4M2.8 11.2h10.4" />
      </g>
    </Icon>
  );
}

export function WarningIcon({ title }: IconProps) {
  return (
    <Icon title={title}>
      <path
        d="M8 1.5 15 14H1z"
        fill="currentColor"
        fillOpacity="0.2"
        stroke="currentColor"
        strokeLinejoin="round"
      />
      <path d="M8 6v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12" r="0.9" fill="currentColor" />
    </Icon>
  );
}

/** A server box: the pod shares its node's network namespace. */
export function HostIcon({ title }: IconProps) {
  return (
    <Icon title={title}>
      <g fill="none" stroke="currentColor" strokeWidth="1.2">
        <rect x="2" y="2.5" width="12" height="4.5" rx="1" />
        <rect x="2" y="9" width="12" height="4.5" rx="1" />
      </g>
      <circle cx="4.5" cy="4.75" r="0.9" fill="currentColor" />
      <circle cx="4.5" cy="11.25" r="0.9" fill="currentColor" />
    </Icon>
  );
}

/** Two arrows chasing each other: members of the node talk to each other. */
export function LoopIcon({ title }: IconProps) {
  return (
    <Icon title={title}>
      <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round">
        <path d="M3 8a5 5 0 0 1 8.6-3.5M13 8a5 5 0 0 1-8.6 3.5" />
        <path d="M11.8 1.8v2.9H8.9M4.2 14.2v-2.9h2.9" strokeLinejoin="round" />
      </g>
    </Icon>
  );
}

/** A block of addresses: an ipBlock peer or an address outside the cluster. */
export function CidrIcon({ title }: IconProps) {
  return (
    <Icon title={title}>
      <g fill="none" stroke="currentColor" strokeWidth="1.2">
        <rect x="1.5" y="3" width="13" height="10" rx="1.5" />
        <path d="M4 6.5h8M4 9.5h5" strokeLinecap="round" />
      </g>
    </Icon>
  );
}

export function ChevronIcon({ open }: { open: boolean }) {
  return (
    <Icon>
      <path
        d={open ? 'M4 6l4 4 4-4' : 'M6 4l4 4-4 4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Icon>
  );
}
