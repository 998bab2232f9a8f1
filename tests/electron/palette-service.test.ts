import { describe, expect, it } from 'vitest';
import type { AppState } from '../../core/ipc';
import { DEFAULT_HOTKEY, DEFAULT_SETTINGS, MAX_RECENTS, type Settings } from '../../core/settings';
import { createHotkey } from '../../electron/hotkey';
import { createPaletteService } from '../../electron/palette-service';
import type { SettingsStore } from '../../electron/settings-store';
import { FakeClipboard, FakeGlobalShortcut, recordingLog } from './fakes';

class MemoryStore implements SettingsStore {
  saved: Settings[] = [];
  failing = false;
  constructor(private current: Settings) {}
  get() {
    return this.current;
  }
  async set(settings: Settings) {
    this.current = settings;
    if (this.failing) return { ok: false as const, message: 'Could not save settings: EACCES' };
    this.saved.push(settings);
    return { ok: true as const };
  }
  async flushed() {}
}

function setup(options: { settings?: Partial<Settings>; notice?: string | null } = {}) {
  const store = new MemoryStore({ ...DEFAULT_SETTINGS, ...options.settings });
  const clipboard = new FakeClipboard();
  const globalShortcut = new FakeGlobalShortcut();
  const hotkey = createHotkey({ globalShortcut, platform: 'linux', onPress: () => {} });
  const loginItem: boolean[] = [];
  let loginFails = false;
  const { log, lines } = recordingLog();
  let clock = 1_700_000_000_000;
  const service = createPaletteService({
    store,
    clipboard,
    hotkey,
    setLaunchAtLogin: async (enabled) => {
      if (loginFails) throw new Error('the OS said no');
      loginItem.push(enabled);
    },
    appVersion: '1.2.3',
    notice: options.notice ?? null,
    now: () => (clock += 1000),
    log,
  });
  hotkey.register(store.get().hotkey);
  const states: AppState[] = [];
  service.onChange((state) => states.push(state));
  return {
    service,
    store,
    clipboard,
    globalShortcut,
    loginItem,
    states,
    lines,
    failLogin: () => (loginFails = true),
  };
}

describe('copying', () => {
  it('formats from the registry, writes the clipboard and records a recent', () => {
    const { service, clipboard, store, states } = setup();
    const reply = service.copy({ code: 404, kind: 'http', format: 'fastapi' });
    expect(reply).toEqual({
      ok: true,
      text: 'status.HTTP_404_NOT_FOUND',
      fellBackToNumber: false,
      note: null,
    });
    expect(clipboard.text).toBe('status.HTTP_404_NOT_FOUND');
    expect(store.get().recents[0]).toMatchObject({ code: 404, format: 'fastapi' });
    expect(states.at(-1)!.settings.recents[0]!.code).toBe(404);
  });

  it('uses the Starlette version setting', () => {
    const { service, clipboard } = setup({ settings: { starletteVersion: '0.47' } });
    service.copy({ code: 422, kind: 'http', format: 'fastapi' });
    expect(clipboard.text).toBe('status.HTTP_422_UNPROCESSABLE_ENTITY');
  });

  it('falls back to the number where a format has none, and says so', () => {
    const { service, clipboard } = setup();
    const reply = service.copy({ code: 1000, kind: 'websocket', format: 'go' });
    expect(reply).toMatchObject({ ok: true, text: '1000', fellBackToNumber: true });
    expect(clipboard.text).toBe('1000');
  });

  it('keeps at most ten recents, newest first, without duplicates', () => {
    const { service, store } = setup();
    const codes = [200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 200];
    for (const code of codes) service.copy({ code, format: 'number' });
    const recents = store.get().recents.map((r) => r.code);
    expect(recents).toHaveLength(MAX_RECENTS);
    expect(recents[0]).toBe(200);
    expect(new Set(recents).size).toBe(MAX_RECENTS);
  });

  it('refuses an unknown code or the wrong kind, touching nothing', () => {
    const { service, clipboard, store } = setup();
    expect(service.copy({ code: 299, format: 'fastapi' })).toMatchObject({ ok: false });
    expect(service.copy({ code: 1000, kind: 'http', format: 'fastapi' })).toEqual({
      ok: false,
      message: '1000 is a websocket status, not http',
    });
    expect(clipboard.text).toBe('');
    expect(store.saved).toEqual([]);
  });

  it('reports a clipboard that fails', () => {
    const { service, clipboard, store } = setup();
    clipboard.failing = true;
    expect(service.copy({ code: 404, format: 'fastapi' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/clipboard/),
    });
    expect(store.get().recents).toEqual([]);
  });

  it('turns a failed save into a notice instead of an error', async () => {
    const { service, store, states } = setup();
    store.failing = true;
    service.copy({ code: 404, format: 'fastapi' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(states.at(-1)!.notice).toMatch(/EACCES/);
  });
});

describe('settings', () => {
  it('applies a valid patch, saves it and broadcasts the state', async () => {
    const { service, store, states } = setup();
    const reply = await service.updateSettings({ copyFormat: 'rust', hideOnBlur: false });
    expect(reply.ok).toBe(true);
    expect(store.saved.at(-1)).toMatchObject({ copyFormat: 'rust', hideOnBlur: false });
    expect(states.at(-1)!.settings.copyFormat).toBe('rust');
  });

  it('refuses a bad patch whole', async () => {
    const { service, store } = setup();
    for (const patch of [
      { copyFormat: 'cobol' },
      { hideOnBlur: 'yes' },
      { favourites: Array.from({ length: 51 }, () => 200) },
      { hotkey: 'x'.repeat(101) },
      { starletteVersion: '9'.repeat(21) },
      { nope: 1 },
      null,
      'copyFormat=go',
    ]) {
      expect(await service.updateSettings(patch)).toMatchObject({ ok: false });
    }
    expect(store.saved).toEqual([]);
  });

  it('moves the hotkey, or keeps the old one and says why', async () => {
    const { service, globalShortcut } = setup();
    expect(await service.updateSettings({ hotkey: 'Ctrl+Shift+Space' })).toMatchObject({
      ok: true,
      state: { hotkey: { accelerator: 'Ctrl+Shift+Space', registered: true } },
    });
    globalShortcut.taken.add('Alt+Space');
    const taken = await service.updateSettings({ hotkey: 'Alt+Space' });
    expect(taken).toEqual({ ok: false, message: expect.stringMatching(/already used/) });
    expect(service.state().settings.hotkey).toBe('Ctrl+Shift+Space');
    expect(service.state().hotkey).toEqual({
      accelerator: 'Ctrl+Shift+Space',
      registered: true,
    });
  });

  it('refuses a hotkey Electron would not understand', async () => {
    const { service } = setup();
    expect(await service.updateSettings({ hotkey: 'Ctrl+Banana' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/hotkey: .*not a key/),
    });
  });

  it('other settings still change while the hotkey is taken', async () => {
    const { service, globalShortcut } = setup();
    globalShortcut.taken.add('Ctrl+Alt+K');
    await service.updateSettings({ hotkey: 'Ctrl+Alt+K' });
    expect((await service.updateSettings({ theme: 'dark' })).ok).toBe(true);
  });

  it('turns launch at login on and off through the OS', async () => {
    const { service, loginItem } = setup();
    await service.updateSettings({ launchAtLogin: true });
    await service.updateSettings({ launchAtLogin: false });
    expect(loginItem).toEqual([true, false]);
  });

  it('keeps a copy made while the OS was changing the login item', async () => {
    const { service, store } = setup();
    const pending = service.updateSettings({ launchAtLogin: true });
    service.copy({ code: 418, format: 'fastapi' });
    await pending;
    expect(store.get()).toMatchObject({ launchAtLogin: true, recents: [{ code: 418 }] });
  });

  it('keeps launch at login off when the OS refuses', async () => {
    const { service, failLogin } = setup();
    failLogin();
    expect(await service.updateSettings({ launchAtLogin: true })).toEqual({
      ok: false,
      message: 'Could not turn on launch at login: the OS said no',
    });
    expect(service.state().settings.launchAtLogin).toBe(false);
  });
});

describe('state', () => {
  it('reports everything the window needs', () => {
    const { service } = setup({ notice: 'Settings were repaired.' });
    expect(service.state()).toEqual({
      settings: DEFAULT_SETTINGS,
      hotkey: { accelerator: DEFAULT_HOTKEY, registered: true },
      notice: 'Settings were repaired.',
      appVersion: '1.2.3',
      host: 'electron',
    });
  });

  it('gives the notice once', () => {
    const { service, states } = setup({ notice: 'Settings were repaired.' });
    service.dismissNotice();
    expect(service.state().notice).toBeNull();
    expect(states).toHaveLength(1);
    service.dismissNotice();
    expect(states).toHaveLength(1);
  });

  it('a listener that throws does not stop the others', () => {
    const { service, states, lines } = setup();
    service.onChange(() => {
      throw new Error('window gone');
    });
    service.setNotice('hello');
    expect(states.at(-1)!.notice).toBe('hello');
    expect(lines.join()).toMatch(/window gone/);
  });
});
