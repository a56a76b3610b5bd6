import { useEffect } from 'react';
import { onLinkFragment } from '../../platform/location-fragment';
import { appPersistence } from './persistence';
import { openLinkInPage } from './startup-workspace';

/**
 * Keeps the browser in step with the workspace for as long as the app is mounted: autosaves it
 * while "remember" is on (also right before the tab is hidden or closed), and opens links pasted
 * into this tab's address bar. `onNotice` gets what the banner should say about such a link.
 */
export function useWorkspaceSync(onNotice: (message: string | undefined) => void): void {
  useEffect(() => {
    const persistence = appPersistence();
    const stopSaving = persistence.watch();
    const flush = () => persistence.saveNow();
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    const stopLinks = onLinkFragment((fragment) => onNotice(openLinkInPage(fragment).notice));
    return () => {
      stopLinks();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      stopSaving();
    };
  }, [onNotice]);
}
