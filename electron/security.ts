/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), as
 * code: what the page may not do (navigate, open windows, attach webviews, ask for permissions).
 * The window's web preferences are spelled out in electron/main.ts, where electronegativity can
 * read them. docs/desktop.md lists each checklist item with its test.
 */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of `WebContents` this module uses: Electron's own object satisfies it. */
export interface LockableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The page never navigates away, never opens a window and never attaches a <webview>. A link to
 * an allowed reference host that a page tries to open in a new window goes to the browser.
 */
export function lockDownWebContents(
  contents: LockableContents,
  options: { openExternal: (url: string) => void; log: (message: string) => void },
): void {
  const { openExternal, log } = options;
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log(`security: navigation to ${url} denied`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log(`security: redirect to ${url} denied`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('security: <webview> denied');
  });
  contents.setWindowOpenHandler((details) => {
    log(`security: new window for ${details.url} denied`);
    openExternal(details.url);
    return { action: 'deny' };
  });
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/** The palette needs no permission: camera, notifications, clipboard reads... all refused. */
export function denyAllPermissions(
  session: PermissionSession,
  log: (message: string) => void,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`security: permission request "${permission}" denied`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
