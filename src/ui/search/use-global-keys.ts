import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../store/app-store';
import { enterPresentation, leavePresentation, walk } from '../present/walk';
import { walkMoveOfKey } from '../present/walkthrough-steps';

/** Typing somewhere: shortcuts must not steal `/` from YAML or Escape from a form. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], .cm-editor',
    ) !== null
  );
}

/**
 * Page-wide keys: `/` or Ctrl+K (⌘K) focuses the search box, Escape clears the selection, `p`
 * enters or leaves presentation mode; while presenting, Escape leaves it and the arrow keys, Home
 * and End step through the walkthrough. They live with the header because it is always there
 * (hidden, not unmounted, while presenting); the canvas is not (matrix and exposure tabs).
 */
export function useGlobalKeys(search: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const k = event.key.toLowerCase();
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      const { presenting } = useAppStore.getState();
      // The graph marks Escape handled after clearing its selection; while presenting, Escape still
      // leaves, or a presenter whose focus is on a node could not get out with it.
      if (presenting && k === 'escape' && plain) {
        leavePresentation();
        return;
      }
      if (event.defaultPrevented) return;
      const move = presenting && plain && !event.shiftKey ? walkMoveOfKey(event.key) : undefined;
      if (move) {
        // The arrows would otherwise scroll the inspector overlay or the page.
        event.preventDefault();
        walk(move);
        return;
      }
      if (
        (k === '/' && plain) ||
        (k === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey)
      ) {
        // Ctrl+K would otherwise focus the browser's own search bar.
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
      } else if (k === 'escape' && plain) {
        useAppStore.getState().select(undefined);
      } else if (k === 'p' && plain && !event.shiftKey) {
        if (presenting) leavePresentation();
        else enterPresentation();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [search]);
}
