import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { appPersistence, type Persistence, type PersistenceState } from './persistence';
import { SavedWorkspacesSection } from './saved-workspaces-section';
import { ShareLinkSection } from './share-link-section';
import './share-menu.css';

const rememberSelector = (s: PersistenceState) => s.remember;
const problemSelector = (s: PersistenceState) => s.problem;

interface Props {
  /** The browser's storage unless a test passes its own. */
  persistence?: Persistence;
}

/**
 * The header's "Share" button: a popover with the share link, the workspace download and what
 * this browser keeps. While the workspace is remembered the header says so, next to the button.
 */
export function ShareMenu({ persistence = appPersistence() }: Props) {
  const [open, setOpen] = useState(false);
  const remember = useStore(persistence.state, rememberSelector);
  const problem = useStore(persistence.state, problemSelector);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const popoverId = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    popover.current?.querySelector<HTMLElement>('.share-section button')?.focus();
    // A click elsewhere closes it, as menus do; focus stays where the click put it.
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const keyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    close(true);
  };

  return (
    <div className="share-menu" ref={root} onKeyDown={keyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={popoverId}
        aria-haspopup="dialog"
        onClick={() => setOpen((o) => !o)}
      >
        Share
      </button>
      {remember && (
        <span
          className={`share-indicator${problem ? ' share-indicator-problem' : ''}`}
          data-testid="remember-indicator"
          title={problem ?? 'This workspace is kept in this browser and reopens on reload.'}
        >
          {problem ? '⚠ Not saved' : '● Remembered'}
        </span>
      )}
      {open && (
        <div
          ref={popover}
          id={popoverId}
          className="share-popover"
          role="dialog"
          aria-label="Share and save"
        >
          {problem && (
            <div className="share-problem" role="alert">
              <p>{problem}</p>
              <button type="button" onClick={() => persistence.dismissProblem()}>
                Dismiss
              </button>
            </div>
          )}
          <ShareLinkSection />
          <SavedWorkspacesSection persistence={persistence} />
        </div>
      )}
    </div>
  );
}
