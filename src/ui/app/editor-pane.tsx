import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppState } from '../../store/app-store';
import { DiagnosticList } from '../editor/diagnostic-list';
import { YamlEditor } from '../editor/yaml-editor';
import { FileTabs } from './file-tabs';

const selector = (s: AppState) => ({
  files: s.files,
  activeFileId: s.activeFileId,
  snapshot: s.snapshot,
  jumpTo: s.jumpTo,
  theme: s.theme,
});

/** The manifests: one tab per file, the editor, and every problem found. */
export function EditorPane() {
  const { files, activeFileId, snapshot, jumpTo, theme } = useAppStore(useShallow(selector));
  const active = files.find((f) => f.id === activeFileId);
  const diagnostics = useMemo(() => snapshot?.diagnostics ?? [], [snapshot]);
  const forActive = useMemo(
    () => diagnostics.filter((d) => d.file === active?.name),
    [diagnostics, active],
  );
  const { setFileText, jump, setActiveFile } = useAppStore.getState();

  return (
    <section className="pane editor-pane" aria-label="Manifests">
      <FileTabs />
      {active ? (
        <YamlEditor
          value={active.text}
          diagnostics={forActive}
          onChange={(text) => setFileText(active.id, text)}
          jumpTo={
            jumpTo && jumpTo.fileName === active.name
              ? { line: jumpTo.line, nonce: jumpTo.nonce }
              : undefined
          }
          theme={theme}
          ariaLabel={`Manifest ${active.name}`}
        />
      ) : (
        <p className="empty-editor">
          Paste manifests here, drop .yaml/.json files on the page, or open a sample.
        </p>
      )}
      <DiagnosticList
        diagnostics={diagnostics}
        onJump={(d) => {
          const file = files.find((f) => f.name === d.file);
          if (file) setActiveFile(file.id);
          jump(d.file, d.line);
        }}
      />
    </section>
  );
}
