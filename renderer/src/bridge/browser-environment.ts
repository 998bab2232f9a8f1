/** The web bridge's environment in a real browser tab. */
import { version } from '../../../package.json';
import { SETTINGS_KEY, type WebEnvironment } from './web-bridge';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function browserEnvironment(): WebEnvironment {
  return {
    storage: localStorageOrNull(),
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    openUrl: (url) => {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    now: () => Date.now(),
    // A refused request is a bug in the page: say so in the console, as the app says it in its log.
    log: (message) => console.warn(`[status-palette] ${message}`),
    appVersion: version,
    onStorageChange(listener) {
      const handler = (event: StorageEvent) => {
        if (event.key === null || event.key === SETTINGS_KEY) listener();
      };
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
  };
}
