/**
 * The composition root: the one module (with the preload) that imports Electron as a value.
 * It creates Electron's objects and hands them to the small modules beside it, which hold the
 * logic and are tested in Node with fakes (tests/electron). Read top to bottom: before ready,
 * then start().
 */
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  nativeImage,
  protocol,
  screen,
  session,
  shell,
  systemPreferences,
} from 'electron';
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { createAppService } from '../core/app-service';
import type { AppState, View } from '../core/ipc';
import { CLASS_DESCRIPTIONS, REGISTRY, classOf } from '../core/registry';
import { appLayout } from './app-layout';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './app-protocol';
import { applyCommandLineSwitches } from './command-line';
import { citedLinks, createLinkOpener } from './external-links';
import { DATA_SOURCES } from '../core/registry/sources';
import { createHotkey } from './hotkey';
import { registerIpcHandlers, sendEvent } from './ipc-handlers';
import { autostartPath, createLoginItem, launchCommand } from './login-item';
import { PALETTE_WINDOW_SIZE, controlWindow, paletteWindowOptions } from './palette-window';
import { isOnPath } from './paste/find-executable';
import { describeChoice } from './paste/messages';
import { createPaster } from './paste/paster';
import { denyAllPermissions, lockDownWebContents } from './security';
import { openSettingsStore, settingsPath } from './settings-store';
import { FALLBACK_TRAY_ICON_DATA_URL, controlTray, trayIconPath } from './tray';
import { createTrayDispatcher } from './tray-actions';
import { buildTrayMenu, toMenuTemplate, trayTooltip, type TrayMenuItem } from './tray-menu';
import { placeUnderCursor } from './window-placement';
import { createProjectFolderHost, nodeProjectFiles, type Timers } from './project-folder';

const platform = process.platform;
const log = (message: string) => console.warn(`[status-palette] ${message}`);

// A separate profile for tests and portable use; set before the single-instance lock, which lives there.
if (process.env.STATUS_PALETTE_USER_DATA) {
  app.setPath('userData', process.env.STATUS_PALETTE_USER_DATA);
}
applyCommandLineSwitches(app.commandLine, platform, process.env);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  // Another instance runs: it gets 'second-instance' and shows its window.
  app.quit();
} else {
  app.dock?.hide();
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // A bug, not bad input (that is refused where it arrives): say so and leave cleanly.
      log(
        `could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      dialog.showErrorBox('Status Palette could not start', String(error));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const layout = appLayout(app.getAppPath());
  const userData = app.getPath('userData');
  const { store, loaded } = await openSettingsStore({ dir: userData, log });

  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: layout.rendererRoot, log }));
  denyAllPermissions(session.defaultSession, log);
  const openLink = createLinkOpener({
    links: citedLinks(REGISTRY, DATA_SOURCES),
    openExternal: (url) => shell.openExternal(url),
    log,
  });

  const window = new BrowserWindow({
    ...paletteWindowOptions({ platform }),
    // Every security-relevant preference set explicitly, defaults included, here where
    // electronegativity (npm run test:security) reads them; tests/electron/main-smoke.test.ts
    // asserts them on the built app. Checklist items 2, 3, 4, 6, 8, 9, 10.
    webPreferences: {
      preload: layout.preload,
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
      // Middle-click opens links in new windows (denied anyway by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
      // The hidden window answers the hotkey at once: Chromium must not throttle it.
      backgroundThrottling: false,
    },
  });
  lockDownWebContents(window.webContents, { openExternal: (url) => void openLink(url), log });
  if (platform === 'darwin') window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });

  let folderDialogOpen = false;
  const windowControl = controlWindow({
    window,
    platform,
    place: () =>
      placeUnderCursor(screen.getCursorScreenPoint(), screen.getAllDisplays(), PALETTE_WINDOW_SIZE),
    // The folder dialog takes the focus: the window stays for it.
    hideOnBlur: () => !folderDialogOpen && store.get().hideOnBlur,
    activateApp: () => {
      if (platform === 'darwin') app.focus({ steal: true });
    },
    returnFocus: () => {
      if (platform === 'darwin') app.hide();
    },
    onHidden: () => service.windowHidden(),
  });
  const show = (view: View) => windowControl.show(view);
  window.on('blur', () => windowControl.blurred());
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  // Windows logs off without 'before-quit'; a prevented close would then hold the logoff up.
  window.on('session-end', () => (quitting = true));
  // The window is kept for the app's life: closing it (Alt+F4, Cmd+W) only hides it.
  window.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    windowControl.hide('escape');
  });

  const hotkey = createHotkey({ globalShortcut, platform, onPress: () => show('search'), log });
  const project = createProjectFolderHost({
    ...nodeProjectFiles,
    timers: { setTimeout, clearTimeout, setInterval, clearInterval } as Timers,
    async chooseFolder() {
      folderDialogOpen = true;
      try {
        const result = await dialog.showOpenDialog(window, {
          title: 'Project folder',
          buttonLabel: 'Read its Starlette version',
          properties: ['openDirectory'],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      } finally {
        folderDialogOpen = false;
      }
    },
  });
  const paster = createPaster({
    platform,
    env: process.env,
    spawn,
    installed: (program) => isOnPath(program, process.env),
    clipboard,
    // A macOS-only call; paste() only ever asks without the prompt.
    isTrusted: (prompt) =>
      platform === 'darwin' && systemPreferences.isTrustedAccessibilityClient(prompt),
    hideApp: () => windowControl.hideForPaste(),
    appPid: process.pid,
    log,
  });
  const notify = (title: string, body: string) => {
    if (Notification.isSupported()) new Notification({ title, body, silent: true }).show();
  };
  const service = createAppService({
    storage: store,
    clipboard,
    hotkey,
    loginItem: {
      set: createLoginItem({
        platform,
        setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
        argv: launchCommand({
          execPath: process.execPath,
          appPath: app.getAppPath(),
          isPackaged: app.isPackaged,
          appImage: process.env.APPIMAGE,
        }),
        autostartFile: autostartPath(process.env, homedir()),
      }),
    },
    openLink,
    project,
    window: {
      hide: (reason) => windowControl.hide(reason),
      refocus: () => windowControl.refocus(),
    },
    paster: {
      paste: (text, options) => paster.paste(text, options),
      check: () => describeChoice(paster.check(), platform),
      enable: () => void paster.enable(),
    },
    tell: (message) => notify('Status Palette', message),
    now: Date.now,
    host: 'electron',
    appVersion: app.getVersion(),
    notice: loaded.notice,
    log,
  });

  registerIpcHandlers({
    ipcMain,
    trustedSender: () =>
      window.isDestroyed() ? null : { webContents: window.webContents, origin: APP_ORIGIN },
    handlers: service,
    log,
  });

  let trayIcon = nativeImage.createFromPath(trayIconPath(layout.trayIcons, platform));
  if (trayIcon.isEmpty()) {
    log(`tray icon missing in ${layout.trayIcons}; using a stand-in`);
    trayIcon = nativeImage.createFromDataURL(FALLBACK_TRAY_ICON_DATA_URL);
  }
  if (platform === 'darwin') trayIcon.setTemplateImage(true);
  const tray = new Tray(trayIcon);
  const trayControl = controlTray({ tray, platform, onLeftClick: () => windowControl.toggle() });
  const dispatch = createTrayDispatcher({
    service,
    show,
    quit: () => app.quit(),
    notify,
    log,
  });
  let trayItems: TrayMenuItem[] = [];
  const rebuildTray = (state: AppState) => {
    trayItems = buildTrayMenu({
      registry: REGISTRY,
      classes: CLASS_DESCRIPTIONS,
      settings: state.settings,
      hotkey: state.hotkey,
      notice: state.notice,
      platform,
      classOf,
    });
    const template = toMenuTemplate(trayItems, (action) => void dispatch(action), platform);
    trayControl.update(Menu.buildFromTemplate(template), trayTooltip(state.hotkey, platform));
  };

  service.onChange((state) => {
    if (!window.isDestroyed()) sendEvent(window.webContents, 'state', state);
    rebuildTray(state);
  });
  hotkey.register(store.get().hotkey);
  rebuildTray(service.state());

  app.on('second-instance', () => show('search'));
  app.on('will-quit', () => {
    globalShortcut.unregisterAll();
    paster.dispose();
  });
  // Paste already on: start what the first paste would otherwise wait for (Windows' helper).
  if (store.get().primaryAction === 'paste') paster.prepare();

  // tests/e2e-electron drives the app through this: a test cannot press a global hotkey.
  if (process.env.STATUS_PALETTE_E2E === '1') {
    Object.assign(globalThis, {
      statusPalette: {
        pressHotkey: () => show('search'),
        trayMenu: () => trayItems,
        checkPaste: () => service.checkPaste(),
        settingsFile: settingsPath(userData),
        flushSettings: () => store.flushed(),
      },
    });
  }

  await window.loadURL(APP_ENTRY_URL);
}
