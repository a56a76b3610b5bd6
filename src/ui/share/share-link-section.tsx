import { useState } from 'react';
import { copyText, shareUrl } from '../../platform/location-fragment';
import { encodeWorkspaceLink } from '../../share/link-codec';
import { linkSize, type LinkSize } from '../../share/link-size';
import { workspaceFileName, writeWorkspaceFile } from '../../share/workspace-file';
import { useAppStore } from '../../store/app-store';
import { workspaceOf } from '../../store/workspace-snapshot';
import { downloadTextFile } from './download-file';

type Copied =
  | { status: 'copied'; size: LinkSize }
  /** The clipboard refused: the link is shown, selected, to copy by hand. */
  | { status: 'manual'; size: LinkSize; url: string }
  | { status: 'refused'; size: LinkSize };

/** "Copy link" with the link's size and whether it will travel, and "Download workspace". */
export function ShareLinkSection() {
  const [copied, setCopied] = useState<Copied | undefined>();

  const copy = async () => {
    // Read at click time: the workspace is not worth a subscription that re-renders on every key.
    const url = shareUrl(encodeWorkspaceLink(workspaceOf(useAppStore.getState())));
    const size = linkSize(url.length);
    if (size.sizeClass === 'too-long') return setCopied({ status: 'refused', size });
    setCopied((await copyText(url)) ? { status: 'copied', size } : { status: 'manual', size, url });
  };

  const download = () => {
    const workspace = workspaceOf(useAppStore.getState());
    downloadTextFile(workspaceFileName(workspace), writeWorkspaceFile(workspace));
  };

  return (
    <section className="share-section" aria-label="Share">
      <div className="share-row">
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
        <button type="button" onClick={download}>
          Download workspace
        </button>
      </div>
      {copied && <CopyOutcome copied={copied} />}
      <p className="share-hint">
        The link holds the files and the view; nothing is uploaded. The file opens again with “Open
        files…”.
      </p>
    </section>
  );
}

// Selected as it appears, so Ctrl+C is all that is left to do. Module scope: a new function each
// render would select the text again on every render.
const selectAll = (input: HTMLInputElement | null) => {
  input?.select();
};

function CopyOutcome({ copied }: { copied: Copied }) {
  const { size } = copied;
  return (
    <div className="share-outcome" data-size-class={size.sizeClass} data-testid="share-outcome">
      <p role="status">
        {copied.status === 'copied' && `Copied — ${size.label}`}
        {copied.status === 'manual' && `Copy this link (${size.label}):`}
        {copied.status === 'refused' && `Not copied — ${size.label}`}
      </p>
      {copied.status === 'manual' && (
        <input
          className="share-manual-link"
          readOnly
          aria-label="Link to copy"
          value={copied.url}
          ref={selectAll}
        />
      )}
      {size.warning && <p className="share-warning">{size.warning}</p>}
    </div>
  );
}
