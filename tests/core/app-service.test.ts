/**
 * The app service with in-memory parts: every rule of copying, the primary action, settings,
 * notices and state, as each host gets them. The hosts' adapters have thin tests of their own
 * (tests/electron/ipc-handlers.test.ts, tests/renderer-logic/web-bridge.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  createAppService,
  PASTE_NEEDS_DESKTOP,
  type HotkeyRegistration,
  type Paster,
  type PasteOutcome,
  type SettingsStorage,
} from '../../core/app-service';
import type { AppState, HotkeyStatus } from '../../core/ipc';
import { DEFAULT_HOTKEY, DEFAULT_SETTINGS, MAX_RECENTS, type Settings } from '../../core/settings';

class MemoryStorage implements SettingsStorage {
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
}

class MemoryClipboard {
  text = '';
  failing = false;
  writeText(text: string): void {
    if (this.failing) throw new Error('clipboard unavailable');
    this.text = text;
  }
}

/**
 * A paster that records what it was asked and answers with `next`: pasting for real needs a
 * desktop (test:paste does that); here what matters is what the service does with each outcome.
 * Like the real one it copies first, and it says `repeated` for a reason it already reported.
 */
class MemoryPaster implements Paster {
  readonly pastes: { text: string; restoreClipboard: boolean }[] = [];
  enabled = 0;
  next: PasteOutcome | { kind: 'copied'; message: string } = { kind: 'pasted' };
  readonly #reported = new Set<string>();
  constructor(
    private readonly clipboard: MemoryClipboard,
    private readonly events: string[],
  ) {}
  async paste(text: string, options: { restoreClipboard: boolean }): Promise<PasteOutcome> {
    this.pastes.push({ text, ...options });
    if (this.next.kind === 'not-copied') return this.next;
    this.clipboard.writeText(text);
    this.events.push('hide for the paste');
    if (this.next.kind === 'pasted') return this.next;
    const repeated = this.#reported.has(this.next.message);
    this.#reported.add(this.next.message);
    return { kind: 'copied', message: this.next.message, repeated };
  }
  check() {
    return { canPaste: true, summary: 'Pastes with a fake.' };
  }
  enable() {
    this.enabled++;
  }
}

/** A hotkey registration that refuses the accelerators in `taken` and anything with "Banana". */
class MemoryHotkey implements HotkeyRegistration {
  readonly taken = new Set<string>();
  current: HotkeyStatus;
  constructor(accelerator: string) {
    this.current = { accelerator, registered: true };
  }
  status() {
    return this.current;
  }
  problem(accelerator: string) {
    return accelerator.includes('Banana') ? '"Banana" is not a key' : null;
  }
  change(accelerator: string) {
    if (this.taken.has(accelerator)) {
      const message = `${accelerator} is already used by another app or by the system.`;
      return { ok: false as const, message, status: this.current };
    }
    this.current = { accelerator, registered: true };
    return { ok: true as const, status: this.current };
  }
}

function setup(
  options: { settings?: Partial<Settings>; notice?: string | null; canPaste?: boolean } = {},
) {
  const storage = new MemoryStorage({ ...DEFAULT_SETTINGS, ...options.settings });
  const clipboard = new MemoryClipboard();
  /** What the window and the paster were asked, in order: hides, refocuses, tells. */
  const events: string[] = [];
  const paster = new MemoryPaster(clipboard, events);
  const hotkey = new MemoryHotkey(storage.get().hotkey);
  const loginItem: boolean[] = [];
  const hides: string[] = [];
  const links: string[] = [];
  let loginFails = false;
  const lines: string[] = [];
  let clock = 1_700_000_000_000;
  const service = createAppService({
    storage,
    clipboard,
    hotkey,
    loginItem: {
      set: async (enabled) => {
        if (loginFails) throw new Error('the OS said no');
        loginItem.push(enabled);
      },
    },
    openLink: async (url) => {
      links.push(url);
      return { ok: true };
    },
    window: {
      hide: (reason) => {
        hides.push(reason);
        events.push(`hide: ${reason}`);
      },
      refocus: () => void events.push('refocus'),
    },
    ...(options.canPaste === false ? {} : { paster }),
    tell: (message) => void events.push(`tell: ${message}`),
    now: () => (clock += 1000),
    host: 'electron',
    appVersion: '1.2.3',
    notice: options.notice ?? null,
    log: (line) => void lines.push(line),
  });
  const states: AppState[] = [];
  service.onChange((state) => states.push(state));
  return {
    service,
    store: storage,
    clipboard,
    hotkey,
    loginItem,
    hides,
    events,
    paster,
    links,
    states,
    lines,
    failLogin: () => (loginFails = true),
  };
}

describe('copying', () => {
  it('formats from the registry, writes the clipboard and records a recent', async () => {
    const { service, clipboard, store, states } = setup();
    const reply = await service.copy({ code: 404, kind: 'http', format: 'fastapi' });
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

  it('uses the Starlette version setting', async () => {
    const { service, clipboard } = setup({ settings: { starletteVersion: '0.47' } });
    await service.copy({ code: 422, kind: 'http', format: 'fastapi' });
    expect(clipboard.text).toBe('status.HTTP_422_UNPROCESSABLE_ENTITY');
  });

  it('falls back to the number where a format has none, and says so', async () => {
    const { service, clipboard } = setup();
    const reply = await service.copy({ code: 1000, kind: 'websocket', format: 'go' });
    expect(reply).toMatchObject({ ok: true, text: '1000', fellBackToNumber: true });
    expect(clipboard.text).toBe('1000');
  });

  it('keeps at most ten recents, newest first, without duplicates', async () => {
    const { service, store } = setup();
    const codes = [200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 200];
    for (const code of codes) await service.copy({ code, format: 'number' });
    const recents = store.get().recents.map((r) => r.code);
    expect(recents).toHaveLength(MAX_RECENTS);
    expect(recents[0]).toBe(200);
    expect(new Set(recents).size).toBe(MAX_RECENTS);
  });

  it('refuses an unknown code or the wrong kind, touching nothing', async () => {
    const { service, clipboard, store } = setup();
    expect(await service.copy({ code: 299, format: 'fastapi' })).toEqual({
      ok: false,
      message: '299 is not a status in the registry',
    });
    expect(await service.copy({ code: 1000, kind: 'http', format: 'fastapi' })).toEqual({
      ok: false,
      message: '1000 is a websocket status, not http',
    });
    expect(clipboard.text).toBe('');
    expect(store.saved).toEqual([]);
  });

  it('reports a clipboard that fails', async () => {
    const { service, clipboard, store } = setup();
    clipboard.failing = true;
    expect(await service.copy({ code: 404, format: 'fastapi' })).toEqual({
      ok: false,
      message: 'Could not write to the clipboard: clipboard unavailable',
    });
    expect(store.get().recents).toEqual([]);
  });

  it('turns a failed save into a notice instead of an error', async () => {
    const { service, store, states } = setup();
    store.failing = true;
    await service.copy({ code: 404, format: 'fastapi' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(states.at(-1)!.notice).toMatch(/EACCES/);
  });
});

describe('the primary action', () => {
  it('is copy and hide: the service hides the window after a copy', async () => {
    const { service, clipboard, hides } = setup();
    expect(service.state().primaryAction).toBe('copy-and-hide');
    const reply = await service.primary({
      code: 429,
      kind: 'http',
      format: 'fastapi',
      action: 'primary',
    });
    expect(reply).toMatchObject({
      ok: true,
      text: 'status.HTTP_429_TOO_MANY_REQUESTS',
      pasted: false,
      pasteProblem: null,
    });
    expect(clipboard.text).toBe('status.HTTP_429_TOO_MANY_REQUESTS');
    expect(hides).toEqual(['copied']);
  });

  it('keeps the window when nothing was copied', async () => {
    const { service, clipboard, hides } = setup();
    clipboard.failing = true;
    const ask = { code: 404, kind: 'http', format: 'go', action: 'primary' } as const;
    expect((await service.primary(ask)).ok).toBe(false);
    expect(hides).toEqual([]);
  });

  it('a plain copy stays; hide and links go to the host', async () => {
    const { service, hides, links } = setup();
    await service.copy({ code: 404, kind: 'http', format: 'go' });
    expect(hides).toEqual([]);
    expect(service.hide()).toBeUndefined();
    expect(hides).toEqual(['escape']);
    expect(await service.openExternal({ url: 'https://www.iana.org/' })).toEqual({ ok: true });
    expect(links).toEqual(['https://www.iana.org/']);
  });
});

describe('paste into the previous app', () => {
  const ask = (action: 'primary' | 'other' | 'stay', code = 429) =>
    ({ code, kind: 'http', format: 'fastapi', action }) as const;
  const TEXT = 'status.HTTP_429_TOO_MANY_REQUESTS';
  const MISSING = 'Copied, not pasted. To paste into the previous app, install xdotool.';

  it('with Enter on copy, Shift+Enter pastes once and Ctrl/Cmd+Enter copies and stays', async () => {
    const { service, paster, events, clipboard } = setup();
    expect(await service.primary(ask('other'))).toMatchObject({
      ok: true,
      text: TEXT,
      pasted: true,
      pasteProblem: null,
    });
    expect(paster.pastes).toEqual([{ text: TEXT, restoreClipboard: false }]);
    expect(events).toEqual(['hide for the paste']);

    clipboard.text = '';
    expect(await service.primary(ask('stay', 404))).toMatchObject({ ok: true, pasted: false });
    expect(clipboard.text).toBe('status.HTTP_404_NOT_FOUND');
    expect(paster.pastes).toHaveLength(1);
    expect(events).toEqual(['hide for the paste']);
  });

  it('with Enter on paste: Enter pastes, Shift+Enter copies and hides, the state says paste', async () => {
    const { service, paster, events, store } = setup({
      settings: { primaryAction: 'paste', restoreClipboard: true },
    });
    expect(service.state().primaryAction).toBe('paste');
    expect(await service.primary(ask('primary'))).toMatchObject({ ok: true, pasted: true });
    expect(paster.pastes).toEqual([{ text: TEXT, restoreClipboard: true }]);
    expect(store.get().recents.map((r) => r.code)).toEqual([429]);

    expect(await service.primary(ask('other', 404))).toMatchObject({ ok: true, pasted: false });
    expect(paster.pastes).toHaveLength(1);
    expect(events).toEqual(['hide for the paste', 'hide: copied']);
    expect(store.get().recents.map((r) => r.code)).toEqual([404, 429]);
  });

  it('Ctrl/Cmd+Enter on paste pastes, then brings the focus back to the window', async () => {
    const { service, paster, events } = setup({ settings: { primaryAction: 'paste' } });
    expect(await service.primary(ask('stay'))).toMatchObject({ ok: true, pasted: true });
    expect(paster.pastes).toHaveLength(1);
    expect(events).toEqual(['hide for the paste', 'refocus']);
  });

  it('where pasting fails, the status is still copied and the person is told once', async () => {
    const { service, paster, events, clipboard, store } = setup({
      settings: { primaryAction: 'paste' },
    });
    paster.next = { kind: 'copied', message: MISSING };
    expect(await service.primary(ask('primary'))).toEqual({
      ok: true,
      text: TEXT,
      fellBackToNumber: false,
      note: null,
      pasted: false,
      pasteProblem: MISSING,
    });
    expect(clipboard.text).toBe(TEXT);
    expect(store.get().recents.map((r) => r.code)).toEqual([429]);
    // The window hid, so the host says it (a notification); the second time nobody does.
    expect(events).toEqual(['hide for the paste', `tell: ${MISSING}`]);
    expect(await service.primary(ask('primary', 404))).toMatchObject({
      ok: true,
      pasted: false,
      pasteProblem: null,
    });
    expect(events.filter((e) => e.startsWith('tell'))).toHaveLength(1);
    expect(paster.pastes).toHaveLength(2);
  });

  it('a failed paste that keeps the window open says it in the window, not as a notification', async () => {
    const { service, paster, events } = setup({ settings: { primaryAction: 'paste' } });
    paster.next = { kind: 'copied', message: MISSING };
    expect(await service.primary(ask('stay'))).toMatchObject({ pasteProblem: MISSING });
    expect(events).toEqual(['hide for the paste', 'refocus']);
  });

  it('a clipboard that refuses the text ends in a refusal and no recent', async () => {
    const { service, paster, store } = setup({ settings: { primaryAction: 'paste' } });
    paster.next = { kind: 'not-copied', message: 'Could not copy to the clipboard. Try again.' };
    expect(await service.primary(ask('primary'))).toEqual({
      ok: false,
      message: 'Could not copy to the clipboard. Try again.',
    });
    expect(store.get().recents).toEqual([]);
  });

  it('refuses what cannot be copied before anything is pasted', async () => {
    const { service, paster } = setup({ settings: { primaryAction: 'paste' } });
    const reply = await service.primary({
      code: 1000,
      kind: 'http',
      format: 'fastapi',
      action: 'primary',
    });
    expect(reply).toEqual({ ok: false, message: '1000 is a websocket status, not http' });
    expect(paster.pastes).toEqual([]);
  });

  it('asks the system for what pasting needs only when paste is turned on', async () => {
    const { service, paster } = setup();
    await service.updateSettings({ restoreClipboard: true });
    expect(paster.enabled).toBe(0);
    await service.updateSettings({ primaryAction: 'paste' });
    expect(paster.enabled).toBe(1);
    await service.updateSettings({ primaryAction: 'paste' });
    await service.updateSettings({ primaryAction: 'copy' });
    expect(paster.enabled).toBe(1);
    expect(service.checkPaste()).toEqual({ canPaste: true, summary: 'Pastes with a fake.' });
  });

  it('a host without a paster (a browser tab) copies instead, and says so once', async () => {
    const { service, events, clipboard } = setup({
      canPaste: false,
      settings: { primaryAction: 'paste' },
    });
    expect(await service.primary(ask('primary'))).toMatchObject({
      ok: true,
      pasted: false,
      pasteProblem: PASTE_NEEDS_DESKTOP,
    });
    expect(clipboard.text).toBe(TEXT);
    expect(events).toEqual(['hide: copied']);
    expect(await service.primary(ask('stay'))).toMatchObject({ pasted: false, pasteProblem: null });
    expect(events).toEqual(['hide: copied']);
    expect(service.checkPaste()).toMatchObject({ canPaste: false });
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
      // The contract's schema refuses these before the service; the service checks on its own.
      expect(await service.updateSettings(patch as never)).toMatchObject({ ok: false });
    }
    expect(store.saved).toEqual([]);
  });

  it('moves the hotkey, or keeps the old one and says why', async () => {
    const { service, hotkey } = setup();
    expect(await service.updateSettings({ hotkey: 'Ctrl+Shift+Space' })).toMatchObject({
      ok: true,
      state: { hotkey: { accelerator: 'Ctrl+Shift+Space', registered: true } },
    });
    hotkey.taken.add('Alt+Space');
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
    const { service, hotkey } = setup();
    hotkey.taken.add('Ctrl+Alt+K');
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
    const copied = service.copy({ code: 418, format: 'fastapi' });
    await Promise.all([pending, copied]);
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
      primaryAction: 'copy-and-hide',
      project: null,
    });
  });

  it('gives the notice until the window hides once', () => {
    const { service, states } = setup({ notice: 'Settings were repaired.' });
    // Asking for the state (the hidden window loads at start) does not use the notice up.
    expect(service.getState().notice).toBe('Settings were repaired.');
    expect(service.getState().notice).toBe('Settings were repaired.');
    service.windowHidden();
    expect(service.state().notice).toBeNull();
    expect(states).toHaveLength(1);
    service.windowHidden();
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

  it('tells the listeners when the storage changed elsewhere', () => {
    const { service, states } = setup();
    service.storageChanged();
    expect(states).toHaveLength(1);
  });
});
