import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePopover } from '../common/use-popover';
import { useAppStore, type AppState } from '../../store/app-store';
import { useCanvasExportHandle } from '../canvas/export-handle';
import { EXPORT_ACTIONS, type ExportAction, type ExportGroup } from './export-actions';
import { usePrintFit } from './use-print-fit';
import './export-menu.css';

type Outcome =
  | { status: 'busy'; file: string }
  | { status: 'done'; file: string; bytes: number }
  | { status: 'failed'; file: string; message: string };

const GROUPS: readonly ExportGroup[] = ['Graph', 'Matrix', 'Exposure', 'Findings'];
const analysedSelector = (s: AppState) => ({ snapshot: s.snapshot, findings: s.findings });

/**
 * The header's "Export" button: a popover with the graph as PNG or SVG (the view or all of it),
 * the matrix as CSV or Markdown and the exposure list as Markdown. Everything is made in the page
 * and downloaded; nothing is sent anywhere.
 */
export function ExportMenu() {
  const {
    open,
    toggle,
    root,
    button,
    popover,
    id: popoverId,
    onKeyDown,
  } = usePopover('button:not(:disabled)');
  const [outcome, setOutcome] = useState<Outcome>();
  const analysed = useAppStore(useShallow(analysedSelector));
  const handle = useCanvasExportHandle();
  usePrintFit(handle);

  const busy = outcome?.status === 'busy';
  const run = async (action: ExportAction) => {
    // One at a time (a whole-graph image moves the live view); the buttons stay enabled so the
    // focused one keeps focus.
    if (busy) return;
    setOutcome({ status: 'busy', file: action.file });
    // About a frame, so "Preparing…" paints: the matrix is evaluated on this thread.
    await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      const bytes = await action.run(useAppStore.getState(), handle);
      setOutcome({ status: 'done', file: action.file, bytes });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setOutcome({ status: 'failed', file: action.file, message });
    }
  };

  return (
    <div className="export-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={popoverId}
        aria-haspopup="dialog"
        onClick={toggle}
      >
        Export
      </button>
      {open && (
        <div
          ref={popover}
          id={popoverId}
          className="export-popover"
          role="dialog"
          aria-label="Export"
          aria-busy={busy}
        >
          {GROUPS.map((group) => (
            <section key={group} className="export-group" aria-label={group}>
              <h3>{group}</h3>
              <div className="export-row">
                {EXPORT_ACTIONS.filter((a) => a.group === group).map((action) => {
                  const why = action.unavailable(analysed, handle);
                  return (
                    <button
                      key={action.label}
                      type="button"
                      disabled={why !== undefined}
                      title={why ?? `Download ${action.file}`}
                      onClick={() => void run(action)}
                    >
                      {action.label}
                    </button>
                  );
                })}
              </div>
              {group === 'Graph' && !handle && (
                <p className="export-hint">Open the Graph tab to export the graph.</p>
              )}
            </section>
          ))}
          <OutcomeLine outcome={outcome} />
          <p className="export-hint">Made in this browser; nothing is uploaded.</p>
        </div>
      )}
    </div>
  );
}

function OutcomeLine({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return <p role="status" className="export-outcome" />;
  if (outcome.status === 'failed')
    return (
      <p role="alert" className="export-outcome export-failed">
        {outcome.file}: {outcome.message}
      </p>
    );
  return (
    <p role="status" className="export-outcome" data-testid="export-outcome">
      {outcome.status === 'busy'
        ? `Preparing ${outcome.file}…`
        : `Downloaded ${outcome.file} (${sizeText(outcome.bytes)})`}
    </p>
  );
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
