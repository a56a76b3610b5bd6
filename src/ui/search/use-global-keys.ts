import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../store/app-store';

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
 * Page-wide keys: `/` or Ctrl+K (⌘K) focuses the search box, Escape clears the selection. They
 * live with the header because it is always there; the canvas is not (matrix and exposure tabs).
 */
export function useGlobalKeys(search: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const k = event.key.toLowerCase();
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
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
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [search]);
}
