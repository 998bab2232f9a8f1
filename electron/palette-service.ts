/**
 * What the app does, whoever asks (the window over IPC, the tray menu): copy a status in a
 * format, change settings, report the state. It holds the settings, the hotkey status and the
 * one-time notice, and tells its listeners (the window, the tray) after every change. Electron's
 * services arrive as arguments, so all of it runs in Node under test.
 */
import { copyText } from '../core/copy';
import type { AppState, CopyReply, HotkeyStatus, SettingsReply } from '../core/ipc';
import { entryByCode, type FormatId, type Kind } from '../core/registry';
import { updateSettings, withRecent, type Settings } from '../core/settings';
import { acceleratorProblem } from '../core/accelerator';
import type { HotkeyChange } from './hotkey';
import type { SettingsStore } from './settings-store';

export interface ClipboardService {
  writeText(text: string): void;
}

export interface PaletteServiceDeps {
  store: SettingsStore;
  clipboard: ClipboardService;
  hotkey: { status(): HotkeyStatus; change(accelerator: string): HotkeyChange };
  /** Turns launching at login on or off in the OS; throws with a reason when it cannot. */
  setLaunchAtLogin(enabled: boolean): Promise<void>;
  appVersion: string;
  notice: string | null;
  now?: () => number;
  log?: (message: string) => void;
}

export interface CopyAsk {
  code: number;
  /** When given (the window always gives it), it must match the registry's kind for the code. */
  kind?: Kind;
  format: FormatId;
}

export interface PaletteService {
  state(): AppState;
  /** Calls `listener` with the new state after every change; returns a function that stops it. */
  onChange(listener: (state: AppState) => void): () => void;
  copy(ask: CopyAsk): CopyReply;
  updateSettings(patch: unknown): Promise<SettingsReply>;
  /** The person has seen the notice (the window was shown and hidden again): forget it. */
  dismissNotice(): void;
  setNotice(notice: string): void;
}

export function createPaletteService(deps: PaletteServiceDeps): PaletteService {
  const { store, clipboard, hotkey, appVersion, now = Date.now, log = () => {} } = deps;
  let notice = deps.notice;
  const listeners = new Set<(state: AppState) => void>();

  const state = (): AppState => ({
    settings: store.get(),
    hotkey: hotkey.status(),
    notice,
    appVersion,
    host: 'electron',
  });

  function changed(): void {
    const snapshot = state();
    for (const listener of listeners) {
      try {
        listener(snapshot);
      } catch (error) {
        log(`state listener failed: ${String(error)}`);
      }
    }
  }

  function save(settings: Settings): void {
    void store.set(settings).then((result) => {
      if (!result.ok) {
        log(`settings: ${result.message}`);
        notice = result.message;
        changed();
      }
    });
  }

  return {
    state,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    copy(ask) {
      const entry = entryByCode(ask.code);
      if (!entry) return { ok: false, message: `${ask.code} is not a status in the registry` };
      if (ask.kind !== undefined && ask.kind !== entry.kind) {
        return { ok: false, message: `${ask.code} is a ${entry.kind} status, not ${ask.kind}` };
      }
      const settings = store.get();
      const outcome = copyText(entry, ask.format, { starlette: settings.starletteVersion });
      if (!outcome.ok) return { ok: false, message: outcome.message };
      try {
        clipboard.writeText(outcome.text);
      } catch (error) {
        return { ok: false, message: `Could not write to the clipboard: ${String(error)}` };
      }
      save(withRecent(settings, { code: entry.code, format: ask.format, at: Math.floor(now()) }));
      changed();
      return {
        ok: true,
        text: outcome.text,
        fellBackToNumber: outcome.fellBackToNumber,
        note: outcome.note,
      };
    },

    async updateSettings(patch) {
      const current = store.get();
      const result = updateSettings(current, patch);
      if (!result.ok) return { ok: false, message: result.message };
      const next = result.settings;

      // Asking for the same hotkey again retries it (after the app that held it has quit).
      const askedForHotkey = Object.hasOwn(patch as object, 'hotkey');
      const hotkeyMoves =
        askedForHotkey && (next.hotkey !== current.hotkey || !hotkey.status().registered);
      if (hotkeyMoves) {
        const problem = acceleratorProblem(next.hotkey);
        if (problem) return { ok: false, message: `hotkey: ${problem}` };
        const change = hotkey.change(next.hotkey);
        if (!change.ok) {
          changed();
          return { ok: false, message: change.message };
        }
      }
      if (next.launchAtLogin !== current.launchAtLogin) {
        try {
          await deps.setLaunchAtLogin(next.launchAtLogin);
        } catch (error) {
          if (hotkeyMoves) hotkey.change(current.hotkey);
          const verb = next.launchAtLogin ? 'turn on' : 'turn off';
          return {
            ok: false,
            message: `Could not ${verb} launch at login: ${(error as Error).message}`,
          };
        }
      }
      // Apply the patch to what is stored now: a copy may have recorded a recent during the await.
      const latest = updateSettings(store.get(), patch);
      save(latest.ok ? latest.settings : next);
      changed();
      return { ok: true, state: state() };
    },

    dismissNotice() {
      if (notice === null) return;
      notice = null;
      changed();
    },

    setNotice(message) {
      notice = message;
      changed();
    },
  };
}
