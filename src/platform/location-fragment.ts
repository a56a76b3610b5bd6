/*
 * The address bar and the clipboard, for share links. A link carries the workspace in its fragment
 * (`#v1.…`), which browsers never send to a server.
 *
 * After a link is opened its fragment stays in the address bar until the workspace is first
 * changed, then `forgetLinkFragment` removes it (replaceState: no new history entry, no reload):
 * - a reload before any change opens the link again, so with "remember" off nothing is lost;
 * - a reload after a change must not put the link back over the edits, and the address bar must
 *   not show a link that no longer matches what is on screen (someone might copy it from there).
 */

/** The bits of `window` this module touches; tests pass their own. */
export interface LocationHost {
  location: Pick<Location, 'href' | 'hash'>;
  history: Pick<History, 'state' | 'replaceState'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface ClipboardHost {
  /** `navigator.clipboard`, absent outside secure contexts (plain http on another host). */
  clipboard?: Pick<Clipboard, 'writeText'> | undefined;
  /** Copies through a selected textarea (`execCommand('copy')`); false when the browser refuses. */
  copyBySelection?: (text: string) => boolean;
}

/**
 * The fragment without its `#`, or undefined when the address has none.
 *
 * @example
 * readLinkFragment() // "v1.eNrtWW1v…" on https://example.org/reachmap/#v1.eNrtWW1v…
 */
export function readLinkFragment(host: LocationHost = window): string | undefined {
  const fragment = host.location.hash.replace(/^#/, '');
  return fragment === '' ? undefined : fragment;
}

/** Takes the fragment out of the address bar without reloading or adding a history entry. */
export function forgetLinkFragment(host: LocationHost = window): void {
  if (host.location.hash === '') return;
  const url = new URL(host.location.href);
  url.hash = '';
  // `url.href` would keep a bare `#`; the address without one is what a reload should open.
  host.history.replaceState(host.history.state, '', url.href.replace(/#$/, ''));
}

/**
 * The page's address with `fragment` as its fragment, to copy and send.
 *
 * @example
 * shareUrl('v1.eNrt…') // "https://example.org/reachmap/#v1.eNrt…"
 */
export function shareUrl(fragment: string, host: Pick<LocationHost, 'location'> = window): string {
  const url = new URL(host.location.href);
  url.hash = fragment;
  return url.href;
}

/**
 * Calls `listener` with the new fragment when another link is opened in this tab: pasting a link
 * that differs only in its fragment does not reload the page, it fires `hashchange`.
 * Returns the function that stops listening.
 */
export function onLinkFragment(
  listener: (fragment: string) => void,
  host: LocationHost = window,
): () => void {
  const changed = () => {
    const fragment = readLinkFragment(host);
    if (fragment !== undefined) listener(fragment);
  };
  host.addEventListener('hashchange', changed);
  return () => host.removeEventListener('hashchange', changed);
}

/**
 * Puts text on the clipboard: the Clipboard API, else a selected textarea. Resolves to whether it
 * worked; when it did not, the caller shows the text for the user to copy by hand.
 */
export async function copyText(
  text: string,
  host: ClipboardHost = { clipboard: navigator.clipboard, copyBySelection },
): Promise<boolean> {
  if (host.clipboard) {
    try {
      await host.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no user gesture, permissions policy): the selection route may still work.
    }
  }
  return host.copyBySelection?.(text) ?? false;
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const focused = document.activeElement;
  area.select();
  try {
    // Deprecated, yet the only way to copy where navigator.clipboard is missing (plain http).
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus();
  }
}
