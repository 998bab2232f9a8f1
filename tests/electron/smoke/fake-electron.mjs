// A stand-in for the `electron` module, just enough for electron/main.ts to start in plain Node.
// Everything the app does to it is recorded in `recorder`, which scenario.mjs reports.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const recorder = {
  switches: [],
  userDataSetTo: null,
  privilegedSchemes: null,
  protocolHandlers: new Map(),
  windows: [],
  shortcuts: new Map(),
  unregistered: [],
  ipcHandlers: new Map(),
  menus: [],
  trays: [],
  notifications: [],
  openedExternally: [],
  permissionHandlers: {},
  appCalls: [],
  /** The `prompt` argument of each isTrustedAccessibilityClient call. */
  accessibilityChecks: [],
  quitRequested: false,
};

class App extends EventEmitter {
  isPackaged = false;
  commandLine = {
    values: new Map(
      process.env.SMOKE_ENABLE_FEATURES
        ? [['enable-features', process.env.SMOKE_ENABLE_FEATURES]]
        : [],
    ),
    getSwitchValue: (name) => this.commandLine.values.get(name) ?? '',
    appendSwitch: (name, value) => {
      recorder.switches.push([name, value]);
      this.commandLine.values.set(name, value ?? '');
    },
  };
  dock =
    process.platform === 'darwin' ? { hide: () => recorder.appCalls.push('dock.hide') } : undefined;
  paths = new Map([['userData', process.env.SMOKE_USER_DATA]]);
  setPath(name, value) {
    recorder.userDataSetTo = value;
    this.paths.set(name, value);
  }
  getPath(name) {
    return this.paths.get(name);
  }
  getAppPath() {
    return process.cwd();
  }
  getVersion() {
    return JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version;
  }
  requestSingleInstanceLock() {
    return process.env.SMOKE_SECOND_INSTANCE !== '1';
  }
  whenReady() {
    return new Promise((resolve) => setTimeout(resolve, 5));
  }
  quit() {
    recorder.quitRequested = true;
  }
  exit(code) {
    recorder.appCalls.push(`exit ${code}`);
  }
  focus(options) {
    recorder.appCalls.push(`focus ${JSON.stringify(options)}`);
  }
  hide() {
    recorder.appCalls.push('hide');
  }
  setLoginItemSettings(settings) {
    recorder.appCalls.push(`setLoginItemSettings ${JSON.stringify(settings)}`);
  }
}
export const app = new App();

class WebContents extends EventEmitter {
  sent = [];
  windowOpenHandler = null;
  send(channel, payload) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.visible = false;
    this.destroyed = false;
    this.bounds = null;
    this.loadedURL = null;
    this.calls = [];
    recorder.windows.push(this);
  }
  loadURL(url) {
    this.loadedURL = url;
    return Promise.resolve();
  }
  isVisible() {
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {
    this.calls.push('show');
    this.visible = true;
  }
  hide() {
    this.calls.push('hide');
    this.visible = false;
    // Electron emits 'hide' once the window is hidden; a paste waits for it.
    queueMicrotask(() => this.emit('hide'));
  }
  focus() {
    this.calls.push('focus');
  }
  setBounds(bounds) {
    this.bounds = bounds;
  }
  setVisibleOnAllWorkspaces(visible, options) {
    this.calls.push(`setVisibleOnAllWorkspaces ${visible} ${JSON.stringify(options)}`);
  }
}

// No Accessibility grant: on macOS pasting is then only a copy, with the advice to grant it.
export const systemPreferences = {
  isTrustedAccessibilityClient(prompt) {
    recorder.accessibilityChecks.push(prompt);
    return false;
  },
};

let clipboardText = '';
export const clipboard = {
  writeText: (text) => (clipboardText = text),
  readText: () => clipboardText,
};

export const globalShortcut = {
  register(accelerator, callback) {
    if (accelerator === process.env.SMOKE_TAKEN_HOTKEY) return false;
    recorder.shortcuts.set(accelerator, callback);
    return true;
  },
  unregister(accelerator) {
    recorder.unregistered.push(accelerator);
    recorder.shortcuts.delete(accelerator);
  },
  unregisterAll() {
    recorder.shortcuts.clear();
  },
};

export const ipcMain = {
  handle(channel, listener) {
    if (recorder.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    recorder.ipcHandlers.set(channel, listener);
  },
};

export const Menu = {
  buildFromTemplate(template) {
    const menu = { template };
    recorder.menus.push(menu);
    return menu;
  },
};

function image(source, empty) {
  return {
    source,
    template: false,
    isEmpty: () => empty,
    setTemplateImage(value) {
      this.template = value;
    },
  };
}
export const nativeImage = {
  createFromPath: (path) => image(path, !existsSync(path)),
  createFromDataURL: (url) => image(url.slice(0, 30), false),
};

export class Notification {
  static isSupported() {
    return true;
  }
  constructor(options) {
    this.options = options;
  }
  show() {
    recorder.notifications.push(this.options);
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recorder.privilegedSchemes = schemes;
  },
  handle(scheme, handler) {
    recorder.protocolHandlers.set(scheme, handler);
  },
};

export const screen = {
  getCursorScreenPoint: () => ({ x: 2500, y: 300 }),
  getAllDisplays: () => [
    {
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    },
    {
      bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
      workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
    },
  ],
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h) => (recorder.permissionHandlers.request = h),
    setPermissionCheckHandler: (h) => (recorder.permissionHandlers.check = h),
    setDevicePermissionHandler: (h) => (recorder.permissionHandlers.device = h),
  },
};

export const dialog = {
  showErrorBox(title, content) {
    recorder.appCalls.push(`showErrorBox ${title}: ${content}`);
  },
};

export const shell = {
  openExternal: async (url) => {
    recorder.openedExternally.push(url);
  },
};

export class Tray extends EventEmitter {
  constructor(icon) {
    super();
    this.icon = icon;
    this.contextMenu = null;
    this.toolTip = null;
    this.poppedUp = [];
    recorder.trays.push(this);
  }
  setContextMenu(menu) {
    this.contextMenu = menu;
  }
  popUpContextMenu(menu) {
    this.poppedUp.push(menu);
  }
  setToolTip(text) {
    this.toolTip = text;
  }
  setIgnoreDoubleClickEvents(ignore) {
    this.ignoresDoubleClicks = ignore;
  }
}
