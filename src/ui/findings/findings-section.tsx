import { useState } from 'react';
import { countFindings, SEVERITIES, type Finding } from '../../findings';
import type { AbstractGraph } from '../../graph/types';
import type { InspectorSelection, JumpTarget } from '../inspector/types';
import { objectLabel, selectionOf } from './finding-target';
import { SeverityMark } from './severity-mark';
import './findings.css';

interface Props {
  findings: readonly Finding[];
  graph: AbstractGraph;
  onJump: (source: JumpTarget) => void;
  onSelect: (selection: InspectorSelection) => void;
}

/** A dump can have hundreds of findings: the first ones are listed until asked for all. */
const FIRST = 30;
/** Objects named per finding (a DNS finding can name every pod of a namespace). */
const MAX_OBJECTS = 4;

/** What the lint found, errors first: each with its place in the manifests and its objects. */
export function FindingsSection({ findings, graph, onJump, onSelect }: Props) {
  const [all, setAll] = useState(false);
  const sorted = SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s));
  const shown = all ? sorted : sorted.slice(0, FIRST);
  return (
    <section className="rm-findings" aria-labelledby="rm-findings-heading" data-testid="findings">
      <h3 id="rm-findings-heading">Findings ({findings.length})</h3>
      <p className="rm-insp-muted" data-testid="findings-count">
        {findings.length === 0
          ? 'No findings: nothing here looks wrong to the lint.'
          : countFindings(findings)}
      </p>
      <ul className="rm-findings-list">
        {shown.map((f, i) => (
          <FindingItem
            key={`${f.id}:${f.source.file}:${f.source.line}:${i}`}
            finding={f}
            graph={graph}
            onJump={onJump}
            onSelect={onSelect}
          />
        ))}
      </ul>
      {shown.length < sorted.length && (
        <button type="button" className="rm-insp-link" onClick={() => setAll(true)}>
          Show all {sorted.length} findings
        </button>
      )}
    </section>
  );
}

function FindingItem({
  finding: f,
  graph,
  onJump,
  onSelect,
}: { finding: Finding } & Omit<Props, 'findings'>) {
  const { file, line } = f.source;
  const objects = f.objects.slice(0, MAX_OBJECTS);
  return (
    <li className="rm-finding" data-testid="finding" data-id={f.id} data-severity={f.severity}>
      <div className="rm-finding-head">
        <SeverityMark severity={f.severity} />
        <code className="rm-finding-id">{f.id}</code>
        <button
          type="button"
          className="rm-insp-link rm-insp-source"
          aria-label={`Open the ${f.id} finding in the editor (${file}:${line})`}
          onClick={() => onJump({ file, line })}
        >
          {file}:{line}
        </button>
      </div>
      <p className="rm-finding-message">{f.message}</p>
      {objects.length > 0 && (
        <ul className="rm-finding-objects" aria-label="Objects">
          {objects.map((o) => (
            <li key={o}>
              <ObjectRef object={o} graph={graph} onSelect={onSelect} />
            </li>
          ))}
          {f.objects.length > objects.length && (
            <li className="rm-insp-muted">and {f.objects.length - objects.length} more</li>
          )}
        </ul>
      )}
    </li>
  );
}

/** An object the finding is about; a click selects it when the graph (or inspector) can show it. */
function ObjectRef({
  object,
  graph,
  onSelect,
}: {
  object: string;
  graph: AbstractGraph;
  onSelect: Props['onSelect'];
}) {
  const selection = selectionOf(object, graph);
  if (!selection) return <code title={object}>{objectLabel(object)}</code>;
  const where = selection.kind === 'policy' ? 'in the inspector' : 'in the graph';
  return (
    <button
      type="button"
      className="rm-insp-link"
      title={object}
      aria-label={`Select ${object} ${where}`}
      onClick={() => onSelect(selection)}
    >
      <code>{objectLabel(object)}</code>
    </button>
  );
}
