import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppState } from '../../store/app-store';
import { DiagnosticList } from '../editor/diagnostic-list';
import { YamlEditor } from '../editor/yaml-editor';
import { FileTabs } from './file-tabs';
import { EDITOR_DEFER_CHARS, LargeFileNotice } from './large-file-notice';

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
  // Big files the user asked to see in the editor (or jumped into from a problem).
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const deferred =
    active !== undefined &&
    active.text.length > EDITOR_DEFER_CHARS &&
    !opened.has(active.id) &&
    jumpTo?.fileName !== active.name;

  return (
    <section className="pane editor-pane" aria-label="Manifests">
      <FileTabs />
      {active && deferred ? (
        <LargeFileNotice
          name={active.name}
          chars={active.text.length}
          onOpen={() => setOpened((s) => new Set(s).add(active.id))}
        />
      ) : active ? (
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
