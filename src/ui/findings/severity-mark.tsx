import type { Severity } from '../../model/diagnostic';

/** A shape per severity, so colour is never the only signal; the word goes beside it. */
const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** The severity as an icon and a word (`✖ error`), coloured by the stylesheet. */
export function SeverityMark({ severity }: { severity: Severity }) {
  return (
    <span className={`rm-finding-severity rm-finding-${severity}`} data-testid="finding-severity">
      <span aria-hidden="true">{ICON[severity]}</span> {severity}
    </span>
  );
}
