import { describe, expect, it } from 'vitest';
import { createAppService } from '../../core/app-service';
import { DEFAULT_HOTKEY, DEFAULT_SETTINGS } from '../../core/settings';
import { createHotkey } from '../../electron/hotkey';
import { FakeGlobalShortcut, recordingLog } from './fakes';

function setup(platform: NodeJS.Platform = 'linux') {
  const globalShortcut = new FakeGlobalShortcut();
  const presses: number[] = [];
  const { log, lines } = recordingLog();
  const hotkey = createHotkey({
    globalShortcut,
    platform,
    onPress: () => presses.push(1),
    log,
  });
  return { globalShortcut, presses, hotkey, lines };
}

describe('hotkey', () => {
  it('registers the default and calls back when pressed', () => {
    const { globalShortcut, presses, hotkey } = setup();
    expect(hotkey.register(DEFAULT_HOTKEY)).toEqual({
      accelerator: DEFAULT_HOTKEY,
      registered: true,
    });
    globalShortcut.press(DEFAULT_HOTKEY);
    expect(presses).toHaveLength(1);
  });

  it('reports a key another app owns, and keeps running', () => {
    const { globalShortcut, hotkey, lines } = setup();
    globalShortcut.taken.add(DEFAULT_HOTKEY);
    const status = hotkey.register(DEFAULT_HOTKEY);
    expect(status.registered).toBe(false);
    expect(status).toMatchObject({
      message: expect.stringMatching(/Ctrl\+Alt\+Space is already used by another app/),
    });
    expect(hotkey.status()).toEqual(status);
    expect(lines.join('\n')).toMatch(/already used/);
  });

  it('names the key in its messages as the window shows it on that platform', () => {
    const { globalShortcut, hotkey } = setup('darwin');
    globalShortcut.taken.add(DEFAULT_HOTKEY);
    expect(hotkey.register(DEFAULT_HOTKEY)).toMatchObject({
      message: expect.stringMatching(/^⌥⌘Space is already used by another app/),
    });
    expect(hotkey.register('CommandOrControl+Space')).toMatchObject({
      registered: false,
      message:
        '⌘Space cannot be the global hotkey: ⌘Space opens Spotlight on macOS; as the global hotkey it would stop doing that.',
    });
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('refuses the systems’ own shortcuts before they reach Electron', () => {
    const { globalShortcut, hotkey } = setup('win32');
    expect(hotkey.register('Alt+F4')).toMatchObject({
      registered: false,
      message: expect.stringMatching(
        /^Alt\+F4 cannot be the global hotkey: Alt\+F4 closes the window/,
      ),
    });
    expect(hotkey.change('CommandOrControl+C')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Ctrl\+C is Copy on Windows and Linux/),
    });
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('turns a throwing register (unparsable key) into a status', () => {
    const { globalShortcut, hotkey } = setup();
    globalShortcut.throwOn = 'Ctrl+Alt+K';
    expect(hotkey.register('Ctrl+Alt+K')).toMatchObject({
      registered: false,
      message: expect.stringMatching(/could not be registered: Failed to parse/),
    });
  });

  it('refuses an invalid accelerator before it reaches Electron', () => {
    const { globalShortcut, hotkey } = setup();
    expect(hotkey.register('Ctrl+Banana')).toMatchObject({ registered: false });
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('moves to a free key and releases the old one', () => {
    const { globalShortcut, hotkey } = setup();
    hotkey.register(DEFAULT_HOTKEY);
    const change = hotkey.change('Ctrl+Shift+Space');
    expect(change).toEqual({
      ok: true,
      status: { accelerator: 'Ctrl+Shift+Space', registered: true },
    });
    expect([...globalShortcut.registered.keys()]).toEqual(['Ctrl+Shift+Space']);
  });

  it('keeps the old key when the new one is taken', () => {
    const { globalShortcut, hotkey } = setup();
    hotkey.register(DEFAULT_HOTKEY);
    globalShortcut.taken.add('Ctrl+Shift+Space');
    const change = hotkey.change('Ctrl+Shift+Space');
    expect(change.ok).toBe(false);
    expect(change.status).toEqual({ accelerator: DEFAULT_HOTKEY, registered: true });
    expect([...globalShortcut.registered.keys()]).toEqual([DEFAULT_HOTKEY]);
  });

  it('retries a key that was taken at start-up once it is free', () => {
    const { globalShortcut, hotkey } = setup();
    globalShortcut.taken.add(DEFAULT_HOTKEY);
    hotkey.register(DEFAULT_HOTKEY);
    globalShortcut.taken.clear();
    expect(hotkey.change(DEFAULT_HOTKEY).ok).toBe(true);
    expect(hotkey.status().registered).toBe(true);
  });

  it('changing to the registered key is a no-op', () => {
    const { globalShortcut, hotkey } = setup();
    hotkey.register(DEFAULT_HOTKEY);
    expect(hotkey.change(DEFAULT_HOTKEY).ok).toBe(true);
    expect(globalShortcut.registered.size).toBe(1);
  });

  it('unregisters', () => {
    const { globalShortcut, hotkey } = setup();
    hotkey.register(DEFAULT_HOTKEY);
    hotkey.unregister();
    expect(globalShortcut.registered.size).toBe(0);
    expect(hotkey.status().registered).toBe(false);
  });
});

describe("as the app service's hotkey part", () => {
  function serviceWith(hotkey: ReturnType<typeof createHotkey>) {
    let settings = { ...DEFAULT_SETTINGS };
    return createAppService({
      storage: { get: () => settings, set: async (next) => ((settings = next), { ok: true }) },
      clipboard: { writeText: () => {} },
      hotkey,
      loginItem: { set: async () => {} },
      openLink: async () => ({ ok: true }),
      window: { hide: () => {}, refocus: () => {} },
      now: () => 0,
      host: 'electron',
      appVersion: '0',
      notice: null,
    });
  }

  it('moves the hotkey, or keeps the old one and says why', async () => {
    const { globalShortcut, hotkey } = setup();
    hotkey.register(DEFAULT_HOTKEY);
    const service = serviceWith(hotkey);
    expect(await service.updateSettings({ hotkey: 'Ctrl+Shift+Space' })).toMatchObject({
      ok: true,
      state: { hotkey: { accelerator: 'Ctrl+Shift+Space', registered: true } },
    });
    globalShortcut.taken.add('Alt+Space');
    const taken = await service.updateSettings({ hotkey: 'Alt+Space' });
    expect(taken).toEqual({ ok: false, message: expect.stringMatching(/already used/) });
    expect(service.state().settings.hotkey).toBe('Ctrl+Shift+Space');
    expect(service.state().hotkey).toEqual({ accelerator: 'Ctrl+Shift+Space', registered: true });
    expect([...globalShortcut.registered.keys()]).toEqual(['Ctrl+Shift+Space']);
  });

  it('refuses a hotkey Electron would not understand', async () => {
    const { hotkey } = setup();
    hotkey.register(DEFAULT_HOTKEY);
    expect(await serviceWith(hotkey).updateSettings({ hotkey: 'Ctrl+Banana' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/hotkey: .*not a key/),
    });
  });
});
