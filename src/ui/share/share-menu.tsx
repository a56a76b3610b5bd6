import { useStore } from 'zustand';
import { usePopover } from '../common/use-popover';
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
  const {
    open,
    toggle,
    root,
    button,
    popover,
    id: popoverId,
    onKeyDown,
  } = usePopover('.share-section button');
  const remember = useStore(persistence.state, rememberSelector);
  const problem = useStore(persistence.state, problemSelector);

  return (
    <div className="share-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={popoverId}
        aria-haspopup="dialog"
        onClick={toggle}
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
