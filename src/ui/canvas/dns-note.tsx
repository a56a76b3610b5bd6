interface Props {
  /** Edges whose DNS lookups are left out; 0 when none are. */
  hidden: number;
  shown: boolean;
  onToggle: (show: boolean) => void;
}

/**
 * Says that DNS lookups are left off the edges, with a way back: a reviewer must never wonder
 * whether a missing edge into CoreDNS means it is blocked.
 */
export function DnsNote({ hidden, shown, onToggle }: Props) {
  if (!shown && hidden === 0) return null;
  return (
    <div className="rm-dns-note" data-testid="dns-note">
      {shown ? (
        <>
          DNS lookups are drawn.{' '}
          <button type="button" onClick={() => onToggle(false)}>
            Hide them
          </button>
        </>
      ) : (
        <>
          DNS lookups (53/TCP, 53/UDP to cluster DNS) left off {hidden}{' '}
          {hidden === 1 ? 'edge' : 'edges'}.{' '}
          <button type="button" onClick={() => onToggle(true)}>
            Show
          </button>
        </>
      )}
    </div>
  );
}
