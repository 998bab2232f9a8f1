// Drives the built main process (out/main/index.js) through the fake electron once it has
// started, and writes what happened to $SMOKE_REPORT for tests/electron/main-smoke.test.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { app, clipboard, recorder } from 'electron';

const report = {};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition, what, ms = 5000) {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A menu template as data: click handlers become `click: true`. */
function plain(template) {
  return template.map(({ click, submenu, ...rest }) => ({
    ...rest,
    ...(click ? { click: true } : {}),
    ...(submenu ? { submenu: plain(submenu) } : {}),
  }));
}

function findItem(template, ...labels) {
  let items = template;
  let item;
  for (const label of labels) {
    item = items.find((i) => i.label === label);
    if (!item) throw new Error(`no menu item ${labels.join(' > ')}`);
    items = item.submenu ?? [];
  }
  return item;
}

async function invoke(channel, event, ...args) {
  try {
    return { reply: (await recorder.ipcHandlers.get(channel)(event, ...args)) ?? null };
  } catch (error) {
    return { error: error.message };
  }
}

const lastMenu = () => recorder.menus.at(-1).template;
const settingsFile = () => join(app.getPath('userData'), 'settings.json');

async function run() {
  if (process.env.SMOKE_SECOND_INSTANCE === '1') {
    await sleep(100);
    return { quitRequested: recorder.quitRequested, windows: recorder.windows.length };
  }
  await until(() => recorder.windows[0]?.loadedURL, 'the window to load');
  const window = recorder.windows[0];
  const tray = recorder.trays[0];
  const trusted = {
    sender: window.webContents,
    senderFrame: { url: 'app://palette/index.html', parent: null },
  };
  const stranger = { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } };

  report.start = {
    switches: recorder.switches,
    userDataSetTo: recorder.userDataSetTo,
    privilegedSchemes: recorder.privilegedSchemes,
    windows: recorder.windows.length,
    windowOptions: window.options,
    windowCalls: [...window.calls],
    loadedURL: window.loadedURL,
    shortcuts: [...recorder.shortcuts.keys()],
    ipcChannels: [...recorder.ipcHandlers.keys()],
    protocolSchemes: [...recorder.protocolHandlers.keys()],
    trays: recorder.trays.length,
    trayIcon: { source: tray.icon.source, template: tray.icon.template },
    toolTip: tray.toolTip,
    contextMenuSet: tray.contextMenu !== null,
    trayListeners: tray.eventNames(),
    windowListeners: window.eventNames(),
    webContentsListeners: window.webContents.eventNames(),
    windowOpenHandler: window.webContents.windowOpenHandler !== null,
    permissionHandlers: Object.keys(recorder.permissionHandlers).sort(),
    appListeners: app.eventNames(),
    appCalls: [...recorder.appCalls],
    quitRequested: recorder.quitRequested,
  };
  report.menu = plain(lastMenu());

  const response = await recorder.protocolHandlers.get('app')(
    new Request('app://palette/index.html'),
  );
  report.protocol = {
    status: response.status,
    csp: response.headers.get('content-security-policy'),
    servesTheWindow: (await response.text()).includes('<div id="app">'),
  };

  const state = await invoke('status-palette:get-state', trusted, undefined);
  report.state = state.reply;

  const hotkey = state.reply.hotkey.accelerator;
  if (recorder.shortcuts.has(hotkey)) {
    recorder.shortcuts.get(hotkey)();
    report.hotkey = {
      visible: window.visible,
      bounds: window.bounds,
      sent: window.webContents.sent.filter((m) => m.channel === 'status-palette:shown'),
    };
  }

  report.copy = await invoke('status-palette:primary', trusted, {
    code: 404,
    kind: 'http',
    format: 'fastapi',
    action: 'primary',
  });
  report.afterCopy = { clipboard: clipboard.readText(), visible: window.visible };
  report.strangerCopy = await invoke('status-palette:primary', stranger, {
    code: 418,
    kind: 'http',
    format: 'fastapi',
    action: 'primary',
  });
  report.badCopy = await invoke('status-palette:copy', trusted, { code: '404', format: 'x' });
  report.clipboardAfterRefusals = clipboard.readText();

  findItem(lastMenu(), '4xx Client Error', '429 Too Many Requests').click();
  report.trayCopy = { clipboard: clipboard.readText() };

  report.settingsChange = await invoke('status-palette:update-settings', trusted, {
    copyFormat: 'go',
  });
  report.menuAfterChange = {
    checkedFormat: findItem(lastMenu(), 'Copy format').submenu.find((i) => i.checked)?.label,
    recents: findItem(lastMenu(), 'Recently copied').submenu.map((i) => i.label),
  };
  report.stateBroadcasts = window.webContents.sent.filter(
    (m) => m.channel === 'status-palette:state',
  ).length;

  report.links = {
    allowed: await invoke('status-palette:open-external', trusted, {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    }),
    refused: await invoke('status-palette:open-external', trusted, { url: 'file:///etc/passwd' }),
    // A page on a cited host that nothing cites.
    uncited: await invoke('status-palette:open-external', trusted, {
      url: 'https://github.com/attacker/tool/releases/download/v1/payload.exe',
    }),
    opened: recorder.openedExternally,
  };

  let prevented = false;
  window.webContents.emit(
    'will-navigate',
    { preventDefault: () => (prevented = true) },
    'https://evil.example/',
  );
  report.navigationPrevented = prevented;
  report.windowOpen = window.webContents.windowOpenHandler({ url: 'https://evil.example/' });

  window.visible = false;
  app.emit('second-instance');
  report.secondInstanceShows = window.visible;

  if (process.platform !== 'linux') {
    window.visible = false;
    tray.emit('click');
    const shownByClick = window.visible;
    tray.emit('click');
    tray.emit('right-click');
    report.trayClicks = {
      shownByClick,
      hiddenBySecondClick: !window.visible,
      poppedUp: tray.poppedUp.length,
    };
  }

  // Paste, wired to the real paster: the smoke's environment has no display, no Accessibility
  // grant and no PowerShell, so each system ends in the copy and one notification.
  report.pasteCheckBefore = await invoke('status-palette:check-paste', trusted, undefined);
  report.pasteOn = await invoke('status-palette:update-settings', trusted, {
    primaryAction: 'paste',
  });
  report.accessibilityChecksWhenTurnedOn = [...recorder.accessibilityChecks];
  recorder.shortcuts.get(hotkey)?.();
  const notificationsBefore = recorder.notifications.length;
  report.pastes = [];
  for (const code of [201, 202]) {
    const reply = await invoke('status-palette:primary', trusted, {
      code,
      kind: 'http',
      format: 'fastapi',
      action: 'primary',
    });
    report.pastes.push({
      reply: reply.reply,
      clipboard: clipboard.readText(),
      visible: window.visible,
    });
  }
  report.pasteNotifications = recorder.notifications.slice(notificationsBefore);
  report.pasteTrayItem = findItem(lastMenu(), 'Paste into the previous app').checked;

  let closePrevented = false;
  window.emit('close', { preventDefault: () => (closePrevented = true) });
  report.closeOnlyHides = closePrevented;

  // Settings writes are queued and each is flushed to disk (file and folder), which takes a while
  // on a busy machine: wait, up to a few seconds, for the file to hold what the app holds.
  const { settings } = (await invoke('status-palette:get-state', trusted, undefined)).reply;
  for (let waited = 0; ; waited += 50) {
    const text = existsSync(settingsFile()) ? readFileSync(settingsFile(), 'utf8') : null;
    report.settingsFile = text === null ? null : JSON.parse(text);
    if (isDeepStrictEqual(report.settingsFile, settings) || waited >= 5000) break;
    await sleep(50);
  }
  report.appCalls = recorder.appCalls;
  return report;
}

run().then(
  (result) => {
    writeFileSync(process.env.SMOKE_REPORT, JSON.stringify(result, null, 2));
    process.exit(0);
  },
  (error) => {
    writeFileSync(
      process.env.SMOKE_REPORT,
      JSON.stringify({ error: error.stack, report }, null, 2),
    );
    process.exit(1);
  },
);
