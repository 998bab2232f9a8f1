import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings as LoginItemSettings } from 'electron';
import {
  autostartEntry,
  autostartPath,
  createLoginItem,
  desktopExecValue,
  launchCommand,
} from '../../electron/login-item';

describe('XDG autostart entry', () => {
  it('lives in $XDG_CONFIG_HOME/autostart, ~/.config by default', () => {
    expect(autostartPath({}, '/home/ada')).toBe(
      '/home/ada/.config/autostart/status-palette.desktop',
    );
    expect(autostartPath({ XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe(
      '/cfg/autostart/status-palette.desktop',
    );
    // The spec ignores a relative XDG_CONFIG_HOME.
    expect(autostartPath({ XDG_CONFIG_HOME: 'cfg' }, '/home/ada')).toBe(
      '/home/ada/.config/autostart/status-palette.desktop',
    );
  });

  it('is a valid desktop entry', () => {
    expect(
      autostartEntry({
        name: 'Status Palette',
        comment: 'Codes',
        argv: ['/opt/status-palette/status-palette'],
      }),
    ).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Status Palette',
        'Comment=Codes',
        'Exec=/opt/status-palette/status-palette',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [['/usr/bin/status-palette'], '/usr/bin/status-palette'],
    [['/opt/Status Palette/status-palette'], '"/opt/Status Palette/status-palette"'],
    [['/home/ada/100%/app'], '/home/ada/100%%/app'],
    [['/home/ada/a"b/app'], '"/home/ada/a\\\\"b/app"'],
    [['/home/ada/$HOME/app'], '"/home/ada/\\\\$HOME/app"'],
    [['/home/ada/back\\slash'], '"/home/ada/back\\\\\\\\slash"'],
    [
      ['/usr/bin/electron', '/home/ada/src/status palette'],
      '/usr/bin/electron "/home/ada/src/status palette"',
    ],
    [[''], '""'],
  ])('quotes Exec for %j', (argv, expected) => {
    expect(desktopExecValue(argv)).toBe(expected);
  });
});

describe('launch command', () => {
  it('is the AppImage, the executable, or Electron and the app folder', () => {
    const base = { execPath: '/tmp/.mount_x/status-palette', appPath: '/src', isPackaged: true };
    expect(launchCommand({ ...base, appImage: '/home/ada/Status.AppImage' })).toEqual([
      '/home/ada/Status.AppImage',
    ]);
    expect(launchCommand(base)).toEqual(['/tmp/.mount_x/status-palette']);
    expect(launchCommand({ ...base, isPackaged: false })).toEqual([
      '/tmp/.mount_x/status-palette',
      '/src',
    ]);
  });
});

describe('login item', () => {
  it('macOS and Windows go through app.setLoginItemSettings', async () => {
    const calls: LoginItemSettings[] = [];
    for (const platform of ['darwin', 'win32'] as const) {
      const set = createLoginItem({
        platform,
        setLoginItemSettings: (s) => calls.push(s),
        argv: ['C:\\Program Files\\Electron\\electron.exe', 'C:\\src\\status palette'],
        autostartFile: '/unused',
      });
      await set(true);
      await set(false);
    }
    expect(calls).toEqual([
      { openAtLogin: true },
      { openAtLogin: false },
      {
        openAtLogin: true,
        path: 'C:\\Program Files\\Electron\\electron.exe',
        args: ['"C:\\src\\status palette"'],
      },
      {
        openAtLogin: false,
        path: 'C:\\Program Files\\Electron\\electron.exe',
        args: ['"C:\\src\\status palette"'],
      },
    ]);
  });

  it('Linux writes and removes the autostart entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'palette-autostart-'));
    const file = join(dir, 'autostart', 'status-palette.desktop');
    const set = createLoginItem({
      platform: 'linux',
      setLoginItemSettings: () => {
        throw new Error('not on Linux');
      },
      argv: ['/opt/Status Palette/status-palette'],
      autostartFile: file,
    });
    await set(true);
    expect(await readFile(file, 'utf8')).toContain('Exec="/opt/Status Palette/status-palette"');
    await set(false);
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    await set(false); // already off: still fine
    await rm(dir, { recursive: true, force: true });
  });
});
