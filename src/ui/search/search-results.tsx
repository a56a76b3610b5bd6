import type { SearchKind, SearchMatch } from '../../graph/search';

const KIND_TEXT: Readonly<Record<SearchKind, string>> = {
  workload: 'Workload',
  pod: 'Pod',
  service: 'Service',
  namespace: 'Namespace',
  policy: 'Policy',
  label: 'Label',
  external: 'External',
  outside: 'Outside',
};

interface Props {
  id: string;
  hidden: boolean;
  matches: readonly SearchMatch[];
  active: number;
  query: string;
  optionId: (index: number) => string;
  onPick: (match: SearchMatch) => void;
  onHover: (index: number) => void;
}

/** The combobox's popup: one option per match, the active one marked for assistive tech. */
export function SearchResults(props: Props) {
  const { id, hidden, matches, active, query, optionId, onPick, onHover } = props;
  return (
    <ul
      className="rm-search-list"
      id={id}
      role="listbox"
      aria-label="Search results"
      hidden={hidden}
    >
      {matches.map((m, i) => (
        <li
          key={`${m.kind}\u0000${m.namespace ?? ''}\u0000${m.label}\u0000${m.target.id}`}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          className={`rm-search-option${i === active ? ' is-active' : ''}`}
          data-testid="search-option"
          data-kind={m.kind}
          // Keeps focus (and the caret) in the input while the pointer picks.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(m)}
          onMouseMove={() => i !== active && onHover(i)}
        >
          <span className={`rm-search-kind rm-search-kind--${m.kind}`}>{KIND_TEXT[m.kind]}</span>
          <span className="rm-search-name">
            <Highlighted text={m.label} query={query} />
          </span>
          {m.namespace !== undefined && <span className="rm-search-ns">{m.namespace}</span>}
          {m.detail !== undefined && <span className="rm-search-detail">{m.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The first place the query occurs in the name, in bold, so a substring hit is seen at once. */
function Highlighted({ text, query }: { text: string; query: string }) {
  const q = query.trim().toLowerCase();
  const at = q === '' ? -1 : text.toLowerCase().indexOf(q);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + q.length)}</mark>
      {text.slice(at + q.length)}
    </>
  );
}
