/**
 * The global hotkey. `globalShortcut.register` fails silently (returns false) when another app
 * or the OS owns the key; this module turns every outcome into a HotkeyStatus that the tray and
 * the Preferences view can show, and never throws, so a taken key leaves the app running.
 */
import type { GlobalShortcut } from 'electron';
import type { HotkeyChange, HotkeyRegistration } from '../core/app-service';
import type { HotkeyStatus } from '../core/ipc';
import { describeAccelerator, keyboardPlatformOf } from '../core/accelerator';
import { acceleratorProblem } from '../core/hotkey-rules';

export type GlobalShortcutService = Pick<GlobalShortcut, 'register' | 'unregister'>;

export interface Hotkey extends HotkeyRegistration {
  /** Registers `accelerator` (at start-up), replacing whatever was registered before. */
  register(accelerator: string): HotkeyStatus;
  /** Moves to `accelerator`; when it cannot be had, keeps the current one and says why. */
  change(accelerator: string): HotkeyChange;
  status(): HotkeyStatus;
  unregister(): void;
}

export function createHotkey(options: {
  globalShortcut: GlobalShortcutService;
  platform: NodeJS.Platform;
  onPress: () => void;
  log?: (message: string) => void;
}): Hotkey {
  const { globalShortcut, onPress, log = () => {} } = options;
  const platform = keyboardPlatformOf(options.platform);
  let current: HotkeyStatus = {
    accelerator: '',
    registered: false,
    message: 'No hotkey registered yet.',
  };

  function attempt(accelerator: string): HotkeyStatus {
    // The window shows the accelerator with the same describeAccelerator, so a message and the
    // field beside it spell the key alike.
    const shown = describeAccelerator(accelerator, platform);
    const problem = acceleratorProblem(accelerator, platform);
    if (problem) {
      return {
        accelerator,
        registered: false,
        message: `${shown} cannot be the global hotkey: ${problem}.`,
      };
    }
    let registered: boolean;
    try {
      registered = globalShortcut.register(accelerator, onPress);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        accelerator,
        registered: false,
        message: `${shown} could not be registered: ${reason}.`,
      };
    }
    if (!registered) {
      return {
        accelerator,
        registered: false,
        message: `${shown} is already used by another app or by the system. Choose another shortcut in Preferences.`,
      };
    }
    return { accelerator, registered: true };
  }

  function release(status: HotkeyStatus): void {
    if (!status.registered) return;
    try {
      globalShortcut.unregister(status.accelerator);
    } catch (error) {
      log(`hotkey: could not unregister ${status.accelerator}: ${String(error)}`);
    }
  }

  return {
    register(accelerator) {
      release(current);
      current = attempt(accelerator);
      if (!current.registered) log(`hotkey: ${current.message}`);
      return current;
    },
    change(accelerator) {
      if (current.registered && current.accelerator === accelerator) {
        return { ok: true, status: current };
      }
      const previous = current;
      release(previous);
      const next = attempt(accelerator);
      if (next.registered) {
        current = next;
        return { ok: true, status: current };
      }
      // Keep the key the person had rather than leaving them with none.
      if (previous.registered) current = attempt(previous.accelerator);
      log(`hotkey: ${next.message}`);
      return { ok: false, message: next.message, status: current };
    },
    status: () => current,
    problem: acceleratorProblem,
    unregister() {
      release(current);
      current = {
        accelerator: current.accelerator,
        registered: false,
        message: 'The hotkey was released.',
      };
    },
  };
}
