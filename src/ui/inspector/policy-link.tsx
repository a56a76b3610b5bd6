import type { JumpTarget, PolicySources } from './types';

interface Props {
  policy: string;
  policySources: PolicySources | undefined;
  onJump: (source: JumpTarget) => void;
}

/** A policy id that opens its manifest when the shell knows where it is written; text otherwise. */
export function PolicyLink({ policy, policySources, onJump }: Props) {
  const source = policySources?.[policy];
  if (!source) return <code className="rm-insp-code">{policy}</code>;
  return (
    <button
      type="button"
      className="rm-insp-link"
      aria-label={`Open ${policy} in the editor (${source.file}:${source.line})`}
      onClick={() => onJump(source)}
    >
      <code>{policy}</code>
    </button>
  );
}

/** A "source" button for anything carrying a file and line (endpoints, namespaces). */
export function SourceLink({
  source,
  what,
  onJump,
}: {
  source: JumpTarget | undefined;
  what: string;
  onJump: (source: JumpTarget) => void;
}) {
  if (!source) return null;
  return (
    <button
      type="button"
      className="rm-insp-link rm-insp-source"
      aria-label={`Open ${what} in the editor (${source.file}:${source.line})`}
      onClick={() => onJump({ file: source.file, line: source.line })}
    >
      {source.file}:{source.line}
    </button>
  );
}
