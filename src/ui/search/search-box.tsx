import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchMatch } from '../../graph/search';
import { SearchResults } from './search-results';
import { useGlobalKeys } from './use-global-keys';
import { useReveal } from './use-reveal';
import { useSearchMatches } from './use-search-matches';
import './search-box.css';

/**
 * Finds a workload, pod, Service, namespace, policy or label and shows it: an editable combobox
 * with a list popup (WAI-ARIA APG). Focus stays in the input; the active option is announced
 * through aria-activedescendant. `/` or Ctrl+K focuses it from anywhere.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const matches = useSearchMatches(query);
  const reveal = useReveal();
  useGlobalKeys(input);

  const shown = open && query.trim() !== '';
  const expanded = shown && matches.length > 0;
  const current = Math.min(active, matches.length - 1);

  const pick = (match: SearchMatch) => {
    setQuery(match.label);
    setOpen(false);
    reveal(match);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(step > 0 ? 0 : matches.length - 1);
      } else {
        setActive((current + step + matches.length) % matches.length);
      }
    } else if (event.key === 'Enter' && expanded && matches[current]) {
      event.preventDefault();
      pick(matches[current]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
      setOpen(false);
    }
  };

  return (
    <div className="rm-search">
      <input
        ref={input}
        type="search"
        role="combobox"
        className="rm-search-input"
        placeholder="Search workloads, Services, policies, labels…"
        aria-label="Search the cluster"
        aria-keyshortcuts="/ Control+K"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <kbd className="rm-search-hint" aria-hidden="true">
        /
      </kbd>
      {/* Always rendered, so aria-controls names an element even while it is closed. */}
      <SearchResults
        id={listId}
        hidden={!expanded}
        matches={expanded ? matches : []}
        active={current}
        query={query}
        optionId={optionId}
        onPick={pick}
        onHover={setActive}
      />
      {shown && matches.length === 0 && <p className="rm-search-empty">No matches</p>}
      <span className="rm-visually-hidden" role="status">
        {shown ? `${matches.length} ${matches.length === 1 ? 'result' : 'results'}` : ''}
      </span>
    </div>
  );
}
