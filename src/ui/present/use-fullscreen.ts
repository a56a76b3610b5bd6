import { useEffect, useRef, type RefObject } from 'react';

/**
 * Puts the app root (the nearest `.app` around `inside`) in full screen while the calling component
 * is mounted, and calls `onLeave` when the browser leaves full screen on its own (its Escape, F11,
 * a gesture). Full screen is a nicety: where the API is missing or refuses (no user gesture, an
 * iframe without permission), the presentation layout still works in the window.
 */
export function useFullscreen(inside: RefObject<HTMLElement | null>, onLeave: () => void): void {
  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  });
  useEffect(() => {
    const root = inside.current?.closest<HTMLElement>('.app');
    if (!root || typeof root.requestFullscreen !== 'function' || document.fullscreenElement) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === root) entered = true;
      else if (entered) leave.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    root.requestFullscreen().catch(() => {
      // Refused: the presentation layout alone, in the window.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === root) document.exitFullscreen().catch(() => undefined);
    };
  }, [inside]);
}
