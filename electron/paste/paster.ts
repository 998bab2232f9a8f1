/**
 * Paste into the app the user came from: the one entry point the app service calls when the
 * primary action is "paste".
 *
 *   const paster = createPaster({
 *     platform: process.platform, env: process.env, spawn, installed, clipboard,
 *     isTrusted: (prompt) => systemPreferences.isTrustedAccessibilityClient(prompt),
 *     hideApp: () => windowControl.hide('pasted'), // resolves once the window is hidden
 *                                                  // (unmapped on X11: 'hide' has fired)
 *     appPid: process.pid, log,
 *   });
 *   paster.enable();   // when the user turns paste on: macOS asks for Accessibility (once),
 *                      // Windows starts its helper
 *   paster.prepare();  // at startup when paste is already on: starts the Windows helper
 *   const outcome = await paster.paste(text, { restoreClipboard });
 *   // { kind: 'pasted', backend }, { kind: 'copied', reason, message, repeated },
 *   // or { kind: 'not-copied', message } when the clipboard refused the text
 *
 * paste() always copies first (the text stays on the clipboard whatever happens next), hides
 * the app (which gives the focus back to the previous app: app.hide() on macOS, the window
 * manager elsewhere), then sends the system's paste keystroke once through one helper process
 * with a time limit. It never throws and never retries: a failure ends in the copy and one
 * message that says what to do (`repeated` is true when the same reason was already reported,
 * so the caller can say it once). Calls are served one after another, never overlapping.
 * With `restoreClipboard`, the clipboard's previous text is put back after a successful paste,
 * once the target has had time to read it, unless something else was copied meanwhile.
 * Nothing here imports electron: every service is an argument.
 */
import { type Backend, type BackendChoice, chooseBackend } from './backend-choice';
import {
  type HelperCommand,
  MODIFIER_RELEASE_WAIT_MS,
  osascriptPaste,
  wtypePaste,
  xdotoolPaste,
} from './commands';
import { type HelperResult, runHelper, type Spawn } from './helper-process';
import { failureMessage, type PasteFailure } from './messages';
import { createWindowsHelper, type WindowsHelper } from './windows-helper';

/** Electron's clipboard (whose calls return promises) or a synchronous one in tests. */
export interface ClipboardText {
  readText(): string | Promise<string>;
  writeText(text: string): void | Promise<void>;
}

export interface PasterOptions {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  spawn: Spawn;
  /** Whether a helper program is on PATH (find-executable.ts's isOnPath in the app). */
  installed: (program: string) => boolean;
  clipboard: ClipboardText;
  /** systemPreferences.isTrustedAccessibilityClient; paste() only ever passes false. */
  isTrusted: (prompt: boolean) => boolean;
  /** Hides the app's window so the focus goes back to the previous app. */
  hideApp: () => void | Promise<void>;
  /** The process that owns the app's windows, so the helpers can tell them from the target's. */
  appPid: number;
  /** Time limit for each helper process (default 2000 ms). */
  timeoutMs?: number;
  /** Time limit for starting the Windows helper (default 15000 ms). */
  startTimeoutMs?: number;
  /** How long the target gets to read the clipboard before it is restored (default 500 ms). */
  restoreDelayMs?: number;
  log?: (line: string) => void;
  /** Waits; setTimeout in the app, instant in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export type PasteOutcome =
  | { kind: 'pasted'; backend: Backend }
  | { kind: 'copied'; reason: PasteFailure; message: string; repeated: boolean }
  /** The clipboard refused the text: nothing was pasted (it would paste the old clipboard). */
  | { kind: 'not-copied'; message: string };

export interface Paster {
  paste(text: string, options?: { restoreClipboard?: boolean }): Promise<PasteOutcome>;
  /** The backend this system would use now, or why it cannot paste (for Preferences). */
  check(): BackendChoice;
  /** The user turned paste on: ask for what it needs (the macOS prompt appears only once). */
  enable(): BackendChoice;
  /** Starts what the first paste would otherwise wait for (the Windows helper). */
  prepare(): void;
  dispose(): void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A helper's failure, in the words of the reason it stands for on that backend. */
export function classifyFailure(
  backend: Backend,
  result: Exclude<HelperResult, { ok: true }>,
): PasteFailure {
  if (result.failure === 'timeout') return 'timeout';
  if (result.failure === 'missing') {
    if (backend === 'xdotool') return 'xdotool-missing';
    if (backend === 'wtype') return 'wtype-missing';
    return 'helper-missing';
  }
  // The whole output: xdotool prints its own line before the X error's, for one.
  const detail = `${result.detail}\n${result.output ?? ''}`;
  if (/no-target|still-foreground/.test(detail)) return 'no-target';
  switch (backend) {
    case 'xdotool':
      // getwindowfocus finds nothing focused: "XGetInputFocus returned the focused window of 1".
      if (/XGetInputFocus|BadWindow|xdo_get_focused_window/i.test(detail)) return 'no-target';
      if (/can't open display/i.test(detail)) return 'no-display';
      return 'failed';
    case 'wtype':
      if (/virtual keyboard protocol/i.test(detail)) return 'wayland-no-virtual-keyboard';
      if (/wayland connection failed/i.test(detail)) return 'no-display';
      return 'failed';
    case 'osascript':
      // "osascript is not allowed to send keystrokes. (1002)"; "Not authorized to send Apple
      // events to System Events. (-1743)".
      if (/not allowed to send keystrokes|\(1002\)|assistive access|-25211/i.test(detail)) {
        return 'accessibility-not-granted';
      }
      if (/not authori[sz]ed to send apple events|-1743/i.test(detail))
        return 'automation-not-granted';
      return 'failed';
    case 'sendinput':
      return /blocked/.test(detail) ? 'blocked' : 'failed';
  }
}

export function createPaster(options: PasterOptions): Paster {
  const timeoutMs = options.timeoutMs ?? 2000;
  const sleep = options.sleep ?? defaultSleep;
  const reported = new Set<string>();
  let windowsHelper: WindowsHelper | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const helper = () =>
    (windowsHelper ??= createWindowsHelper({
      spawn: options.spawn,
      env: options.env,
      appPid: options.appPid,
      startTimeoutMs: options.startTimeoutMs ?? 15_000,
      timeoutMs,
    }));

  const check = (): BackendChoice =>
    chooseBackend({
      platform: options.platform,
      env: options.env,
      installed: options.installed,
      accessibilityTrusted: () => options.isTrusted(false),
    });

  function copied(reason: PasteFailure, desktop?: string, detail?: string): PasteOutcome {
    const message = failureMessage(reason, { platform: options.platform, desktop, detail });
    const repeated = reported.has(reason);
    reported.add(reason);
    options.log?.(`paste: copied only (${reason}${detail ? `: ${detail}` : ''})`);
    return { kind: 'copied', reason, message, repeated };
  }

  const run = (command: HelperCommand) =>
    runHelper(options.spawn, command.command, command.args, { env: options.env, timeoutMs });

  /**
   * X11: the window manager gives the focus back a moment after the app's window is unmapped;
   * until then no window has it, and xdotool stops at `getwindowfocus`, before any key is sent.
   * So that case alone is tried again, until MODIFIER_RELEASE_WAIT_MS has passed: one process
   * per attempt, and at most one keystroke in all.
   */
  async function pasteX11(): Promise<HelperResult> {
    const until = Date.now() + MODIFIER_RELEASE_WAIT_MS;
    for (;;) {
      const result = await run(xdotoolPaste());
      if (result.ok || classifyFailure('xdotool', result) !== 'no-target') return result;
      if (Date.now() >= until) return result;
      await sleep(20);
    }
  }

  async function send(backend: Backend): Promise<HelperResult> {
    if (backend === 'sendinput') return helper().paste();
    if (backend === 'xdotool') return pasteX11();
    return run(backend === 'wtype' ? wtypePaste() : osascriptPaste(options.appPid));
  }

  async function pasteNow(text: string, restoreClipboard: boolean): Promise<PasteOutcome> {
    let previous: string;
    try {
      previous = restoreClipboard ? await options.clipboard.readText() : '';
    } catch {
      previous = '';
    }
    try {
      await options.clipboard.writeText(text);
    } catch (error) {
      options.log?.(`paste: the clipboard refused the text: ${(error as Error).message}`);
      return {
        kind: 'not-copied',
        message: 'Could not copy to the clipboard, so nothing was pasted. Try again.',
      };
    }
    let choice: BackendChoice;
    try {
      choice = check();
    } catch (error) {
      choice = { kind: 'copy-only', reason: 'unsupported-platform' };
      options.log?.(`paste: could not check the system: ${(error as Error).message}`);
    }
    try {
      await options.hideApp();
    } catch (error) {
      options.log?.(`paste: hiding the window failed: ${(error as Error).message}`);
    }
    if (choice.kind === 'copy-only') return copied(choice.reason, choice.desktop);

    const result = await send(choice.backend);
    if (!result.ok) {
      return copied(classifyFailure(choice.backend, result), undefined, result.detail);
    }
    // An empty previous text is no text (an image, a file list): putting '' back would lose it.
    if (restoreClipboard && previous !== '' && previous !== text) {
      await sleep(options.restoreDelayMs ?? 500);
      // A clipboard that fails now only loses the restore: the paste has happened.
      try {
        if ((await options.clipboard.readText()) === text) {
          await options.clipboard.writeText(previous);
        }
      } catch (error) {
        options.log?.(
          `paste: the previous clipboard text could not be restored: ${(error as Error).message}`,
        );
      }
    }
    return { kind: 'pasted', backend: choice.backend };
  }

  return {
    paste(text, pasteOptions = {}) {
      const run = queue.then(() => pasteNow(text, pasteOptions.restoreClipboard ?? false));
      queue = run.catch(() => undefined);
      return run.catch((error: Error) => copied('failed', undefined, error.message));
    },
    check,
    enable() {
      if (options.platform === 'darwin') options.isTrusted(true);
      const choice = check();
      if (choice.kind === 'paste' && choice.backend === 'sendinput') helper().prepare();
      return choice;
    },
    prepare() {
      const choice = check();
      if (choice.kind === 'paste' && choice.backend === 'sendinput') helper().prepare();
    },
    dispose() {
      windowsHelper?.dispose();
      windowsHelper = null;
    },
  };
}
