/**
 * The window inside Electron, without Electron: a fake `window.statusPalette` (what the preload
 * exposes) is installed before the page loads, and the test reads what the window asked of it.
 */
import type { ActRequest, AppState, CopyRequest, AppBridge, View } from '../../core/ipc';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { expect, PalettePage, test as base } from './fixtures';

interface FakeCalls {
  copy: CopyRequest[];
  primary: ActRequest[];
  hide: number;
  openExternal: string[];
  updateSettings: unknown[];
  detectStarlette: number;
}

declare global {
  interface Window {
    statusPalette?: AppBridge;
    fake: {
      calls: FakeCalls;
      show(view: View): void;
      setSettings(patch: Partial<Settings>): void;
    };
  }
}

function installFakeBridge(initial: AppState) {
  const calls: FakeCalls = {
    copy: [],
    primary: [],
    hide: 0,
    openExternal: [],
    updateSettings: [],
    detectStarlette: 0,
  };
  let state = initial;
  const shown = new Set<(event: { view: View }) => void>();
  const changed = new Set<(state: AppState) => void>();
  const subscribe = <T>(set: Set<T>, listener: T) => {
    set.add(listener);
    return () => set.delete(listener);
  };
  const copied = (request: CopyRequest) => ({
    ok: true as const,
    text: `copied ${request.code} as ${request.format}`,
    fellBackToNumber: false,
    note: null,
  });
  window.statusPalette = {
    async copy(request) {
      calls.copy.push(request);
      return copied(request);
    },
    async primary(request) {
      calls.primary.push(request);
      const pasted = (request.action === 'other') !== (state.primaryAction === 'paste');
      // 503 stands for a system where the paste could not happen: the service says why, once.
      const pasteProblem =
        pasted && request.code === 503 ? 'Copied, not pasted. Install xdotool.' : null;
      return { ...copied(request), pasted: pasted && !pasteProblem, pasteProblem };
    },
    async checkPaste() {
      return { canPaste: true, summary: 'Pastes with xdotool (X11).' };
    },
    async hide() {
      calls.hide++;
      return undefined;
    },
    async openExternal({ url }) {
      calls.openExternal.push(url);
      return { ok: true };
    },
    async getState() {
      return state;
    },
    async updateSettings(patch) {
      calls.updateSettings.push(patch);
      if (patch.hotkey === 'CommandOrControl+Shift+K') {
        return { ok: false, message: 'Ctrl+Shift+K is taken by another application' };
      }
      state = { ...state, settings: { ...state.settings, ...patch } };
      // The service resolves the primary action from the setting; the fake does the same.
      state.primaryAction = state.settings.primaryAction === 'paste' ? 'paste' : 'copy-and-hide';
      if (patch.hotkey)
        state = { ...state, hotkey: { accelerator: patch.hotkey, registered: true } };
      changed.forEach((listener) => listener(state));
      return { ok: true, state };
    },
    async detectStarlette() {
      calls.detectStarlette++;
      state = {
        ...state,
        settings: { ...state.settings, starletteVersion: '1.7.0', projectFolder: '/home/me/api' },
        project: { folder: '/home/me/api', detected: '1.7.0, from uv.lock', problem: null },
      };
      changed.forEach((listener) => listener(state));
      return { ok: true, state };
    },
    async forgetProjectFolder() {
      state = { ...state, settings: { ...state.settings, projectFolder: null }, project: null };
      changed.forEach((listener) => listener(state));
      return { ok: true, state };
    },
    onShown: (listener) => subscribe(shown, listener),
    onState: (listener) => subscribe(changed, listener),
  };
  window.fake = {
    calls,
    show: (view) => shown.forEach((listener) => listener({ view })),
    setSettings(patch) {
      state = { ...state, settings: { ...state.settings, ...patch } };
      state.primaryAction = state.settings.primaryAction === 'paste' ? 'paste' : 'copy-and-hide';
      changed.forEach((listener) => listener(state));
    },
  };
}

const STATE: AppState = {
  settings: { ...DEFAULT_SETTINGS },
  hotkey: {
    accelerator: DEFAULT_SETTINGS.hotkey,
    registered: false,
    message: 'Ctrl+Alt+Space is taken by another application',
  },
  notice: null,
  appVersion: '9.9.9',
  host: 'electron',
  primaryAction: 'copy-and-hide',
  project: null,
};

const test = base.extend<{ palette: PalettePage }>({
  palette: async ({ page }, use) => {
    await page.addInitScript(installFakeBridge, STATE);
    await page.goto('./');
    const palette = new PalettePage(page);
    await expect(palette.search).toBeFocused();
    await use(palette);
  },
});

const calls = (palette: PalettePage) => palette.page.evaluate(() => window.fake.calls);

test.describe('the bridge to the main process', () => {
  test('uses window.statusPalette when the preload provides it', async ({ palette }) => {
    await expect(palette.page.locator('[data-host="electron"]')).toBeVisible();
  });

  test('asks for { code, kind, format }, never text; Enter is the primary action', async ({
    palette,
  }) => {
    await palette.type('404');
    await palette.search.press('Enter');
    await palette.type('1008');
    await palette.search.press('Alt+ArrowRight');
    await palette.search.press('Control+Enter');
    await palette.detail.locator('button[data-format="fastapi-ws-close"]').click();
    await expect(palette.toast).toContainText('copied 1008 as fastapi-ws-close');
    expect((await calls(palette)).primary).toEqual([
      { code: 404, kind: 'http', format: 'fastapi', action: 'primary' },
      { code: 1008, kind: 'websocket', format: 'constant', action: 'stay' },
    ]);
    expect((await calls(palette)).copy).toEqual([
      { code: 1008, kind: 'websocket', format: 'fastapi-ws-close' },
    ]);
    // Hiding after a copy is the main process's job: the window does not also ask.
    expect((await calls(palette)).hide).toBe(0);
  });

  test('Enter, Shift+Enter and Ctrl+Enter each ask for their action; the toast says what happened', async ({
    palette,
  }) => {
    await palette.page.evaluate(() => window.fake.setSettings({ primaryAction: 'paste' }));
    await palette.type('404');
    await palette.search.press('Enter');
    await palette.search.press('Shift+Enter');
    await palette.search.press('Control+Enter');
    await expect(palette.toast).toHaveText('Pasted copied 404 as fastapi');
    await palette.type('503');
    await palette.search.press('Control+Enter');
    await expect(palette.toast).toContainText('Copied copied 503 as fastapi');
    await expect(palette.toast).toContainText('Copied, not pasted. Install xdotool.');
    expect((await calls(palette)).primary.map((r) => [r.code, r.action])).toEqual([
      [404, 'primary'],
      [404, 'other'],
      [404, 'stay'],
      [503, 'stay'],
    ]);
  });

  test('Preferences shows what the main process says about pasting here', async ({ palette }) => {
    await palette.search.press('Control+,');
    await expect(palette.page.getByTestId('paste-check')).toHaveText('Pastes with xdotool (X11).');
  });

  test('Esc on an empty query asks the main process to hide', async ({ palette }) => {
    await palette.search.press('Escape');
    await expect.poll(async () => (await calls(palette)).hide).toBe(1);
    await expect(palette.wouldHide).toHaveCount(0);
  });

  test('on "shown", focuses the search box and selects the previous query', async ({ palette }) => {
    await palette.type('gone');
    await palette.page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await palette.page.evaluate(() => window.fake.show('search'));
    await expect(palette.search).toBeFocused();
    expect(
      await palette.search.evaluate((input: HTMLInputElement) => [
        input.selectionStart,
        input.selectionEnd,
      ]),
    ).toEqual([0, 4]);
  });

  test('opens links through the main process', async ({ palette }) => {
    await palette.type('404');
    await palette.detail.getByRole('link', { name: /MDN/ }).click();
    expect((await calls(palette)).openExternal).toEqual([
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404',
    ]);
    expect(palette.page.url()).toMatch(/^http:\/\/127\.0\.0\.1/);
  });

  test('redraws when the main process sends a new state', async ({ palette }) => {
    await palette.page.evaluate(() => window.fake.setSettings({ copyFormat: 'go' }));
    await expect(palette.format).toHaveText('Go net/http');
  });

  test('"shown" can open the preferences (the tray’s Preferences…)', async ({ palette }) => {
    await palette.page.evaluate(() => window.fake.show('preferences'));
    await expect(palette.page.getByRole('form', { name: 'Preferences' })).toBeVisible();
    await palette.page.evaluate(() => window.fake.show('search'));
    await expect(palette.search).toBeFocused();
  });

  test('detects the Starlette version from a project folder the main process asks for', async ({
    palette,
  }) => {
    await palette.page.evaluate(() => window.fake.show('preferences'));
    await palette.page.getByRole('button', { name: 'Detect from a project folder…' }).click();
    const help = palette.page.locator('#starlette-help');
    await expect(help).toContainText('1.7.0, from uv.lock');
    await expect(help).toContainText('/home/me/api');
    await expect(palette.page.getByLabel('Starlette version')).toHaveValue('1.7.0');
    expect((await calls(palette)).detectStarlette).toBe(1);
    await palette.page.getByRole('button', { name: 'Stop' }).click();
    await expect(help).not.toContainText('uv.lock');
  });

  test('shows the main process’s verdict on the hotkey, and its refusals', async ({ palette }) => {
    await palette.page.evaluate(() => window.fake.show('preferences'));
    const status = palette.page.getByTestId('hotkey-status');
    await expect(status).toHaveText(
      'Not registered: Ctrl+Alt+Space is taken by another application',
    );
    await palette.page.getByTestId('hotkey').click();
    await palette.page.keyboard.press('Control+Shift+K');
    await expect(status).toHaveText('Ctrl+Shift+K is taken by another application');
    await palette.page.getByTestId('hotkey').click();
    await palette.page.keyboard.press('Control+Alt+KeyP');
    await expect(status).toHaveText('Registered: press it anywhere to open this window.');
    expect((await calls(palette)).updateSettings).toEqual([
      { hotkey: 'CommandOrControl+Shift+K' },
      { hotkey: 'CommandOrControl+Alt+P' },
    ]);
  });
});
