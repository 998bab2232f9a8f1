/**
 * The palette window: created hidden at start-up and kept warm, so the hotkey only has to place
 * and show it. Frameless, out of the taskbar and the dock, on top while shown. Hidden on Esc
 * (the renderer calls bridge.hide()), after a copy or before a paste, and on blur when the
 * setting says so.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { View } from '../core/ipc';
import { sendEvent, type EventReceiver } from './ipc-handlers';
import type { Rect, Size } from './window-placement';

export const PALETTE_WINDOW_SIZE: Readonly<Size> = { width: 680, height: 440 };

/** Everything but webPreferences, which electron/main.ts spells out for the security scan. */
export function paletteWindowOptions(options: {
  platform: NodeJS.Platform;
}): BrowserWindowConstructorOptions {
  return {
    ...PALETTE_WINDOW_SIZE,
    title: 'Status Palette',
    show: false,
    frame: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    // Paint while hidden so that the first show is instant.
    paintWhenInitiallyHidden: true,
    ...(options.platform === 'darwin' ? { hiddenInMissionControl: true } : {}),
  };
}

/** The part of `BrowserWindow` the controller drives: Electron's own window satisfies it. */
export interface ControlledWindow {
  isVisible(): boolean;
  isDestroyed(): boolean;
  show(): void;
  hide(): void;
  focus(): void;
  setBounds(bounds: Partial<Rect>): void;
  once(event: 'hide', listener: () => void): unknown;
  removeListener(event: 'hide', listener: () => void): unknown;
  webContents: EventReceiver;
}

export type HideReason = 'escape' | 'copied' | 'pasted' | 'toggle' | 'blur';

/**
 * How long a paste waits for the window's 'hide' event at most. On X11 the window is unmapped
 * a moment after hide(); a keystroke sent before would land in it.
 */
export const HIDE_SETTLE_MS = 250;

export interface WindowController {
  show(view?: View): void;
  hide(reason: HideReason): void;
  /** Hides the window before a paste; resolves once it is hidden (or after HIDE_SETTLE_MS). */
  hideForPaste(): Promise<void>;
  /** Shows the window again where it was, focused, without starting a new look-up. */
  refocus(): void;
  /** The tray icon's left click. */
  toggle(): void;
  /** Wire to the window's 'blur' event. */
  blurred(): void;
}

/**
 * A click on the tray icon first blurs the window (which hides it) and then arrives as a click
 * (which would show it again); a toggle this soon after a blur-hide is taken as the hide it meant.
 * The same race menubar handles (max-mapper/menubar, Menubar.ts, "_blurTimeout").
 */
export const BLUR_TOGGLE_GRACE_MS = 300;

export function controlWindow(options: {
  window: ControlledWindow;
  platform: NodeJS.Platform;
  /** Where the window goes now: the display under the cursor (electron/window-placement.ts). */
  place: () => Rect;
  hideOnBlur: () => boolean;
  /** Brings the app forward; macOS needs it for an app without a dock icon to get key focus. */
  activateApp: () => void;
  /** Gives focus back to the app that had it (macOS: app.hide()); elsewhere the OS does it. */
  returnFocus: () => void;
  onHidden?: (reason: HideReason) => void;
  now?: () => number;
}): WindowController {
  const { window, place, now = Date.now } = options;
  let blurHiddenAt = -Infinity;

  const usable = () => !window.isDestroyed();

  function hide(reason: HideReason): void {
    if (!usable() || !window.isVisible()) return;
    window.hide();
    if (reason === 'blur') blurHiddenAt = now();
    // After a blur, focus is already elsewhere: taking it back would steal it from that app.
    else options.returnFocus();
    options.onHidden?.(reason);
  }

  function show(view: View = 'search'): void {
    if (!usable()) return;
    if (!window.isVisible()) window.setBounds(place());
    window.show();
    options.activateApp();
    window.focus();
    sendEvent(window.webContents, 'shown', { view });
  }

  function hideForPaste(): Promise<void> {
    if (!usable() || !window.isVisible()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.removeListener('hide', done);
        resolve();
      };
      const timer = setTimeout(done, HIDE_SETTLE_MS);
      window.once('hide', done);
      hide('pasted');
    });
  }

  return {
    show,
    hide,
    hideForPaste,
    refocus() {
      if (!usable()) return;
      window.show();
      options.activateApp();
      window.focus();
    },
    toggle() {
      if (!usable()) return;
      if (window.isVisible()) hide('toggle');
      else if (now() - blurHiddenAt > BLUR_TOGGLE_GRACE_MS) show('search');
    },
    blurred() {
      if (options.hideOnBlur()) hide('blur');
    },
  };
}
