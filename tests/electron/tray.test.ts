import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_TRAY_ICON_DATA_URL,
  controlTray,
  trayIconPath,
  usesContextMenu,
} from '../../electron/tray';
import { FakeTray, type FakeMenu } from './fakes';

function setup(platform: NodeJS.Platform) {
  const tray = new FakeTray();
  let leftClicks = 0;
  const control = controlTray<FakeMenu>({ tray, platform, onLeftClick: () => (leftClicks += 1) });
  return { tray, control, leftClicks: () => leftClicks };
}

describe('tray behaviour', () => {
  it('Linux: the menu is the context menu, set again on every change', () => {
    const { tray, control } = setup('linux');
    expect(usesContextMenu('linux')).toBe(true);
    expect(tray.listeners.size).toBe(0);
    control.update({ id: 1 }, 'tip 1');
    expect(tray.contextMenu).toEqual({ id: 1 });
    control.update({ id: 2 }, 'tip 2');
    expect(tray.contextMenu).toEqual({ id: 2 });
    expect(tray.toolTip).toBe('tip 2');
  });

  for (const platform of ['darwin', 'win32'] as const) {
    it(`${platform}: left click toggles the window, right click pops the newest menu up`, () => {
      const { tray, control, leftClicks } = setup(platform);
      control.update({ id: 1 }, 'tip');
      control.update({ id: 2 }, 'tip');
      expect(tray.contextMenu).toBeNull();
      tray.emit('click');
      expect(leftClicks()).toBe(1);
      expect(tray.poppedUp).toEqual([]);
      tray.emit('right-click');
      expect(tray.poppedUp).toEqual([{ id: 2 }]);
      // macOS would otherwise delay every click, waiting for a double click.
      expect(tray.ignoresDoubleClicks).toBe(platform === 'darwin');
    });
  }

  it('a right click before the first menu does nothing', () => {
    const { tray } = setup('win32');
    tray.emit('right-click');
    expect(tray.poppedUp).toEqual([]);
  });
});

describe('tray icon', () => {
  it('picks the template image on macOS, the ICO on Windows, the PNG elsewhere', () => {
    const dir = join('app', 'resources', 'tray');
    expect(trayIconPath(dir, 'darwin')).toBe(join(dir, 'trayTemplate.png'));
    expect(trayIconPath(dir, 'win32')).toBe(join(dir, 'tray.ico'));
    expect(trayIconPath(dir, 'linux')).toBe(join(dir, 'tray.png'));
  });

  it('has a stand-in that is a 16×16 PNG', () => {
    const bytes = Buffer.from(FALLBACK_TRAY_ICON_DATA_URL.split(',')[1]!, 'base64');
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([16, 16]);
  });
});
