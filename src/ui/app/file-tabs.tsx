import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppState } from '../../store/app-store';

const selector = (s: AppState) => ({ files: s.files, activeFileId: s.activeFileId });

/** One tab per file; several files are merged into one cluster. */
export function FileTabs() {
  const { files, activeFileId } = useAppStore(useShallow(selector));
  const { setActiveFile, removeFile, addFiles } = useAppStore.getState();
  return (
    <div className="file-tabs" role="tablist" aria-label="Files">
      {files.map((f) => (
        <div key={f.id} className={`file-tab${f.id === activeFileId ? ' active' : ''}`}>
          <button
            type="button"
            role="tab"
            aria-selected={f.id === activeFileId}
            onClick={() => setActiveFile(f.id)}
            data-testid="file-tab"
          >
            {f.name}
          </button>
          <button
            type="button"
            className="close"
            aria-label={`Remove ${f.name}`}
            onClick={() => removeFile(f.id)}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="new-file"
        aria-label="New empty file"
        onClick={() => addFiles([{ name: `pasted-${files.length + 1}.yaml`, text: '' }])}
      >
        +
      </button>
    </div>
  );
}
