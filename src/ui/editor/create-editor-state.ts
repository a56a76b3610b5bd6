import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, linter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { Diagnostic } from '../../model/diagnostic';
import { editorTheme, yamlHighlighting, type EditorTheme } from './editor-theme';
import { lineAt } from './position-math';
import { toCodeMirrorDiagnostics } from './to-codemirror-diagnostics';
import { searchKeymap } from '@codemirror/search';

// Compartments are keys, not state: one set serves every editor instance.
const themeSlot = new Compartment();
const labelSlot = new Compartment();

export interface EditorOptions {
  theme: EditorTheme;
  ariaLabel: string;
  /** Called with the whole text after every change dispatched through the view. */
  onDocChange: (text: string) => void;
}

function labelExtension(ariaLabel: string): Extension {
  return EditorView.contentAttributes.of({ 'aria-label': ariaLabel });
}

/**
 * Above this size a file is shown without YAML highlighting: CodeMirror parses the syntax in
 * 100 ms slices on the main thread, and a 10 MB dump would cost several of them while it loads.
 * Diagnostics, search and editing work the same.
 */
export const HIGHLIGHT_LIMIT_CHARS = 1_000_000;

/**
 * A fresh YAML editor state. Tab is left unbound on purpose, so keyboard users can leave the
 * editor; Ctrl-] / Ctrl-[ indent and Enter keeps the indentation.
 */
export function createEditorState(doc: string, options: EditorOptions): EditorState {
  return EditorState.create({
    doc,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      lintGutter(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      doc.length > HIGHLIGHT_LIMIT_CHARS ? [] : [yaml(), yamlHighlighting],
      // No lint source: diagnostics come from the analysis Worker via setDiagnostics.
      linter(null),
      keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap]),
      themeSlot.of(editorTheme(options.theme)),
      labelSlot.of(labelExtension(options.ariaLabel)),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onDocChange(update.state.doc.toString());
      }),
    ],
  });
}

/** Switches light/dark in place; does nothing when the mode is already set. */
export function applyTheme(view: EditorView, theme: EditorTheme): void {
  const wanted = editorTheme(theme);
  if (themeSlot.get(view.state) !== wanted) {
    view.dispatch({ effects: themeSlot.reconfigure(wanted) });
  }
}

export function applyAriaLabel(view: EditorView, ariaLabel: string): void {
  view.dispatch({ effects: labelSlot.reconfigure(labelExtension(ariaLabel)) });
}

/** Replaces the lint marks; positions are computed against the current document. */
export function applyDiagnostics(view: EditorView, diagnostics: readonly Diagnostic[]): void {
  const marks = toCodeMirrorDiagnostics(diagnostics, view.state.doc);
  view.dispatch(setDiagnostics(view.state, marks));
}

/** Selects a (clamped) 1-based line, scrolls it to the middle and focuses the editor. */
export function revealLine(view: EditorView, line: number): void {
  const target = lineAt(view.state.doc, line);
  view.dispatch({
    selection: { anchor: target.from, head: target.from + target.text.length },
    effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
  });
  view.focus();
}
