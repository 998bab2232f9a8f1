/**
 * Typed fakes of the Electron services the main-process modules take as arguments. Each records
 * what was done to it, so tests assert on behaviour without an Electron binary.
 */
import type { GlobalShortcutService } from '../../electron/hotkey';
import type { ControlledWindow } from '../../electron/palette-window';
import type { TrayLike } from '../../electron/tray';
import type { Rect } from '../../electron/window-placement';

export class FakeGlobalShortcut implements GlobalShortcutService {
  /** Accelerators another app owns: register() returns false for them, as Electron does. */
  readonly taken = new Set<string>();
  readonly registered = new Map<string, () => void>();
  throwOn: string | null = null;

  register(accelerator: string, callback: () => void): boolean {
    if (accelerator === this.throwOn) throw new Error('Failed to parse accelerator');
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  press(accelerator: string): void {
    const callback = this.registered.get(accelerator);
    if (!callback) throw new Error(`${accelerator} is not registered`);
    callback();
  }
}

export class FakeWindow implements ControlledWindow {
  visible = false;
  destroyed = false;
  focused = false;
  bounds: Partial<Rect> | null = null;
  readonly calls: string[] = [];
  readonly sent: { channel: string; payload: unknown }[] = [];
  /** Listeners of the 'hide' event; Electron emits it once the window is hidden. */
  hideListeners = new Set<() => void>();
  /** False: 'hide' fires only when emitHide() is called (a window manager that is slow). */
  hideEventAtOnce = true;
  readonly webContents = {
    send: (channel: string, payload: unknown) => {
      this.sent.push({ channel, payload });
    },
  };

  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.calls.push('show');
    this.visible = true;
  }
  hide(): void {
    this.calls.push('hide');
    this.visible = false;
    this.focused = false;
    if (this.hideEventAtOnce) this.emitHide();
  }
  emitHide(): void {
    const listeners = [...this.hideListeners];
    this.hideListeners.clear();
    for (const listener of listeners) listener();
  }
  once(_event: 'hide', listener: () => void): void {
    this.hideListeners.add(listener);
  }
  removeListener(_event: 'hide', listener: () => void): void {
    this.hideListeners.delete(listener);
  }
  focus(): void {
    this.calls.push('focus');
    this.focused = true;
  }
  setBounds(bounds: Partial<Rect>): void {
    this.calls.push('setBounds');
    this.bounds = bounds;
  }
}

export interface FakeMenu {
  id: number;
}

export class FakeTray implements TrayLike<FakeMenu> {
  contextMenu: FakeMenu | null = null;
  toolTip = '';
  readonly poppedUp: (FakeMenu | undefined)[] = [];
  ignoresDoubleClicks = false;
  readonly listeners = new Map<string, () => void>();

  setContextMenu(menu: FakeMenu | null): void {
    this.contextMenu = menu;
  }
  popUpContextMenu(menu?: FakeMenu): void {
    this.poppedUp.push(menu);
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setIgnoreDoubleClickEvents(ignore: boolean): void {
    this.ignoresDoubleClicks = ignore;
  }
  on(event: 'click' | 'right-click', listener: () => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  emit(event: 'click' | 'right-click'): void {
    this.listeners.get(event)?.();
  }
}

export class FakeClipboard {
  text = '';
  failing = false;
  writeText(text: string): void {
    if (this.failing) throw new Error('clipboard unavailable');
    this.text = text;
  }
}

/** A log that tests can read. */
export function recordingLog(): { log: (message: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { log: (message) => lines.push(message), lines };
}
