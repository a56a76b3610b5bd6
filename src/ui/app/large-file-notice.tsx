import { formatBytes } from '../../share/link-size';

/**
 * Files above this many characters are analysed without being opened in the editor until asked:
 * CodeMirror builds its document in one go (about 200 ms for an 8.5 MB dump on the main thread),
 * and a dump is read far more often than it is edited.
 */
export const EDITOR_DEFER_CHARS = 2_000_000;

interface Props {
  name: string;
  chars: number;
  onOpen(): void;
}

/** Stands in for the editor while a big file is not opened in it. */
export function LargeFileNotice({ name, chars, onOpen }: Props) {
  return (
    <div className="large-file-notice" data-testid="large-file-notice">
      <p>
        <strong>{name}</strong> ({formatBytes(chars)}) is analysed in full; it is not shown in the
        editor until you open it, so that the page stays responsive while it loads. Problems in it
        are listed below and open it at their line.
      </p>
      <button type="button" onClick={onOpen}>
        Open in the editor
      </button>
    </div>
  );
}
