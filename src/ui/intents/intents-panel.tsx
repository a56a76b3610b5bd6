import type { IntentsReport } from '../../intents';
import type { JumpTarget, PolicySources } from '../inspector/types';
import { IntentItem } from './intent-item';
import './intents.css';

export interface IntentsPanelProps {
  /** Undefined when the workspace has no intents file: the panel is not shown. */
  report: IntentsReport | undefined;
  policySources: PolicySources | undefined;
  onJump: (target: JumpTarget) => void;
}

/**
 * The workspace's intents, checked on every analysis (so live as the manifests are edited): each
 * passes or fails, a failing one with the pairs that break it and the rules that decided them.
 */
export function IntentsPanel({ report, policySources, onJump }: IntentsPanelProps) {
  if (!report) return null;
  const failed = report.results.filter((r) => !r.passed).length;
  const passed = report.results.length - failed;
  const errors = report.diagnostics.length;
  return (
    <details className="rm-intents" open data-testid="intents-panel">
      <summary>
        <span className="rm-intents-title">Intents</span>{' '}
        <span className="rm-intents-counts" data-testid="intents-counts">
          {passed} passed, {failed} failed
          {errors > 0
            ? `, ${errors} error${errors === 1 ? '' : 's'} in ${report.files.join(', ')}`
            : ''}
        </span>
      </summary>
      {errors > 0 && (
        <ul className="rm-intents-errors" aria-label="Problems in the intents file">
          {report.diagnostics.map((d, i) => (
            <li key={i} data-testid="intent-error">
              <span aria-hidden="true">✖</span>{' '}
              <button
                type="button"
                className="rm-insp-link"
                onClick={() => onJump({ file: d.file, line: d.line })}
              >
                {d.file}:{d.line}
              </button>{' '}
              {d.object ? `${d.object}: ` : ''}
              {d.message}
            </li>
          ))}
        </ul>
      )}
      {report.results.length === 0 && errors === 0 && (
        <p className="rm-insp-muted">The intents file has no intents yet.</p>
      )}
      <ol className="rm-intents-list">
        {report.results.map((r) => (
          <IntentItem
            key={`${r.intent.source.file}:${r.intent.index}`}
            result={r}
            policySources={policySources}
            onJump={onJump}
          />
        ))}
      </ol>
    </details>
  );
}
