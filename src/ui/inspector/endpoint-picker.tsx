import { useId, useState } from 'react';
import type { Endpoint } from '../../model/types';

interface Props {
  label: string;
  endpoints: readonly Endpoint[];
  value: string;
  onChange: (id: string) => void;
}

/**
 * Lists this many matches at most; a cluster dump can have thousands of pods, and nobody scrolls
 * a select that long: the filter box narrows it. Each option costs when the list is drawn: the
 * browser measures every option's text to size the select (about 10 ms for 500 new ones), and the
 * two pickers are drawn in the same frame as a newly opened dump's graph.
 */
export const MAX_OPTIONS = 100;

/** A select of endpoints with a filter box in front of it (matches id or a label value). */
export function EndpointPicker({ label, endpoints, value, onChange }: Props) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const matches = endpoints.filter(
    (e) =>
      needle === '' ||
      e.id.toLowerCase().includes(needle) ||
      Object.values(e.labels).some((v) => v.toLowerCase().includes(needle)),
  );
  const shown = matches.slice(0, MAX_OPTIONS);
  // The chosen endpoint stays selectable even when the filter hides it.
  if (value && !shown.some((e) => e.id === value)) {
    const chosen = endpoints.find((e) => e.id === value);
    if (chosen) shown.unshift(chosen);
  }
  return (
    <div className="rm-insp-picker">
      <label htmlFor={`${id}-select`}>{label}</label>
      <input
        type="search"
        placeholder="Filter…"
        aria-label={`Filter ${label.toLowerCase()} endpoints`}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <select id={`${id}-select`} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">— choose —</option>
        {shown.map((e) => (
          <option key={e.id} value={e.id}>
            {e.id}
          </option>
        ))}
      </select>
      {matches.length > MAX_OPTIONS && (
        <small className="rm-insp-muted">
          {MAX_OPTIONS} of {matches.length} shown; type to narrow.
        </small>
      )}
    </div>
  );
}
