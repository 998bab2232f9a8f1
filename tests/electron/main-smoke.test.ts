/**
 * The built main process (out/main/index.js, as `npm start` runs it) started in plain Node with
 * a fake `electron` module (tests/electron/smoke): what it creates, registers and answers, on each
 * platform's code path. Needs `npm run build` first; `npm test` builds before it runs Vitest.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../core/ipc';
import { CLASS_DESCRIPTIONS, REGISTRY } from '../../core/registry';
import { DEFAULT_HOTKEY } from '../../core/settings';
import { CONTENT_SECURITY_POLICY } from '../../electron/app-protocol';
import { PALETTE_WINDOW_SIZE } from '../../electron/palette-window';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'out', 'main', 'index.js');
const temporary: string[] = [];

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (name.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first`);
  const sources = Math.max(newestSource(join(root, 'electron')), newestSource(join(root, 'core')));
  if (statSync(built).mtimeMs < sources) {
    throw new Error('out/main is older than electron/ or core/: run `npm run build` first');
  }
});
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

// The report is JSON written by tests/electron/smoke/scenario.mjs; its shape is checked here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Report = any;

function startApp(env: Record<string, string> = {}, settingsText?: string) {
  const userData = mkdtempSync(join(tmpdir(), 'palette-smoke-'));
  temporary.push(userData);
  if (settingsText !== undefined) writeFileSync(join(userData, 'settings.json'), settingsText);
  const reportFile = join(userData, 'report.json');
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      './tests/electron/smoke/register.mjs',
      '--import',
      './tests/electron/smoke/scenario.mjs',
      built,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
      env: {
        PATH: process.env.PATH,
        HOME: userData,
        SMOKE_USER_DATA: userData,
        SMOKE_REPORT: reportFile,
        ...env,
      },
    },
  );
  const report: Report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : {};
  if (result.status !== 0 || report.error) {
    throw new Error(`the app did not run through: ${report.error ?? ''}\n${result.stderr}`);
  }
  return { report, stderr: result.stderr, userData };
}

describe.each(['linux', 'darwin', 'win32'])('built main process on %s', (platform) => {
  let report: Report;
  beforeAll(() => {
    report = startApp({ SMOKE_PLATFORM: platform }).report;
  }, 30_000);

  it('creates one hidden, frameless, secure window and loads it over app://', () => {
    const { windowOptions, windows, loadedURL, windowCalls } = report.start;
    expect(windows).toBe(1);
    expect(windowOptions).toMatchObject({
      show: false,
      frame: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      ...PALETTE_WINDOW_SIZE,
    });
    // Electron's security checklist, items 2, 3, 4, 6, 8, 9, 10 and 12: every preference explicit.
    expect(windowOptions.webPreferences).toEqual({
      preload: join(root, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      backgroundThrottling: false,
    });
    expect(windowOptions.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(existsSync(windowOptions.webPreferences.preload)).toBe(true);
    expect(loadedURL).toBe('app://palette/index.html');
    expect(windowCalls.filter((c: string) => c === 'show')).toEqual([]);
  });

  it('registers the app:// scheme as privileged and serves the window with the CSP header', () => {
    expect(report.start.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(report.start.protocolSchemes).toEqual(['app']);
    expect(report.protocol).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      servesTheWindow: true,
    });
  });

  it('registers the default hotkey, which shows the window on the display under the cursor', () => {
    expect(report.start.shortcuts).toEqual([DEFAULT_HOTKEY]);
    expect(report.hotkey.visible).toBe(true);
    // The fake cursor is on the second display (x 1920..4480).
    expect(report.hotkey.bounds.x).toBe(1920 + (2560 - PALETTE_WINDOW_SIZE.width) / 2);
    expect(report.hotkey.sent).toEqual([
      { channel: 'status-palette:shown', payload: { view: 'search' } },
    ]);
  });

  it('pastes through the real paster: where it cannot, it copies and says so once', () => {
    expect(report.pasteCheckBefore.reply).toMatchObject({ canPaste: platform === 'win32' });
    expect(report.pasteOn.reply).toMatchObject({ ok: true, state: { primaryAction: 'paste' } });
    // Only turning paste on asks macOS for Accessibility (with the prompt); nowhere else.
    expect(report.accessibilityChecksWhenTurnedOn.filter((prompt: boolean) => prompt)).toEqual(
      platform === 'darwin' ? [true] : [],
    );
    const [first, second] = report.pastes;
    expect(first).toMatchObject({
      reply: { ok: true, text: 'status.HTTP_201_CREATED', pasted: false },
      clipboard: 'status.HTTP_201_CREATED',
      visible: false,
    });
    expect(first.reply.pasteProblem).toMatch(/^Copied, not pasted\. .*(Ctrl|Cmd)\+V/);
    expect(second).toMatchObject({
      reply: { ok: true, text: 'status.HTTP_202_ACCEPTED', pasted: false, pasteProblem: null },
      clipboard: 'status.HTTP_202_ACCEPTED',
    });
    expect(report.pasteNotifications).toEqual([
      { title: 'Status Palette', body: first.reply.pasteProblem, silent: true },
    ]);
    expect(report.pasteTrayItem).toBe(true);
  });

  it('handles the contract’s request channels, no more', () => {
    expect([...report.start.ipcChannels].sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('runs the primary action through IPC from its own window only: copies, then hides', () => {
    expect(report.copy.reply).toMatchObject({ ok: true, text: 'status.HTTP_404_NOT_FOUND' });
    expect(report.afterCopy).toEqual({ clipboard: 'status.HTTP_404_NOT_FOUND', visible: false });
    expect(report.strangerCopy.error).toMatch(/refused: not the palette window/);
    expect(report.badCopy.reply).toMatchObject({ ok: false });
    expect(report.clipboardAfterRefusals).toBe('status.HTTP_404_NOT_FOUND');
  });

  it('puts a tray icon up with the issue’s menu', () => {
    expect(report.start.trays).toBe(1);
    const icon = { darwin: 'trayTemplate.png', win32: 'tray.ico', linux: 'tray.png' }[platform]!;
    expect(
      report.start.trayIcon.source.endsWith(icon) ||
        report.start.trayIcon.source.startsWith('data:'),
    ).toBe(true);
    expect(report.start.trayIcon.template).toBe(platform === 'darwin');
    const labels = report.menu.map((i: { label?: string }) => i.label).filter(Boolean);
    expect(labels).toEqual([
      'Search…',
      'Favourites',
      'Recently copied',
      ...CLASS_DESCRIPTIONS.map((c) => c.title),
      'Copy format',
      'Paste into the previous app',
      'Launch at login',
      'Hide on blur',
      'Preferences…',
      'Quit Status Palette',
    ]);
    const copyItems = report.menu
      .filter((i: { label: string }) => CLASS_DESCRIPTIONS.some((c) => c.title === i.label))
      .flatMap((i: { submenu: unknown[] }) => i.submenu);
    expect(copyItems).toHaveLength(REGISTRY.length);
    expect(report.start.toolTip).toMatch(/to search$/);
  });

  it('copies from the tray menu, and rebuilds the menu when settings change', () => {
    expect(report.trayCopy.clipboard).toBe('status.HTTP_429_TOO_MANY_REQUESTS');
    expect(report.settingsChange.reply).toMatchObject({ ok: true });
    expect(report.menuAfterChange.checkedFormat).toBe('Go net/http');
    expect(report.menuAfterChange.recents).toEqual([
      '429 Too Many Requests (FastAPI status.X)',
      '404 Not Found (FastAPI status.X)',
    ]);
    expect(report.stateBroadcasts).toBeGreaterThanOrEqual(3);
  });

  it('writes the settings, recents included, to settings.json', () => {
    expect(report.settingsFile).toMatchObject({
      copyFormat: 'go',
      primaryAction: 'paste',
      // The two pastes that were only copies are recents too.
      recents: [{ code: 202 }, { code: 201 }, { code: 429 }, { code: 404 }],
    });
  });

  it('opens reference links only, and denies navigation, new windows and permissions', () => {
    expect(report.links.allowed.reply).toEqual({ ok: true });
    expect(report.links.refused.reply).toMatchObject({ ok: false });
    expect(report.links.uncited.reply).toMatchObject({ ok: false });
    expect(report.links.opened).toEqual(['https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5']);
    expect(report.navigationPrevented).toBe(true);
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.start.webContentsListeners).toEqual(
      expect.arrayContaining(['will-navigate', 'will-attach-webview']),
    );
    expect(report.start.permissionHandlers).toEqual(['check', 'device', 'request']);
  });

  it('shows the window on a second launch and only hides it on close', () => {
    expect(report.secondInstanceShows).toBe(true);
    expect(report.closeOnlyHides).toBe(true);
  });

  if (platform === 'linux') {
    it('Linux: the menu is the tray’s context menu; clicks are not relied on', () => {
      expect(report.start.contextMenuSet).toBe(true);
      expect(report.start.trayListeners).toEqual([]);
    });
  } else {
    it(`${platform}: left click toggles the window, right click pops the menu up`, () => {
      expect(report.start.contextMenuSet).toBe(false);
      expect(report.trayClicks).toEqual({
        shownByClick: true,
        hiddenBySecondClick: true,
        poppedUp: 1,
      });
    });
  }

  if (platform === 'darwin') {
    it('macOS: no dock icon; focus is taken on show and given back on hide', () => {
      expect(report.start.appCalls).toContain('dock.hide');
      expect(report.appCalls).toContain('focus {"steal":true}');
      expect(report.appCalls).toContain('hide');
    });
  }
});

describe('built main process, special starts', () => {
  it('a second instance quits at once and creates nothing', () => {
    const { report } = startApp({ SMOKE_SECOND_INSTANCE: '1' });
    expect(report).toEqual({ quitRequested: true, windows: 0 });
  });

  it('a damaged settings file is backed up, its valid fields kept, and the person told', () => {
    const { report, userData } = startApp({}, '{"copyFormat": "rust", "hideOnBlur": "yes"}');
    expect(report.state.settings).toMatchObject({ copyFormat: 'rust', hideOnBlur: true });
    expect(report.state.notice).toMatch(/hideOnBlur/);
    expect(report.menu.map((i: { label?: string }) => i.label)).toContain(
      'Settings need your attention…',
    );
    const files = readdirSync(userData).filter((f) => f.startsWith('settings.broken-'));
    expect(files).toHaveLength(1);
    expect(readFileSync(join(userData, files[0]!), 'utf8')).toContain('"yes"');
  });

  it('a truncated settings file starts from the defaults and keeps running', () => {
    const { report } = startApp({}, '{"copyFormat": "ru');
    expect(report.state.settings.copyFormat).toBe('fastapi');
    expect(report.state.notice).toMatch(/could not be read/);
    expect(report.copy.reply).toMatchObject({ ok: true });
  });

  it('a hotkey another app owns is reported in the state, the tooltip and the menu', () => {
    const { report } = startApp({ SMOKE_TAKEN_HOTKEY: DEFAULT_HOTKEY });
    expect(report.state.hotkey).toMatchObject({ registered: false });
    expect(report.start.toolTip).toMatch(/not available/);
    expect(report.menu[1].label).toBe('Hotkey Ctrl+Alt+Space is not available: choose another…');
    expect(report.copy.reply).toMatchObject({ ok: true });
  });

  it('on Wayland, enables the shortcuts portal in a single --enable-features switch', () => {
    const { report } = startApp({
      XDG_SESSION_TYPE: 'wayland',
      SMOKE_ENABLE_FEATURES: 'WaylandWindowDecorations',
    });
    expect(report.start.switches).toEqual([
      ['enable-features', 'WaylandWindowDecorations,GlobalShortcutsPortal'],
    ]);
  });

  it('honours STATUS_PALETTE_USER_DATA for a separate profile', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'palette-profile-'));
    temporary.push(elsewhere);
    const { report } = startApp({ STATUS_PALETTE_USER_DATA: elsewhere });
    expect(report.start.userDataSetTo).toBe(elsewhere);
  });
});
