import { describe, expect, it } from 'vitest';
import {
  denyAllPermissions,
  lockDownWebContents,
  type LockableContents,
  type PermissionSession,
  type PreventableEvent,
} from '../../electron/security';
import { recordingLog } from './fakes';

class FakeContents implements LockableContents {
  readonly listeners = new Map<string, (event: PreventableEvent, url: string) => void>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  on(event: string, listener: (event: PreventableEvent, url: string) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  fire(event: string, url = ''): boolean {
    let prevented = false;
    this.listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

class FakeSession implements PermissionSession {
  request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | null = null;
  check: (() => boolean) | null = null;
  device: (() => boolean) | null = null;
  setPermissionRequestHandler(handler: NonNullable<FakeSession['request']>): void {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: () => boolean): void {
    this.device = handler;
  }
}

describe('web contents lock-down', () => {
  function setup() {
    const contents = new FakeContents();
    const opened: string[] = [];
    const { log, lines } = recordingLog();
    lockDownWebContents(contents, { openExternal: (url) => opened.push(url), log });
    return { contents, opened, lines };
  }

  it('denies every navigation and redirect (checklist item 13)', () => {
    const { contents, lines } = setup();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://palette/index.html')).toBe(true);
    expect(contents.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(lines).toHaveLength(3);
  });

  it('denies new windows, handing the URL to the guarded opener (item 14)', () => {
    const { contents, opened } = setup();
    expect(contents.openHandler!({ url: 'https://www.iana.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.iana.org/', 'javascript:alert(1)']);
  });

  it('denies <webview> (items 11, 12)', () => {
    const { contents } = setup();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});

describe('permissions (item 5)', () => {
  it('refuses every request and every check', () => {
    const session = new FakeSession();
    const { log, lines } = recordingLog();
    denyAllPermissions(session, log);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation']) {
      let granted: boolean | null = null;
      session.request!({}, permission, (answer) => (granted = answer));
      expect(granted).toBe(false);
    }
    expect(session.check!()).toBe(false);
    expect(session.device!()).toBe(false);
    expect(lines).toHaveLength(4);
  });
});
