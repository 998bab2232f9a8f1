/**
 * Paste into the previous app in the real app (the Electron binary, `npm run test:electron`),
 * once per system it covers; each test runs only on its own system and says SKIPPED elsewhere.
 *
 * - Linux X11 (xdotool): a real Chromium textarea has the X focus; Enter in the app's window
 *   pastes the status there, once, and the status stays on the clipboard.
 * - Linux Wayland (wtype), macOS (System Events), Windows (SendInput): the app names its backend
 *   (or why it has none), and a paste ends within its time limit in a paste or in a copy with
 *   one message, never a refusal or a second message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { ActReply } from '../../core/ipc';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { isWaylandSession } from '../../electron/paste/backend-choice';
import { openPasteTarget, type PasteTarget } from '../paste/x11-target';
import { executablePath, launchApp, NO_BINARY, type WithBridge, type WithHooks } from './launch';

const linux = process.platform === 'linux';
const onPath = (program: string) =>
  spawnSync(process.platform === 'win32' ? 'where' : 'which', [program]).status === 0;

/** Each system the paste covers, with how to tell that this machine is it. */
const SYSTEMS = [
  {
    name: 'Linux X11 (xdotool)',
    here: linux && !isWaylandSession(process.env) && Boolean(process.env.DISPLAY),
    backend: /xdotool \(X11\)|install xdotool/,
  },
  {
    name: 'Linux Wayland (wtype on wlroots; GNOME and KDE copy only)',
    here: linux && isWaylandSession(process.env),
    backend: /wtype \(Wayland\)|install wtype|on Wayland lets no app type/,
  },
  {
    name: 'macOS (System Events, with the Accessibility permission)',
    here: process.platform === 'darwin',
    backend: /System Events \(macOS\)|Privacy & Security > Accessibility/,
  },
  {
    name: 'Windows (SendInput)',
    here: process.platform === 'win32',
    backend: /SendInput \(Windows\)/,
  },
] as const;

test.skip(!executablePath, NO_BINARY);
test.describe.configure({ mode: 'serial' });

let userData: string;
let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'palette-e2e-paste-'));
  writeFileSync(
    join(userData, 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, primaryAction: 'paste' }),
  );
  ({ app, page } = await launchApp(userData));
});
test.afterAll(async () => {
  await app?.close();
  rmSync(userData, { recursive: true, force: true });
});

const checkPaste = () => app.evaluate(() => (globalThis as WithHooks).statusPalette.checkPaste());
const pressHotkey = () => app.evaluate(() => (globalThis as WithHooks).statusPalette.pressHotkey());
const mainClipboard = () => app.evaluate(({ clipboard }) => clipboard.readText());
const act = (code: number) =>
  page.evaluate(
    (c) =>
      (window as WithBridge).statusPalette.primary({
        code: c,
        kind: 'http',
        format: 'fastapi',
        action: 'primary',
      }),
    code,
  );

for (const system of SYSTEMS) {
  test.describe(`paste on ${system.name}`, () => {
    test.skip(!system.here, `this machine is not ${system.name}`);

    test('names its backend, or why it has none, in Preferences', async () => {
      expect((await checkPaste()).summary).toMatch(system.backend);
    });

    test('a paste ends within its time limit: pasted, or copied with one message', async () => {
      await pressHotkey();
      const started = Date.now();
      const first: ActReply = await act(201);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(first).toMatchObject({ ok: true, text: 'status.HTTP_201_CREATED' });
      expect(await mainClipboard()).toBe('status.HTTP_201_CREATED');
      if (first.ok && !first.pasted) {
        expect(first.pasteProblem).toMatch(/^Copied, not pasted\./);
        await pressHotkey();
        // The same reason is not told twice.
        expect(await act(202)).toMatchObject({ ok: true, pasted: false, pasteProblem: null });
      }
    });
  });
}

test.describe('paste on Linux X11 (xdotool), into a real text field', () => {
  test.skip(!SYSTEMS[0].here || !onPath('xdotool'), 'needs an X11 display and xdotool');
  let target: PasteTarget;
  test.beforeAll(async () => {
    target = await openPasteTarget();
  });
  test.afterAll(async () => {
    await target?.close();
  });

  test('Enter in the window pastes the status into the field that had the focus, once', async () => {
    await target.reset();
    await pressHotkey();
    await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(true);
    // Without a window manager nobody gives the focus back after the hide: take it now; the
    // key below reaches the app's page through DevTools, not through X.
    target.focus();
    await page.getByRole('combobox', { name: 'Search statuses' }).fill('rate limit');
    await page.keyboard.press('Enter');
    expect(await target.waitForValue('status.HTTP_429_TOO_MANY_REQUESTS')).toBe(
      'status.HTTP_429_TOO_MANY_REQUESTS',
    );
    await new Promise((done) => setTimeout(done, 300));
    expect(await target.value()).toBe('status.HTTP_429_TOO_MANY_REQUESTS');
    expect(await mainClipboard()).toBe('status.HTTP_429_TOO_MANY_REQUESTS');
  });
});
