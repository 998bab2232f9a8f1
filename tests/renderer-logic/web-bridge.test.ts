import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import {
  createWebBridge,
  SETTINGS_KEY,
  WEB_HOTKEY_MESSAGE,
  type WebEnvironment,
} from '../../renderer/src/bridge/web-bridge';

function environment(stored: string | null = null) {
  const storage = new Map<string, string>();
  if (stored !== null) storage.set(SETTINGS_KEY, stored);
  const clipboard: string[] = [];
  const opened: string[] = [];
  const env: WebEnvironment = {
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
    writeClipboard: async (text) => void clipboard.push(text),
    openUrl: (url) => void opened.push(url),
    now: () => 1_700_000_000_000,
    appVersion: '1.2.3',
  };
  return { env, storage, clipboard, opened };
}

describe('copy', () => {
  test('formats through core/copy, writes the clipboard and records a recent', async () => {
    const { env, clipboard, storage } = environment();
    const bridge = createWebBridge(env);
    const reply = await bridge.copy({ code: 404, kind: 'http', format: 'go' });
    expect(reply).toEqual({
      ok: true,
      text: 'http.StatusNotFound',
      fellBackToNumber: false,
      note: null,
    });
    expect(clipboard).toEqual(['http.StatusNotFound']);
    const saved = JSON.parse(storage.get(SETTINGS_KEY)!);
    expect(saved.recents).toEqual([{ code: 404, format: 'go', at: 1_700_000_000_000 }]);
  });

  test('copies names as the configured Starlette version has them', async () => {
    const { env, clipboard } = environment(JSON.stringify({ starletteVersion: '0.47' }));
    await createWebBridge(env).copy({ code: 422, kind: 'http', format: 'fastapi' });
    expect(clipboard).toEqual(['status.HTTP_422_UNPROCESSABLE_ENTITY']);
  });

  test('refuses what is not a copy request, and a code of another kind', async () => {
    const { env, clipboard } = environment();
    const bridge = createWebBridge(env);
    const bad = { code: 404, kind: 'http', format: 'go', text: 'rm -rf /' };
    expect(await bridge.copy(bad as never)).toEqual({
      ok: false,
      message: expect.stringMatching(/^copy refused: /),
    });
    expect(await bridge.primary({ hide: true } as never)).toMatchObject({ ok: false });
    expect(await bridge.copy({ code: 404, kind: 'websocket', format: 'go' })).toEqual({
      ok: false,
      message: '404 is a http status, not websocket',
    });
    expect(clipboard).toEqual([]);
  });

  test('reports a clipboard the browser refused', async () => {
    const { env } = environment();
    env.writeClipboard = () => Promise.reject(new Error('Document is not focused.'));
    const reply = await createWebBridge(env).copy({
      code: 200,
      kind: 'http',
      format: 'fastapi',
    });
    expect(reply).toEqual({
      ok: false,
      message: 'Could not write to the clipboard: Document is not focused.',
    });
  });

  test('the primary action, and hide(), show the "would hide" state; show() ends it', async () => {
    const { env, clipboard } = environment();
    const bridge = createWebBridge(env);
    const hidden = vi.fn();
    const shown = vi.fn();
    bridge.onHiddenChange(hidden);
    bridge.onShown(shown);
    await bridge.copy({ code: 201, kind: 'http', format: 'fastapi' });
    expect(hidden).not.toHaveBeenCalled();
    await bridge.primary({ code: 200, kind: 'http', format: 'fastapi', action: 'primary' });
    expect(clipboard).toEqual(['status.HTTP_201_CREATED', 'status.HTTP_200_OK']);
    await bridge.hide();
    bridge.show();
    expect(hidden.mock.calls).toEqual([[true], [true], [false]]);
    expect(shown).toHaveBeenCalledWith({ view: 'search' });
  });
});

describe('settings', () => {
  test('start from the defaults, and the hotkey is honestly not registered', async () => {
    const state = await createWebBridge(environment().env).getState();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.hotkey).toEqual({
      accelerator: DEFAULT_SETTINGS.hotkey,
      registered: false,
      message: WEB_HOTKEY_MESSAGE,
    });
    expect(state).toMatchObject({ host: 'web', appVersion: '1.2.3', notice: null });
  });

  test('are saved, announced, and survive a new bridge (a reload)', async () => {
    const { env } = environment();
    const bridge = createWebBridge(env);
    const states = vi.fn();
    bridge.onState(states);
    const reply = await bridge.updateSettings({ theme: 'dark', favourites: [418] });
    expect(reply.ok).toBe(true);
    expect(states).toHaveBeenCalledTimes(1);
    const again = await createWebBridge(env).getState();
    expect(again.settings).toMatchObject({ theme: 'dark', favourites: [418] });
  });

  test('keys a newer version stored are written back as they were', async () => {
    const { env, storage } = environment(
      JSON.stringify({ theme: 'dark', fromTheFuture: { a: 1 } }),
    );
    const bridge = createWebBridge(env);
    expect((await bridge.getState()).notice).toBeNull();
    expect((await bridge.updateSettings({ hideOnBlur: false })).ok).toBe(true);
    const saved = JSON.parse(storage.get(SETTINGS_KEY)!);
    expect(saved).toMatchObject({ theme: 'dark', hideOnBlur: false, fromTheFuture: { a: 1 } });
  });

  test('a wrong update is refused whole', async () => {
    const bridge = createWebBridge(environment().env);
    const reply = await bridge.updateSettings({ theme: 'neon' as never, hideOnBlur: false });
    expect(reply.ok).toBe(false);
    expect((await bridge.getState()).settings.hideOnBlur).toBe(true);
  });

  test('damaged storage keeps what it can and says so until the window hides', async () => {
    const { env } = environment(JSON.stringify({ theme: 'dark', copyFormat: 'cobol' }));
    const bridge = createWebBridge(env);
    const first = await bridge.getState();
    expect(first.settings).toMatchObject({ theme: 'dark', copyFormat: 'fastapi' });
    expect(first.notice).toMatch(/^Some of your settings were not valid .*\(copyFormat/);
    expect((await bridge.getState()).notice).toBe(first.notice);
    await bridge.hide();
    expect((await bridge.getState()).notice).toBeNull();
    const unreadable = await createWebBridge(environment('{not json').env).getState();
    expect(unreadable.notice).toMatch(/^Your saved settings could not be read \(.*JSON/);
  });

  test('storage that throws leaves the window working', async () => {
    const { env } = environment();
    env.storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const bridge = createWebBridge(env);
    const first = await bridge.getState();
    expect(first.settings).toEqual(DEFAULT_SETTINGS);
    expect(first.notice).toBe('This browser refused localStorage.');
    // As in the app: the change holds for this session, and the person is told it was not kept.
    expect(await bridge.updateSettings({ theme: 'light' })).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await bridge.getState()).toMatchObject({
      settings: { theme: 'light' },
      notice: 'This browser did not let the settings be saved.',
    });
    expect((await bridge.copy({ code: 200, kind: 'http', format: 'number' })).ok).toBe(true);
  });
});

test('opens web links only', async () => {
  const { env, opened } = environment();
  const bridge = createWebBridge(env);
  const open = (url: string) => bridge.openExternal({ url });
  expect(await open('https://www.rfc-editor.org/rfc/rfc9110')).toEqual({ ok: true });
  expect((await open('javascript:alert(1)')).ok).toBe(false);
  expect((await open('file:///etc/passwd')).ok).toBe(false);
  expect((await open('not a url')).ok).toBe(false);
  expect(await open(`https://${'a'.repeat(3000)}`)).toMatchObject({
    ok: false,
    message: /^link refused/,
  });
  expect(opened).toEqual(['https://www.rfc-editor.org/rfc/rfc9110']);
});

describe('a project folder', () => {
  test('needs the desktop app: the tab says so and reads nothing, even a folder kept in settings', async () => {
    const { env } = environment(
      JSON.stringify({ projectFolder: '/home/me/api', starletteVersion: '0.47' }),
    );
    const bridge = createWebBridge(env);
    expect(await bridge.detectStarlette()).toEqual({
      ok: false,
      message: expect.stringContaining('needs the desktop app'),
    });
    const state = await bridge.getState();
    expect(state.project).toBeNull();
    expect(state.settings.starletteVersion).toBe('0.47');
  });
});
