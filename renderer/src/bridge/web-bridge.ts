/**
 * The bridge for a plain browser: the same `PaletteBridge` the preload gives the window in
 * Electron, built from what a web page has. Copies are formatted by core/copy (as the main
 * process does) and written with the Clipboard API; settings, favourites and recents live in
 * localStorage; hiding shows a visible "would hide" state, since a tab cannot hide itself.
 * Everything the browser provides comes in through `WebEnvironment`, so Vitest runs it in Node.
 */
import { entryByCode } from '../../../core/registry';
import { copyText } from '../../../core/copy';
import {
  CopyRequestSchema,
  validate,
  type AppState,
  type CopyReply,
  type OpenExternalReply,
  type PaletteBridge,
  type SettingsReply,
  type View,
} from '../../../core/ipc';
import { readSettings, updateSettings, withRecent, type Settings } from '../../../core/settings';

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
}

/** The web bridge, plus what only a browser tab needs: showing itself again after a "hide". */
export interface WebBridge extends PaletteBridge {
  readonly host: 'web';
  /** Stands in for the hotkey: leaves the "would hide" state and announces the window as shown. */
  show(view?: View): void;
  onHiddenChange(listener: (hidden: boolean) => void): () => void;
}

/** A browser cannot register global hotkeys; the preferences say so instead of pretending. */
export const WEB_HOTKEY_MESSAGE =
  'A web page cannot register a global hotkey: the desktop app does that.';

const ALLOWED_LINK_PROTOCOLS = new Set(['https:', 'http:']);

function loadSettings(storage: WebEnvironment['storage']): {
  settings: Settings;
  notice: string | null;
} {
  let raw: string | null;
  try {
    raw = storage?.getItem(SETTINGS_KEY) ?? null;
  } catch {
    return { settings: readSettings({}).settings, notice: 'This browser refused localStorage.' };
  }
  if (raw === null) return { settings: readSettings({}).settings, notice: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      settings: readSettings({}).settings,
      notice: 'The saved settings were not readable and were reset.',
    };
  }
  const reading = readSettings(parsed);
  return {
    settings: reading.settings,
    notice: reading.problems.length
      ? `Some saved settings were reset: ${reading.problems.join('; ')}.`
      : null,
  };
}

export function createWebBridge(env: WebEnvironment): WebBridge {
  const loaded = loadSettings(env.storage);
  let settings = loaded.settings;
  let notice = loaded.notice;
  const shownListeners = new Set<(event: { view: View }) => void>();
  const stateListeners = new Set<(state: AppState) => void>();
  const hiddenListeners = new Set<(hidden: boolean) => void>();

  function state(): AppState {
    return {
      settings: structuredClone(settings),
      hotkey: { accelerator: settings.hotkey, registered: false, message: WEB_HOTKEY_MESSAGE },
      notice,
      appVersion: env.appVersion,
      host: 'web',
    };
  }

  function save(next: Settings): boolean {
    settings = next;
    let saved = true;
    try {
      env.storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      saved = false;
    }
    const snapshot = state();
    for (const listener of stateListeners) listener(snapshot);
    return saved;
  }

  function setHidden(hidden: boolean) {
    for (const listener of hiddenListeners) listener(hidden);
  }

  env.onStorageChange?.(() => {
    settings = loadSettings(env.storage).settings;
    const snapshot = state();
    for (const listener of stateListeners) listener(snapshot);
  });

  return {
    host: 'web',

    async copy(request): Promise<CopyReply> {
      // Validated as the main process validates it: the page's own code is not trusted more here.
      const checked = validate(CopyRequestSchema, request);
      if (!checked.ok) return { ok: false, message: `Not a copy request (${checked.reason}).` };
      const { code, kind, format, hide } = checked.value;
      const entry = entryByCode(code);
      if (!entry || entry.kind !== kind)
        return { ok: false, message: `No ${kind} status ${code}.` };
      const outcome = copyText(entry, format, { starlette: settings.starletteVersion });
      if (!outcome.ok) return { ok: false, message: outcome.message };
      try {
        await env.writeClipboard(outcome.text);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `The browser did not allow the copy: ${reason}` };
      }
      save(withRecent(settings, { code, format, at: Math.floor(env.now()) }));
      if (hide) setHidden(true);
      return {
        ok: true,
        text: outcome.text,
        fellBackToNumber: outcome.fellBackToNumber,
        note: outcome.note,
      };
    },

    async hide() {
      setHidden(true);
    },

    async openExternal(url): Promise<OpenExternalReply> {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { ok: false, message: `Not a link: ${url}` };
      }
      if (!ALLOWED_LINK_PROTOCOLS.has(parsed.protocol)) {
        return { ok: false, message: `Only web links open: ${url}` };
      }
      env.openUrl(parsed.href);
      return { ok: true };
    },

    async getState() {
      const snapshot = state();
      // The notice is said once, like the main process's.
      notice = null;
      return snapshot;
    },

    async updateSettings(patch): Promise<SettingsReply> {
      const result = updateSettings(settings, patch);
      if (!result.ok) return { ok: false, message: result.message };
      if (!save(result.settings)) {
        return { ok: false, message: 'This browser did not let the settings be saved.' };
      }
      return { ok: true, state: state() };
    },

    onShown(listener) {
      shownListeners.add(listener);
      return () => shownListeners.delete(listener);
    },

    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },

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
