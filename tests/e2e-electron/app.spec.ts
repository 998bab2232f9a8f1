/**
 * End to end in the real app: the built out/ started by the Electron binary, driven from the
 * main process (`electronApp.evaluate`) and the page. A global hotkey cannot be pressed from a
 * test, so STATUS_PALETTE_E2E=1 makes electron/main.ts expose the hotkey's handler, the tray
 * menu and the settings file on `globalThis.statusPalette`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { TrayMenuItem } from '../../electron/tray-menu';
import { executablePath, launchApp, NO_BINARY, type WithBridge, type WithHooks } from './launch';

test.skip(!executablePath, NO_BINARY);
test.describe.configure({ mode: 'serial' });

let userData: string;
let app: ElectronApplication;
let page: Page;

async function launch(): Promise<void> {
  ({ app, page } = await launchApp(userData));
}

const visible = () =>
  app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()));
const pressHotkey = () => app.evaluate(() => (globalThis as WithHooks).statusPalette.pressHotkey());
const trayMenu = () => app.evaluate(() => (globalThis as WithHooks).statusPalette.trayMenu());
const mainClipboard = () => app.evaluate(({ clipboard }) => clipboard.readText());

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'palette-e2e-'));
  await launch();
});
// Playwright's `screenshot` option covers only pages it creates; the app's window is not one.
// Playwright reads the fixtures a hook asks for from its first parameter, so it must be a pattern.
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus || !page || page.isClosed()) return;
  const body = await page.screenshot().catch(() => null);
  if (body) await testInfo.attach('window', { body, contentType: 'image/png' });
});
test.afterAll(async () => {
  await app?.close();
  rmSync(userData, { recursive: true, force: true });
});

test('starts with one hidden window, loaded from app://', async () => {
  expect(await visible()).toEqual([false]);
  expect(page.url()).toBe('app://palette/index.html');
});

test('the hotkey shows the window; a query and Enter copy in the main process and hide it', async () => {
  await pressHotkey();
  await expect.poll(visible).toEqual([true]);
  const query = page.getByLabel('Search statuses');
  await expect(query).toBeFocused();
  await query.fill('rate limit');
  await query.press('Enter');
  await expect.poll(mainClipboard).toBe('status.HTTP_429_TOO_MANY_REQUESTS');
  await expect.poll(visible).toEqual([false]);
});

test('Esc hides the window', async () => {
  await pressHotkey();
  await expect.poll(visible).toEqual([true]);
  // Esc first clears a query; on an empty one it hides the window.
  await page.getByLabel('Search statuses').fill('');
  await page.keyboard.press('Escape');
  await expect.poll(visible).toEqual([false]);
});

test('the tray menu lists the classes and the last copy, and follows the copy format', async () => {
  const labels = (items: TrayMenuItem[]) => items.map((i) => ('label' in i ? i.label : '---'));
  const menu = await trayMenu();
  expect(labels(menu)).toEqual(
    expect.arrayContaining(['Search…', '4xx Client Error', 'Copy format', 'Quit Status Palette']),
  );
  const recents = menu.find((i) => i.kind === 'submenu' && i.label === 'Recently copied');
  expect(recents && recents.kind === 'submenu' && labels(recents.items)).toEqual([
    '429 Too Many Requests',
  ]);

  const reply = await page.evaluate(() =>
    (window as unknown as WithBridge).statusPalette.updateSettings({ copyFormat: 'go' }),
  );
  expect(reply.ok).toBe(true);
  const formats = (await trayMenu()).find((i) => 'label' in i && i.label === 'Copy format');
  expect(
    formats?.kind === 'submenu' && formats.items.find((i) => i.kind === 'radio' && i.checked),
  ).toMatchObject({ label: 'Go net/http' });
});

test('settings are written to settings.json and read back after a restart', async () => {
  await page.evaluate(() =>
    (window as unknown as WithBridge).statusPalette.updateSettings({
      favourites: [418],
      theme: 'dark',
    }),
  );
  await app.evaluate(() => (globalThis as WithHooks).statusPalette.flushSettings());
  const file = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'));
  expect(file).toMatchObject({ copyFormat: 'go', favourites: [418], theme: 'dark' });
  expect(file.recents[0]).toMatchObject({ code: 429 });

  await app.close();
  await launch();
  const state = await page.evaluate(() =>
    (window as unknown as WithBridge).statusPalette.getState(),
  );
  expect(state.settings).toMatchObject({ copyFormat: 'go', favourites: [418], theme: 'dark' });
  expect(state.host).toBe('electron');
});

test('the page has the bridge and nothing of Node or Electron', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    bridge: Object.keys((window as unknown as WithBridge).statusPalette).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    bridge: [
      'copy',
      'getState',
      'hide',
      'onShown',
      'onState',
      'openExternal',
      'primary',
      'updateSettings',
    ],
  });
});

test('the window is served with the CSP header and cannot navigate or open windows', async () => {
  const csp = await page.evaluate(async () =>
    (await fetch('app://palette/index.html')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("script-src 'self'");
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(300);
  expect(page.url()).toBe('app://palette/index.html');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the main process refuses a bad copy request from the page', async () => {
  const before = await mainClipboard();
  const reply = await page.evaluate(() =>
    (
      window as unknown as { statusPalette: { copy(x: unknown): Promise<unknown> } }
    ).statusPalette.copy({
      code: '404',
      kind: 'http',
      format: 'fastapi',
    }),
  );
  expect(reply).toMatchObject({ ok: false });
  expect(await mainClipboard()).toBe(before);
});
