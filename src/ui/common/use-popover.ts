import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A header button with a popover dialog (Share, Export): opening focuses the first control
 * matching `focusFirst`; a click outside closes it (focus stays where the click put it); Escape
 * closes it and gives focus back to the button.
 *
 * @example
 * const p = usePopover('button:not(:disabled)');
 * <div ref={p.root} onKeyDown={p.onKeyDown}><button ref={p.button} onClick={p.toggle} …/>
 *   {p.open && <div ref={p.popover} id={p.id} role="dialog">…</div>}</div>
 */
export function usePopover(focusFirst: string) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    popover.current?.querySelector<HTMLElement>(focusFirst)?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, focusFirst]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  return { open, toggle: () => setOpen((o) => !o), root, button, popover, id, onKeyDown };
}
