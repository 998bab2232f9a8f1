import { describe, expect, it } from 'vitest';
import { createAppService } from '../../core/app-service';
import type { View } from '../../core/ipc';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { createHotkey } from '../../electron/hotkey';
import { createSettingsStore } from '../../electron/settings-store';
import { createTrayDispatcher } from '../../electron/tray-actions';
import { FakeClipboard, FakeGlobalShortcut, recordingLog } from './fakes';

function setup(settings: Partial<Settings> = {}, pasteFails = false) {
  const pasted: string[] = [];
  const told: string[] = [];
  const clipboard = new FakeClipboard();
  const store = createSettingsStore(
    { ...DEFAULT_SETTINGS, ...settings },
    { dir: '/nonexistent', write: async () => {} },
  );
  const hotkey = createHotkey({
    globalShortcut: new FakeGlobalShortcut(),
    platform: 'linux',
    onPress: () => {},
  });
  hotkey.register(store.get().hotkey);
  const service = createAppService({
    storage: store,
    clipboard,
    hotkey,
    loginItem: {
      set: async () => {
        throw new Error('no autostart folder');
      },
    },
    openLink: async () => ({ ok: true }),
    window: { hide: () => {}, refocus: () => {} },
    paster: {
      async paste(text) {
        clipboard.writeText(text);
        if (pasteFails) {
          return {
            kind: 'copied',
            message: 'Copied, not pasted. Install xdotool.',
            repeated: false,
          };
        }
        pasted.push(text);
        return { kind: 'pasted' };
      },
      check: () => ({ canPaste: true, summary: 'Pastes with a fake.' }),
      enable: () => {},
    },
    tell: (message) => void told.push(message),
    now: () => 0,
    host: 'electron',
    appVersion: '0',
    notice: null,
  });
  const shown: View[] = [];
  const notifications: [string, string][] = [];
  let quit = 0;
  const { log } = recordingLog();
  const dispatch = createTrayDispatcher({
    service,
    show: (view) => shown.push(view),
    quit: () => (quit += 1),
    notify: (title, body) => notifications.push([title, body]),
    log,
  });
  return { dispatch, clipboard, service, shown, notifications, pasted, told, quits: () => quit };
}

describe('tray actions', () => {
  it('paste into the previous app when Enter pastes, and turn that on and off', async () => {
    const { dispatch, service, pasted, clipboard } = setup();
    await dispatch({ type: 'set-paste', enabled: true });
    expect(service.state().settings.primaryAction).toBe('paste');
    await dispatch({ type: 'paste', code: 429, format: 'fastapi' });
    expect(pasted).toEqual(['status.HTTP_429_TOO_MANY_REQUESTS']);
    expect(clipboard.text).toBe('status.HTTP_429_TOO_MANY_REQUESTS');
    await dispatch({ type: 'set-paste', enabled: false });
    expect(service.state().settings.primaryAction).toBe('copy');
  });

  it('a tray paste that is only a copy is told once, by the service, not again by the menu', async () => {
    const { dispatch, notifications, told } = setup({ primaryAction: 'paste' }, true);
    await dispatch({ type: 'paste', code: 404, format: 'fastapi' });
    expect(told).toEqual(['Copied, not pasted. Install xdotool.']);
    expect(notifications).toEqual([]);
  });

  it('copies silently by default', async () => {
    const { dispatch, clipboard, notifications, service } = setup();
    await dispatch({ type: 'copy', code: 404, format: 'fastapi' });
    expect(clipboard.text).toBe('status.HTTP_404_NOT_FOUND');
    expect(notifications).toEqual([]);
    expect(service.state().settings.recents[0]!.code).toBe(404);
  });

  it('announces a tray copy when notifyOnTrayCopy is on', async () => {
    const { dispatch, notifications } = setup({ notifyOnTrayCopy: true });
    await dispatch({ type: 'copy', code: 429, format: 'go' });
    expect(notifications).toEqual([['Copied http.StatusTooManyRequests', '429 Too Many Requests']]);
  });

  it('always says when it copied the number because the format has no name', async () => {
    const { dispatch, clipboard, notifications } = setup();
    await dispatch({ type: 'copy', code: 499, format: 'fastapi' });
    expect(clipboard.text).toBe('499');
    expect(notifications).toEqual([['Copied 499', expect.stringContaining('copied the number')]]);
  });

  it('always announces a copy that failed', async () => {
    const { dispatch, clipboard, notifications } = setup();
    clipboard.failing = true;
    await dispatch({ type: 'copy', code: 404, format: 'fastapi' });
    expect(notifications[0]![0]).toBe('Status Palette: nothing copied');
  });

  it('changes settings, and announces a change the OS refused', async () => {
    const { dispatch, service, notifications } = setup();
    await dispatch({ type: 'set-copy-format', format: 'rust' });
    await dispatch({ type: 'set-hide-on-blur', enabled: false });
    expect(service.state().settings).toMatchObject({ copyFormat: 'rust', hideOnBlur: false });
    await dispatch({ type: 'set-launch-at-login', enabled: true });
    expect(service.state().settings.launchAtLogin).toBe(false);
    expect(notifications).toEqual([
      [
        'Status Palette: setting not changed',
        'Could not turn on launch at login: no autostart folder',
      ],
    ]);
  });

  it('shows views and quits', async () => {
    const { dispatch, shown, quits } = setup();
    await dispatch({ type: 'show', view: 'preferences' });
    await dispatch({ type: 'quit' });
    expect(shown).toEqual(['preferences']);
    expect(quits()).toBe(1);
  });
});
