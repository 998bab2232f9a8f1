/**
 * The bridge for a plain browser: the same `AppBridge` the preload gives the window in
 * Electron, answered in the tab by the same app service (core/app-service) the main process
 * runs. This file only adapts the browser to the service's parts: settings in localStorage, the
 * Clipboard API, no global hotkey, web links in a new tab, and a visible "would hide" state,
 * since a tab cannot hide itself. Everything the browser provides comes in through
 * `WebEnvironment`, so Vitest runs it in Node.
 */
import { createAppService, type HotkeyRegistration, type SettingsStorage } from '$core/app-service';
import {
  answerRequest,
  buildBridge,
  clip,
  type HotkeyStatus,
  type OpenExternalReply,
  type AppBridge,
  type View,
} from '$core/ipc';
import { readStoredSettings, type Settings } from '$core/settings';

export const SETTINGS_KEY = 'status-palette.settings';

/** What the web bridge needs from the browser. */
export interface WebEnvironment {
  /** localStorage, or null where the browser refuses it (private modes, file://). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  writeClipboard(text: string): Promise<void>;
  openUrl(url: string): void;
  now(): number;
  appVersion: string;
  /** Calls back when another tab changed the stored settings; returns an unsubscribe. */
  onStorageChange?(listener: () => void): () => void;
  log?: (message: string) => void;
}

/** The web bridge, plus what only a browser tab needs: showing itself again after a "hide". */
export type WebBridge = AppBridge & {
  readonly host: 'web';
  /** Stands in for the hotkey: leaves the "would hide" state and announces the window as shown. */
  show(view?: View): void;
  onHiddenChange(listener: (hidden: boolean) => void): () => void;
};

/** A browser cannot register global hotkeys; the preferences say so instead of pretending. */
export const WEB_HOTKEY_MESSAGE =
  'A web page cannot register a global hotkey: the desktop app does that.';

const ALLOWED_LINK_PROTOCOLS = new Set(['https:', 'http:']);

/** Settings in localStorage, read through core's reader; a refused storage still works in memory. */
function localSettings(storage: WebEnvironment['storage']): SettingsStorage & {
  notice: string | null;
  reload(): void;
} {
  function load(): {
    settings: Settings;
    notice: string | null;
    preserved: Record<string, unknown>;
  } {
    let raw: string | null;
    try {
      raw = storage?.getItem(SETTINGS_KEY) ?? null;
    } catch {
      return {
        settings: readStoredSettings(null).settings,
        notice: 'This browser refused localStorage.',
        preserved: {},
      };
    }
    const reading = readStoredSettings(raw);
    return { settings: reading.settings, notice: reading.damage, preserved: reading.preserved };
  }
  const loaded = load();
  let current = loaded.settings;
  // Keys a newer version stored are written back as they were, as the desktop store does.
  let preserved = loaded.preserved;
  return {
    notice: loaded.notice,
    get: () => current,
    async set(settings) {
      current = settings;
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify({ ...preserved, ...settings }));
        return { ok: true };
      } catch {
        return { ok: false, message: 'This browser did not let the settings be saved.' };
      }
    },
    reload() {
      ({ settings: current, preserved } = load());
    },
  };
}

function webHotkey(storage: SettingsStorage): HotkeyRegistration {
  const status = (accelerator: string): HotkeyStatus => ({
    accelerator,
    registered: false,
    message: WEB_HOTKEY_MESSAGE,
  });
  return {
    status: () => status(storage.get().hotkey),
    problem: () => null,
    // Nothing to register: the choice is kept for the desktop app's sake.
    change: (accelerator) => ({ ok: true, status: status(accelerator) }),
  };
}

function openWebLink(env: WebEnvironment, url: string): OpenExternalReply {
  if (!URL.canParse(url)) return { ok: false, message: `Not a link: ${clip(url)}` };
  const parsed = new URL(url);
  if (!ALLOWED_LINK_PROTOCOLS.has(parsed.protocol)) {
    return { ok: false, message: `Only web links open: ${clip(url)}` };
  }
  env.openUrl(parsed.href);
  return { ok: true };
}

export function createWebBridge(env: WebEnvironment): WebBridge {
  const log = env.log ?? (() => {});
  const storage = localSettings(env.storage);
  const shownListeners = new Set<(event: { view: View }) => void>();
  const hiddenListeners = new Set<(hidden: boolean) => void>();

  function setHidden(hidden: boolean) {
    for (const listener of hiddenListeners) listener(hidden);
  }

  const service = createAppService({
    storage,
    clipboard: { writeText: (text) => env.writeClipboard(text) },
    hotkey: webHotkey(storage),
    // A tab cannot start with the computer: the choice is kept for the desktop app's sake.
    loginItem: { set: async () => {} },
    openLink: async (url) => openWebLink(env, url),
    window: {
      hide() {
        setHidden(true);
        service.windowHidden();
      },
      // A tab has no paster, so it never hides for a paste and has nothing to come back from.
      refocus() {},
    },
    now: () => env.now(),
    host: 'web',
    appVersion: env.appVersion,
    notice: storage.notice,
    log,
  });

  env.onStorageChange?.(() => {
    storage.reload();
    service.storageChanged();
  });

  const bridge = buildBridge({
    // Checked as the main process checks it: the page's own code is not trusted more here.
    invoke: ({ name }, payload) => answerRequest(name, service, [payload], log),
    subscribe(channel, listener) {
      if (channel === 'status-palette:state') return service.onChange(listener);
      shownListeners.add(listener);
      return () => shownListeners.delete(listener);
    },
  });

  return {
    ...bridge,
    host: 'web',
    show(view = 'search') {
      setHidden(false);
      for (const listener of shownListeners) listener({ view });
    },
    onHiddenChange(listener) {
      hiddenListeners.add(listener);
      return () => hiddenListeners.delete(listener);
    },
  };
}
