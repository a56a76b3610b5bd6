import type { JumpTarget } from './types';

interface Props {
  /** What the link says: `ingress rule 1`, `rule 1`, `line 275`. */
  label: string;
  /** Which rule, in words, for screen readers: `ingress rule 1 of prod/api`. */
  what: string;
  source: JumpTarget | undefined;
  onJump: (source: JumpTarget) => void;
}

/** A rule's name that opens the rule in the editor when its source is known; text otherwise. */
export function RuleLink({ label, what, source, onJump }: Props) {
  if (!source) return <>{label}</>;
  return (
    <button
      type="button"
      className="rm-insp-link"
      aria-label={`Open ${what} in the editor (${source.file}:${source.line})`}
      onClick={() => onJump({ file: source.file, line: source.line })}
    >
      {label}
    </button>
  );
}
