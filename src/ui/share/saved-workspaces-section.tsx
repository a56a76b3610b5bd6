import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { MAX_NAME_CHARS } from '../../platform/workspace-storage';
import { formatBytes } from '../../share/link-size';
import type { Persistence, PersistenceState } from './persistence';

const rememberSelector = (s: PersistenceState) => s.remember;
const namedSelector = (s: PersistenceState) => s.named;
const storedSelector = (s: PersistenceState) => s.stored;
const savedAtSelector = (s: PersistenceState) => s.savedAt;

const time = (iso: string) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';

/** The remember toggle, workspaces saved under a name, and clearing it all. */
export function SavedWorkspacesSection({ persistence }: { persistence: Persistence }) {
  const remember = useStore(persistence.state, rememberSelector);
  const named = useStore(persistence.state, namedSelector);
  const stored = useStore(persistence.state, storedSelector);
  const savedAt = useStore(persistence.state, savedAtSelector);
  const [name, setName] = useState('');
  const [said, setSaid] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    // Back to the button that asked, for keyboard users (the confirm buttons just vanished).
    if (wasConfirming.current && !confirming) clearButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const saveAs = (e: FormEvent) => {
    e.preventDefault();
    const saved = persistence.saveNamed(name);
    if (!saved.ok) return setSaid(undefined);
    setSaid(
      `Saved as “${name.trim()}”${saved.value.replaced ? ', replacing the earlier one' : ''}.`,
    );
    setName('');
  };

  return (
    <section className="share-section" aria-label="Saved in this browser">
      <label className="share-remember">
        <input
          type="checkbox"
          checked={remember}
          onChange={(e) => persistence.setRemember(e.target.checked)}
        />{' '}
        Remember this workspace in this browser
      </label>
      {remember && (
        <p className="share-hint">
          Kept in this browser's storage and reopened on reload
          {savedAt ? `; last saved ${time(savedAt)}` : ''}.
        </p>
      )}
      <form className="share-row" onSubmit={saveAs}>
        <input
          aria-label="Name for the saved workspace"
          placeholder="Save as…"
          maxLength={MAX_NAME_CHARS}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={name.trim() === ''}>
          Save
        </button>
      </form>
      {said && <p role="status">{said}</p>}
      {named.length > 0 && (
        <ul className="share-named" aria-label="Saved workspaces">
          {named.map((w) => (
            <li key={w.name}>
              <div className="share-named-label">
                <span className="share-named-name" title={w.name}>
                  {w.name}
                </span>
                <span className="share-named-meta">
                  {time(w.savedAt)} · {formatBytes(w.chars)}
                </span>
              </div>
              <button
                type="button"
                aria-label={`Open ${w.name}`}
                onClick={() => persistence.openNamed(w.name)}
              >
                Open
              </button>
              <button
                type="button"
                aria-label={`Delete ${w.name}`}
                onClick={() => persistence.deleteNamed(w.name)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <div className="share-row" role="group" aria-label="Confirm clearing">
          <span>Remove the remembered workspace and every saved one from this browser?</span>
          <button
            type="button"
            onClick={() => {
              persistence.clear();
              setConfirming(false);
              setSaid(undefined);
            }}
          >
            Clear
          </button>
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={clearButton}
          type="button"
          disabled={!stored}
          onClick={() => setConfirming(true)}
        >
          Clear stored data
        </button>
      )}
    </section>
  );
}
