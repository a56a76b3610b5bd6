import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
// @lezer/highlight comes with @codemirror/language; it is the only home of the `tags` table.
import { tags as t } from '@lezer/highlight';

export type EditorTheme = 'light' | 'dark';

/**
 * Colours by CSS variable (`--rm-editor-bg` …) so the app's theme drives the editor; these values
 * are the fallbacks when the app does not set a variable. The active line must stay translucent:
 * it is painted over the selection layer.
 */
type Palette = Record<ColourName, string>;
type ColourName = keyof typeof LIGHT;

const LIGHT = {
  'editor-bg': '#ffffff',
  'editor-fg': '#1b1f24',
  'editor-gutter-bg': '#f6f7f9',
  'editor-gutter-fg': '#6a737d',
  'editor-border': '#d8dde3',
  'editor-active-line': '#1d6fd80d',
  'editor-selection': '#c8dcf5',
  'editor-cursor': '#1b1f24',
  'editor-match': '#d7ecd9',
  'editor-focus': '#1d6fd8',
  'editor-error': '#c62828',
  'editor-warning': '#b26a00',
  'editor-info': '#5c6670',
  'syntax-key': '#1d4f91',
  'syntax-string': '#0a6b3a',
  'syntax-value': '#1b1f24',
  'syntax-comment': '#6a737d',
  'syntax-meta': '#8a3ffc',
  'syntax-punctuation': '#5c6670',
};

const DARK: Palette = {
  'editor-bg': '#1c2128',
  'editor-fg': '#e6e8eb',
  'editor-gutter-bg': '#181c22',
  'editor-gutter-fg': '#7d8793',
  'editor-border': '#30363d',
  'editor-active-line': '#ffffff0d',
  'editor-selection': '#2f4a6b',
  'editor-cursor': '#e6e8eb',
  'editor-match': '#2e4d36',
  'editor-focus': '#6cb6ff',
  'editor-error': '#ff8a80',
  'editor-warning': '#f2c46d',
  'editor-info': '#9aa4ae',
  'syntax-key': '#8cc8ff',
  'syntax-string': '#a5d6a7',
  'syntax-value': '#e6e8eb',
  'syntax-comment': '#8b949e',
  'syntax-meta': '#d2a8ff',
  'syntax-punctuation': '#9aa4ae',
};

function colours(palette: Palette) {
  return (name: ColourName) => `var(--rm-${name}, ${palette[name]})`;
}

/**
 * A wave of half-rings drawn with gradients, so its colour can be a CSS variable (lint's own
 * squiggle is an SVG data URL). Not `text-decoration: wavy`: Chrome repaints that in the text
 * colour while the line is selected, as it is right after a jump.
 */
function squiggle(color: string) {
  const ring = `transparent 2px, ${color} 2px 3px, transparent 3.2px`;
  return {
    backgroundImage: `radial-gradient(circle at 50% 0, ${ring}), radial-gradient(circle at 50% 100%, ${ring})`,
    backgroundSize: '6px 3px',
    backgroundPosition: '0 100%, 3px calc(100% - 3px)',
    backgroundRepeat: 'repeat-x',
    paddingBottom: '5px',
  };
}

function buildTheme(dark: boolean): Extension {
  const v = colours(dark ? DARK : LIGHT);
  return EditorView.theme(
    {
      '&': {
        height: '100%',
        color: v('editor-fg'),
        backgroundColor: v('editor-bg'),
        border: `1px solid ${v('editor-border')}`,
      },
      '&.cm-focused': { outline: `2px solid ${v('editor-focus')}`, outlineOffset: '-2px' },
      '.cm-scroller': {
        fontFamily: 'var(--rm-editor-font, ui-monospace, SFMono-Regular, Menlo, monospace)',
        lineHeight: '1.5',
      },
      '.cm-content': { caretColor: v('editor-cursor') },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: v('editor-cursor') },
      // Specific enough to beat the base theme's focused-selection colour.
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground':
        { backgroundColor: v('editor-selection') },
      '.cm-activeLine': { backgroundColor: v('editor-active-line') },
      '.cm-gutters': {
        backgroundColor: v('editor-gutter-bg'),
        color: v('editor-gutter-fg'),
        borderRight: `1px solid ${v('editor-border')}`,
      },
      '.cm-activeLineGutter': { backgroundColor: v('editor-active-line') },
      '&.cm-focused .cm-matchingBracket': { backgroundColor: v('editor-match') },
      '.cm-lintRange-error': squiggle(v('editor-error')),
      '.cm-lintRange-warning': squiggle(v('editor-warning')),
      '.cm-lintRange-info': squiggle(v('editor-info')),
      '.cm-tooltip': {
        backgroundColor: v('editor-gutter-bg'),
        color: v('editor-fg'),
        border: `1px solid ${v('editor-border')}`,
      },
      '.cm-diagnostic-error': { borderLeftColor: v('editor-error') },
      '.cm-diagnostic-warning': { borderLeftColor: v('editor-warning') },
      '.cm-diagnostic-info': { borderLeftColor: v('editor-info') },
    },
    { dark },
  );
}

/** Both highlight styles are always installed; `themeType` lets only the matching one apply. */
function buildHighlight(dark: boolean): Extension {
  const v = colours(dark ? DARK : LIGHT);
  const style = HighlightStyle.define(
    [
      { tag: t.definition(t.propertyName), color: v('syntax-key') },
      { tag: [t.string, t.special(t.string)], color: v('syntax-string') },
      { tag: [t.content, t.attributeValue], color: v('syntax-value') },
      { tag: t.lineComment, color: v('syntax-comment'), fontStyle: 'italic' },
      { tag: [t.meta, t.keyword, t.labelName, t.typeName], color: v('syntax-meta') },
      { tag: t.separator, color: v('syntax-punctuation') },
    ],
    { themeType: dark ? 'dark' : 'light' },
  );
  return syntaxHighlighting(style);
}

const THEMES: Record<EditorTheme, Extension> = { light: buildTheme(false), dark: buildTheme(true) };

/** The editor theme for a mode; the same object each time, so reconfiguring can be skipped. */
export function editorTheme(theme: EditorTheme): Extension {
  return THEMES[theme];
}

/** Syntax colours for both modes. */
export const yamlHighlighting: Extension = [buildHighlight(false), buildHighlight(true)];
