/**
 * What the app does, whoever asks (the window over IPC, the tray menu, a browser tab through the
 * web bridge): copy a status in a format with the Starlette-version rules, run the primary
 * action (copy and hide, or paste into the previous app), keep favourites and recents, change
 * settings with their validation, hold the one-time notice, and report the state to its
 * listeners after every change. Each host hands in its parts (where settings are kept, a
 * clipboard, hotkey registration, the login item, links, the window, a clock, and a paster
 * where the host can paste); the service holds every rule, the hosts none.
 */
import { copiedReply, copyText, type CopyOutcome } from './copy';
import { resolveAction } from './enter-action';
import {
  clip,
  type ActReply,
  type ActRequest,
  type AppState,
  type CopyReply,
  type HotkeyStatus,
  type OpenExternalReply,
  type OpenExternalRequest,
  type PasteCheck,
  type PrimaryAction,
  type ProjectStatus,
  type RequestHandlers,
  type SettingsPatch,
  type SettingsReply,
} from './ipc';
import { describeFolderVersion, type FolderVersion } from './project/folder-version';
import { entryByCode, type FormatId, type Kind } from './registry';
import { updateSettings, withRecent, type Settings } from './settings';

/** Where settings are kept: in memory at once, then on disk or in localStorage. */
export interface SettingsStorage {
  get(): Settings;
  /** Replaces the settings in memory at once and stores them; resolves when they are stored. */
  set(settings: Settings): Promise<{ ok: true } | { ok: false; message: string }>;
}

export interface Clipboard {
  /** Throws (or rejects) with a reason when the text could not be written. */
  writeText(text: string): void | Promise<void>;
}

export type HotkeyChange =
  { ok: true; status: HotkeyStatus } | { ok: false; message: string; status: HotkeyStatus };

export interface HotkeyRegistration {
  status(): HotkeyStatus;
  /** Why `accelerator` is not one this host understands, or null when it is. */
  problem(accelerator: string): string | null;
  /** Moves to `accelerator`; when it cannot be had, keeps the current one and says why. */
  change(accelerator: string): HotkeyChange;
}

export interface LoginItem {
  /** Turns launching at login on or off; throws (rejects) with a reason when it cannot. */
  set(enabled: boolean): Promise<void>;
}

export interface AppWindow {
  /** Hides the window after a primary action (the host tells the service when it hid). */
  hide(reason: 'escape' | 'copied'): void;
  /** Shows the window again as it was and gives it the focus (after a paste that keeps it open). */
  refocus(): void;
}

/** How a paste ended; the host's paster (electron/paste) gives these. */
export type PasteOutcome =
  | { kind: 'pasted' }
  /** On the clipboard only; `repeated`: the same reason was already reported. */
  | { kind: 'copied'; message: string; repeated: boolean }
  /** The clipboard refused the text, so nothing was pasted either. */
  | { kind: 'not-copied'; message: string };

/** A host that can paste into the app the person came from (the desktop app). */
export interface Paster {
  /**
   * Copies `text`, hides the window (the focus goes back to the previous app) and sends the
   * system's paste keystroke once. Never throws, never hangs: a failure ends in the copy.
   */
  paste(text: string, options: { restoreClipboard: boolean }): Promise<PasteOutcome>;
  /** Whether pasting works now, and with what, or why not. */
  check(): PasteCheck;
  /** The person turned paste on: ask the system for what it needs (macOS: Accessibility). */
  enable(): void;
}

/**
 * The project folder the Starlette version is read from, where the host has one (the desktop
 * app; a browser tab has no folders to read).
 */
export interface ProjectFolderHost {
  /** Asks the person for a folder (the main process's dialog); null when they cancel. */
  pick(): Promise<string | null>;
  /** The version in that folder's own lock or requirements file, read with core/project. */
  read(folder: string): FolderVersion;
  /** Calls `changed` when the folder's files may have changed (no faster than once a second); returns stop. */
  watch(folder: string, changed: () => void): () => void;
}

/** What a browser tab answers when asked for a project folder. */
export const PROJECT_FOLDER_NEEDS_DESKTOP =
  'Detecting the Starlette version from a project folder needs the desktop app: a browser tab cannot read your files. Type the version instead.';

export interface AppParts {
  storage: SettingsStorage;
  clipboard: Clipboard;
  hotkey: HotkeyRegistration;
  loginItem: LoginItem;
  /** Opens a link the window asked for, after the host's own checks. */
  openLink(url: string): Promise<OpenExternalReply>;
  window: AppWindow;
  /** Absent where the host cannot read folders (a browser tab). */
  project?: ProjectFolderHost;
  /** Absent where the host cannot paste (a browser tab): paste then falls back to copy. */
  paster?: Paster;
  /**
   * Tells the person something the hidden window cannot (a system notification): a paste that
   * was only a copy. Without it, the message goes in the reply only.
   */
  tell?: (message: string) => void;
  /** Epoch milliseconds. */
  now(): number;
  host: AppState['host'];
  appVersion: string;
  /** What to tell the person once at start (a damaged settings file), or null. */
  notice: string | null;
  log?: (message: string) => void;
}

export interface CopyAsk {
  code: number;
  /** When given (the window always gives it), it must match the registry's kind for the code. */
  kind?: Kind;
  format: FormatId;
}

export interface AppService extends RequestHandlers {
  state(): AppState;
  getState(): AppState;
  copy(ask: CopyAsk): Promise<CopyReply>;
  /** Enter, Shift+Enter or Ctrl/Cmd+Enter on a status (the tray's items: "primary"). */
  primary(request: CopyAsk & Pick<ActRequest, 'action'>): Promise<ActReply>;
  checkPaste(): PasteCheck;
  hide(): undefined;
  openExternal(request: OpenExternalRequest): Promise<OpenExternalReply>;
  updateSettings(patch: SettingsPatch): Promise<SettingsReply>;
  /** Calls `listener` with the new state after every change; returns a function that stops it. */
  onChange(listener: (state: AppState) => void): () => void;
  /** The window hid after being shown: the person has seen the notice, so forget it. */
  windowHidden(): void;
  setNotice(notice: string): void;
  /** The stored settings changed outside the service (another browser tab): tell the listeners. */
  storageChanged(): void;
}

/** What the primary action is under these settings. */
export function primaryAction(settings: Settings): PrimaryAction {
  return settings.primaryAction === 'paste' ? 'paste' : 'copy-and-hide';
}

/** What a browser tab says when asked to paste: it copies instead. */
export const PASTE_NEEDS_DESKTOP =
  'Copied, not pasted: a browser tab cannot paste into another app (the desktop app can). Press Ctrl+V (Cmd+V on a Mac) where the text should go.';

function reason(error: unknown): string {
  return clip(error instanceof Error ? error.message : String(error));
}

export function createAppService(parts: AppParts): AppService {
  const { storage, clipboard, hotkey, now, log = () => {} } = parts;
  let notice = parts.notice;
  let toldNoPaste = false;
  const listeners = new Set<(state: AppState) => void>();
  let project: ProjectStatus | null = null;
  let stopWatching: (() => void) | null = null;

  const state = (): AppState => {
    const settings = storage.get();
    return {
      settings,
      hotkey: hotkey.status(),
      notice,
      appVersion: parts.appVersion,
      host: parts.host,
      primaryAction: primaryAction(settings),
      project,
    };
  };

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

  /** A setting that could not be stored is still in use; the person is told through the notice. */
  function save(settings: Settings): void {
    void storage.set(settings).then((result) => {
      if (!result.ok) {
        log(`settings: ${result.message}`);
        notice = result.message;
        changed();
      }
    });
  }

  /** The text a copy of `ask` puts on the clipboard, or why there is none. */
  function textFor(
    ask: CopyAsk,
  ):
    | { ok: true; outcome: CopyOutcome & { ok: true }; code: number }
    | { ok: false; reply: CopyReply & { ok: false } } {
    const entry = entryByCode(ask.code);
    if (!entry) {
      return {
        ok: false,
        reply: { ok: false, message: `${ask.code} is not a status in the registry` },
      };
    }
    if (ask.kind !== undefined && ask.kind !== entry.kind) {
      const message = `${ask.code} is a ${entry.kind} status, not ${ask.kind}`;
      return { ok: false, reply: { ok: false, message } };
    }
    const outcome = copyText(entry, ask.format, { starlette: storage.get().starletteVersion });
    if (!outcome.ok) return { ok: false, reply: { ok: false, message: outcome.message } };
    return { ok: true, outcome, code: entry.code };
  }

  /** Records the copy in the recents; read the settings again, a change may have landed meanwhile. */
  function copied(code: number, format: FormatId): void {
    save(withRecent(storage.get(), { code, format, at: Math.floor(now()) }));
    changed();
  }

  async function copy(ask: CopyAsk): Promise<CopyReply> {
    const text = textFor(ask);
    if (!text.ok) return text.reply;
    try {
      await clipboard.writeText(text.outcome.text);
    } catch (error) {
      return { ok: false, message: `Could not write to the clipboard: ${reason(error)}` };
    }
    copied(text.code, ask.format);
    return copiedReply(text.outcome);
  }

  /** The paste of an act; the window is hidden by the paster, and shown again when it stays. */
  async function paste(ask: CopyAsk, hide: boolean): Promise<ActReply> {
    const { paster } = parts;
    if (!paster) {
      const reply = await copy(ask);
      if (!reply.ok) return reply;
      if (hide) parts.window.hide('copied');
      // The tab says it once: after that the person knows Enter copies here.
      const pasteProblem = toldNoPaste ? null : PASTE_NEEDS_DESKTOP;
      toldNoPaste = true;
      return { ...reply, pasted: false, pasteProblem };
    }
    const text = textFor(ask);
    if (!text.ok) return text.reply;
    const outcome = await paster.paste(text.outcome.text, {
      restoreClipboard: storage.get().restoreClipboard,
    });
    if (!hide) parts.window.refocus();
    if (outcome.kind === 'not-copied') return { ok: false, message: outcome.message };
    copied(text.code, ask.format);
    const pasteProblem = outcome.kind === 'copied' && !outcome.repeated ? outcome.message : null;
    // A window kept open shows the reply; a hidden one cannot, so the host says it.
    if (pasteProblem !== null && hide) parts.tell?.(pasteProblem);
    return { ...copiedReply(text.outcome), pasted: outcome.kind === 'pasted', pasteProblem };
  }

  async function act(request: CopyAsk & Pick<ActRequest, 'action'>): Promise<ActReply> {
    const { paste: pastes, hide } = resolveAction(primaryAction(storage.get()), request.action);
    if (pastes) return paste(request, hide);
    const reply = await copy(request);
    if (!reply.ok) return reply;
    if (hide) parts.window.hide('copied');
    return { ...reply, pasted: false, pasteProblem: null };
  }

  async function changeSettings(patch: SettingsPatch): Promise<SettingsReply> {
    const current = storage.get();
    const result = updateSettings(current, patch);
    if (!result.ok) return { ok: false, message: result.message };
    const next = result.settings;

    // Asking for the same hotkey again retries it (after the app that held it has quit).
    const hotkeyMoves =
      Object.hasOwn(patch, 'hotkey') &&
      (next.hotkey !== current.hotkey || !hotkey.status().registered);
    if (hotkeyMoves) {
      const problem = hotkey.problem(next.hotkey);
      if (problem) return { ok: false, message: `hotkey: ${problem}` };
      const change = hotkey.change(next.hotkey);
      if (!change.ok) {
        changed();
        return { ok: false, message: change.message };
      }
    }
    // Only now may the system ask for what pasting needs (the macOS prompt appears only once).
    if (next.primaryAction === 'paste' && current.primaryAction !== 'paste') parts.paster?.enable();
    if (next.launchAtLogin !== current.launchAtLogin) {
      try {
        await parts.loginItem.set(next.launchAtLogin);
      } catch (error) {
        if (hotkeyMoves) hotkey.change(current.hotkey);
        const verb = next.launchAtLogin ? 'turn on' : 'turn off';
        return { ok: false, message: `Could not ${verb} launch at login: ${reason(error)}` };
      }
    }
    // Apply the patch to what is stored now: a copy may have recorded a recent during the await.
    const latest = updateSettings(storage.get(), patch);
    let saved = latest.ok ? latest.settings : next;
    // A version typed by hand (or restored to the default) replaces the detected one.
    if (Object.hasOwn(patch, 'starletteVersion') && saved.projectFolder !== null) {
      forgetProject();
      saved = { ...saved, projectFolder: null };
    }
    save(saved);
    changed();
    return { ok: true, state: state() };
  }

  /**
   * Reads the picked folder again. A version found becomes the Starlette version; where none can
   * be read (the folder or its lock file is gone, the file does not parse), the last one stays
   * and the status says why.
   */
  function readProject(folder: string): FolderVersion | null {
    if (!parts.project) return null;
    const found = parts.project.read(folder);
    const last = project?.folder === folder ? project.detected : null;
    if (found.ok) {
      project = { folder, detected: describeFolderVersion(found), problem: null };
      const settings = storage.get();
      if (settings.starletteVersion !== found.version || settings.projectFolder !== folder)
        save({ ...settings, starletteVersion: found.version, projectFolder: folder });
    } else {
      project = { folder, detected: last, problem: found.problem };
    }
    return found;
  }

  function watchProject(folder: string): void {
    stopWatching?.();
    stopWatching =
      parts.project?.watch(folder, () => {
        // A change after the person moved on to another folder or stopped is not theirs any more.
        if (storage.get().projectFolder !== folder) return;
        readProject(folder);
        changed();
      }) ?? null;
  }

  function forgetProject(): void {
    stopWatching?.();
    stopWatching = null;
    project = null;
  }

  // A folder picked in an earlier run is read and watched again.
  const remembered = storage.get().projectFolder;
  if (remembered && parts.project) {
    readProject(remembered);
    watchProject(remembered);
  }

  return {
    state,
    getState: state,
    copy,

    async detectStarlette() {
      if (!parts.project) return { ok: false, message: PROJECT_FOLDER_NEEDS_DESKTOP };
      let folder: string | null;
      try {
        folder = await parts.project.pick();
      } catch (error) {
        return { ok: false, message: `Could not open the folder dialog: ${reason(error)}` };
      }
      if (folder === null) return { ok: true, state: state() };
      const previous = project;
      const found = readProject(folder);
      if (!found?.ok) {
        // Nothing to read there: keep what was in use before.
        project = previous;
        return {
          ok: false,
          message: `No Starlette version in the folder you picked: ${found ? found.problem : 'it cannot be read'}`,
        };
      }
      watchProject(folder);
      changed();
      return { ok: true, state: state() };
    },

    forgetProjectFolder() {
      forgetProject();
      if (storage.get().projectFolder !== null) save({ ...storage.get(), projectFolder: null });
      changed();
      return { ok: true, state: state() };
    },

    primary: act,
    checkPaste: () =>
      parts.paster?.check() ?? {
        canPaste: false,
        summary:
          'A browser tab cannot paste into another app: Enter copies here. The desktop app pastes.',
      },

    hide() {
      parts.window.hide('escape');
      return undefined;
    },
    openExternal: ({ url }) => parts.openLink(url),
    updateSettings: changeSettings,

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    windowHidden() {
      if (notice === null) return;
      notice = null;
      changed();
    },

    setNotice(message) {
      notice = message;
      changed();
    },

    storageChanged: changed,
  };
}
