import { useRef } from 'react';
import { useAppStore, type AppState } from '../../store/app-store';
import { SAMPLES } from '../../platform/load-sample';
import { ExportMenu } from '../export/export-menu';
import { PresentButton } from '../present/present-button';
import { SearchBox } from '../search/search-box';
import { ShareMenu } from '../share/share-menu';

const settingsSelector = (s: AppState) => s.settings;
const themeSelector = (s: AppState) => s.theme;
const showDeniedSelector = (s: AppState) => s.showDenied;

interface Props {
  onOpenFiles(files: FileList): void;
  onOpenSample(file: string): void;
}

/** Title, import actions, search and the settings that change what is evaluated. */
export function AppHeader({ onOpenFiles, onOpenSample }: Props) {
  const settings = useAppStore(settingsSelector);
  const theme = useAppStore(themeSelector);
  const showDenied = useAppStore(showDeniedSelector);
  const fileInput = useRef<HTMLInputElement>(null);
  const { setSettings, setTheme, setShowDenied } = useAppStore.getState();

  return (
    <header className="app-header">
      <h1>reachmap</h1>
      <div className="header-actions">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open files…
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".yaml,.yml,.json"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            if (e.target.files) onOpenFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <label>
          Sample{' '}
          <select
            aria-label="Load a sample cluster"
            value=""
            onChange={(e) => e.target.value && onOpenSample(e.target.value)}
          >
            <option value="">choose…</option>
            {SAMPLES.map((s) => (
              <option key={s.file} value={s.file}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SearchBox />
      <ShareMenu />
      <ExportMenu />
      <PresentButton />
      <div className="header-settings">
        <label title="Whether the cluster's network plugin enforces NetworkPolicy">
          CNI{' '}
          <select
            aria-label="CNI"
            value={settings.cni}
            onChange={(e) =>
              setSettings({ cni: e.target.value === 'flannel' ? 'flannel' : 'enforcing' })
            }
          >
            <option value="enforcing">Enforcing (Calico, Cilium, …)</option>
            <option value="flannel">Flannel (no enforcement)</option>
          </select>
        </label>
        <label title="Some CNIs apply ipBlock only to traffic from outside the cluster">
          <input
            type="checkbox"
            checked={settings.ipBlockMatchesPodIPs}
            onChange={(e) => setSettings({ ipBlockMatchesPodIPs: e.target.checked })}
          />{' '}
          ipBlock matches pod IPs
        </label>
        <label>
          <input
            type="checkbox"
            checked={showDenied}
            onChange={(e) => setShowDenied(e.target.checked)}
          />{' '}
          Show denied
        </label>
        <button
          type="button"
          aria-label={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`}
          onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}
        >
          {theme === 'light' ? '☾ Dark' : '☀ Light'}
        </button>
      </div>
    </header>
  );
}
