import { describe, expect, it } from 'vitest';
import {
  BLUR_TOGGLE_GRACE_MS,
  HIDE_SETTLE_MS,
  PALETTE_WINDOW_SIZE,
  controlWindow,
  paletteWindowOptions,
  type HideReason,
} from '../../electron/palette-window';
import { FakeWindow } from './fakes';

describe('palette window options', () => {
  const options = paletteWindowOptions({ platform: 'linux' });

  it('is created hidden, frameless, out of the taskbar and on top', () => {
    expect(options).toMatchObject({
      show: false,
      frame: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      resizable: false,
      fullscreenable: false,
      ...PALETTE_WINDOW_SIZE,
    });
    // Set by electron/main.ts; tests/electron/main-smoke.test.ts checks them on the built app.
    expect(options).not.toHaveProperty('webPreferences');
  });

  it('hides from Mission Control on macOS', () => {
    expect(paletteWindowOptions({ platform: 'darwin' }).hiddenInMissionControl).toBe(true);
  });
});

function setup(options: { hideOnBlur?: boolean } = {}) {
  const window = new FakeWindow();
  let clock = 1_000;
  const events: string[] = [];
  const hidden: HideReason[] = [];
  const controller = controlWindow({
    window,
    platform: 'darwin',
    place: () => ({ x: 10, y: 20, width: 680, height: 440 }),
    hideOnBlur: () => options.hideOnBlur ?? true,
    activateApp: () => events.push('activate'),
    returnFocus: () => events.push('returnFocus'),
    onHidden: (reason) => hidden.push(reason),
    now: () => clock,
  });
  return { window, controller, events, hidden, tick: (ms: number) => (clock += ms) };
}

describe('show and hide rules', () => {
  it('shows placed under the cursor, focused, and tells the renderer', () => {
    const { window, controller, events } = setup();
    controller.show('preferences');
    expect(window.calls).toEqual(['setBounds', 'show', 'focus']);
    expect(window.bounds).toEqual({ x: 10, y: 20, width: 680, height: 440 });
    expect(events).toEqual(['activate']);
    expect(window.sent).toEqual([
      { channel: 'status-palette:shown', payload: { view: 'preferences' } },
    ]);
  });

  it('does not move a window that is already shown, but focuses it and re-sends', () => {
    const { window, controller } = setup();
    controller.show();
    controller.show();
    expect(window.calls.filter((c) => c === 'setBounds')).toHaveLength(1);
    expect(window.sent).toHaveLength(2);
    expect(window.sent[1]!.payload).toEqual({ view: 'search' });
  });

  it('Esc and copy hide and give focus back', () => {
    const { window, controller, events, hidden } = setup();
    controller.show();
    controller.hide('escape');
    expect(window.visible).toBe(false);
    expect(events).toEqual(['activate', 'returnFocus']);
    controller.show();
    controller.hide('copied');
    expect(hidden).toEqual(['escape', 'copied']);
  });

  it('hides on blur when the setting says so, without taking focus back', () => {
    const { window, controller, events, hidden } = setup();
    controller.show();
    controller.blurred();
    expect(window.visible).toBe(false);
    expect(events).toEqual(['activate']);
    expect(hidden).toEqual(['blur']);
  });

  it('stays on blur when hideOnBlur is off', () => {
    const { window, controller } = setup({ hideOnBlur: false });
    controller.show();
    controller.blurred();
    expect(window.visible).toBe(true);
  });

  it('toggles from the tray, ignoring the click that just blurred it away', () => {
    const { window, controller, tick } = setup();
    controller.toggle();
    expect(window.visible).toBe(true);
    controller.toggle();
    expect(window.visible).toBe(false);

    controller.show();
    controller.blurred(); // the tray click blurs the window first...
    tick(50);
    controller.toggle(); // ...then arrives as a click: it meant "hide"
    expect(window.visible).toBe(false);
    tick(BLUR_TOGGLE_GRACE_MS + 1);
    controller.toggle();
    expect(window.visible).toBe(true);
  });

  it('hiding a hidden window does nothing', () => {
    const { window, controller, hidden } = setup();
    controller.hide('escape');
    expect(window.calls).toEqual([]);
    expect(hidden).toEqual([]);
  });

  it('leaves a destroyed window alone', () => {
    const { window, controller } = setup();
    window.destroyed = true;
    controller.show();
    controller.toggle();
    controller.hide('escape');
    expect(window.calls).toEqual([]);
  });
});

describe('around a paste', () => {
  it('hides, gives the focus back, and resolves once the window is hidden', async () => {
    const { window, controller, events, hidden } = setup();
    controller.show();
    window.hideEventAtOnce = false;
    let settled = false;
    const hiding = controller.hideForPaste().then(() => (settled = true));
    expect(window.visible).toBe(false);
    expect(events).toEqual(['activate', 'returnFocus']);
    expect(hidden).toEqual(['pasted']);
    await Promise.resolve();
    expect(settled).toBe(false);
    window.emitHide();
    await hiding;
    expect(settled).toBe(true);
    expect(window.hideListeners.size).toBe(0);
  });

  it('does not wait for a hide event that never comes', async () => {
    const { window, controller } = setup();
    controller.show();
    window.hideEventAtOnce = false;
    const started = Date.now();
    await controller.hideForPaste();
    expect(Date.now() - started).toBeGreaterThanOrEqual(HIDE_SETTLE_MS - 20);
    expect(window.hideListeners.size).toBe(0);
  });

  it('resolves at once when the window is already hidden (a paste from the tray)', async () => {
    const { window, controller, hidden } = setup();
    await controller.hideForPaste();
    expect(window.calls).toEqual([]);
    expect(hidden).toEqual([]);
  });

  it('comes back where it was, focused, without starting a new look-up', () => {
    const { window, controller, events } = setup();
    controller.show();
    controller.hide('pasted');
    window.calls.length = 0;
    window.sent.length = 0;
    controller.refocus();
    expect(window.calls).toEqual(['show', 'focus']);
    expect(window.sent).toEqual([]);
    expect(events.at(-1)).toBe('activate');
  });
});
