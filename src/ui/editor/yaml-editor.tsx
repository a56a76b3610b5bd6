import { EditorView } from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Diagnostic } from '../../model/diagnostic';
import {
  applyAriaLabel,
  applyDiagnostics,
  applyTheme,
  createEditorState,
  revealLine,
} from './create-editor-state';
import type { EditorTheme } from './editor-theme';
import './editor.css';

/**
 * A line to reveal, select and focus; bump `nonce` to jump to the same line again. It is also
 * applied on mount, so clear it when the jump is no longer wanted.
 */
export interface JumpTarget {
  line: number;
  nonce: number;
}

export interface YamlEditorProps {
  /**
   * The file's text. Pass back what `onChange` gave you, undebounced: a value that differs from
   * the document is taken as a new file and replaces it (resetting undo history and cursor).
   */
  value: string;
  /** Diagnostics for this file only; they may describe a slightly older text. */
  diagnostics: readonly Diagnostic[];
  /** Called on every user edit with the whole text. Debounce the analysis, not this. */
  onChange: (text: string) => void;
  jumpTo?: JumpTarget | undefined;
  theme?: EditorTheme;
  ariaLabel: string;
  className?: string;
}

type LatestProps = Required<Omit<YamlEditorProps, 'jumpTo' | 'className'>>;

function buildState(text: string, latest: RefObject<LatestProps>, docText: RefObject<string>) {
  docText.current = text;
  return createEditorState(text, {
    theme: latest.current.theme,
    ariaLabel: latest.current.ariaLabel,
    onDocChange: (next) => {
      docText.current = next;
      latest.current.onChange(next);
    },
  });
}

/**
 * CodeMirror 6 YAML editor with parse diagnostics as squiggles, gutter markers and hover
 * messages. The view is created once; props are pushed into it as transactions.
 */
export function YamlEditor({
  value,
  diagnostics,
  onChange,
  jumpTo,
  theme = 'light',
  ariaLabel,
  className,
}: YamlEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  // The view outlives renders; its callbacks and state rebuilds read the newest props from here.
  const latest = useRef<LatestProps>({ value, diagnostics, onChange, theme, ariaLabel });
  // Mirrors the document, so an echoed `value` is recognised without serialising the doc.
  const docText = useRef(value);

  useLayoutEffect(() => {
    latest.current = { value, diagnostics, onChange, theme, ariaLabel };
  });

  useEffect(() => {
    if (!hostRef.current) return;
    const state = buildState(latest.current.value, latest, docText);
    const view = new EditorView({ parent: hostRef.current, state });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || value === docText.current) return;
    // A new state rather than a change: undo must not cross into the previous file.
    view.setState(buildState(value, latest, docText));
    applyDiagnostics(view, latest.current.diagnostics);
  }, [value]);

  useEffect(() => {
    if (viewRef.current) applyDiagnostics(viewRef.current, diagnostics);
  }, [diagnostics]);

  useEffect(() => {
    if (viewRef.current) applyTheme(viewRef.current, theme);
  }, [theme]);

  useEffect(() => {
    if (viewRef.current) applyAriaLabel(viewRef.current, ariaLabel);
  }, [ariaLabel]);

  const jumpLine = jumpTo?.line;
  const jumpNonce = jumpTo?.nonce;
  useEffect(() => {
    if (viewRef.current && jumpLine !== undefined) revealLine(viewRef.current, jumpLine);
  }, [jumpLine, jumpNonce]);

  const classes = className ? `yaml-editor ${className}` : 'yaml-editor';
  return <div ref={hostRef} className={classes} data-testid="yaml-editor" />;
}
