import { describe, expect, it } from 'vitest';
import {
  describeAccelerator,
  describeModifiers,
  keyboardPlatformOf,
  keyboardPlatformOfNavigator,
  parseAccelerator,
} from '../../core/accelerator';
import { DEFAULT_HOTKEY } from '../../core/settings';

describe('parseAccelerator', () => {
  it('reads modifiers in the order written and the key in Electron’s spelling', () => {
    expect(parseAccelerator('cmdorctrl+option+enter')).toEqual({
      ok: true,
      accelerator: { modifiers: ['CommandOrControl', 'Alt'], key: 'Return' },
    });
    expect(parseAccelerator('Meta+esc')).toEqual({
      ok: true,
      accelerator: { modifiers: ['Super'], key: 'Escape' },
    });
    expect(parseAccelerator('Ctrl+Alt')).toMatchObject({ ok: false });
  });
});

describe('describeAccelerator', () => {
  // One row per accelerator: how macOS, Windows and Linux read it.
  it.each([
    [DEFAULT_HOTKEY, '⌥⌘Space', 'Ctrl+Alt+Space', 'Ctrl+Alt+Space'],
    ['CmdOrCtrl+Shift+P', '⇧⌘P', 'Ctrl+Shift+P', 'Ctrl+Shift+P'],
    ['Shift+Alt+Control+K', '⌃⌥⇧K', 'Ctrl+Alt+Shift+K', 'Ctrl+Alt+Shift+K'],
    ['Command+Control+Space', '⌃⌘Space', 'Win+Ctrl+Space', 'Super+Ctrl+Space'],
    ['Meta+K', '⌘K', 'Win+K', 'Super+K'],
    ['Option+numadd', '⌥Num+', 'Alt+Num+', 'Alt+Num+'],
    ['ctrl+alt+num5', '⌃⌥Num5', 'Ctrl+Alt+Num5', 'Ctrl+Alt+Num5'],
    ['alt+f13', '⌥F13', 'Alt+F13', 'Alt+F13'],
    ['F13', 'F13', 'F13', 'F13'],
    ['AltGr+Plus', '⌥Plus', 'AltGr+Plus', 'AltGr+Plus'],
    ['Ctrl+Banana', 'Ctrl+Banana', 'Ctrl+Banana', 'Ctrl+Banana'],
  ] as const)('%s reads %s / %s / %s', (accelerator, darwin, win32, linux) => {
    expect(describeAccelerator(accelerator, 'darwin')).toBe(darwin);
    expect(describeAccelerator(accelerator, 'win32')).toBe(win32);
    expect(describeAccelerator(accelerator, 'linux')).toBe(linux);
  });

  it('spells modifiers alone ready for a key', () => {
    expect(describeModifiers(['CommandOrControl', 'Shift'], 'darwin')).toBe('⇧⌘');
    expect(describeModifiers(['CommandOrControl', 'Shift'], 'linux')).toBe('Ctrl+Shift+');
    expect(describeModifiers([], 'win32')).toBe('');
  });
});

describe('platforms', () => {
  it('reads Node’s and the browser’s names for them', () => {
    expect(keyboardPlatformOf('darwin')).toBe('darwin');
    expect(keyboardPlatformOf('win32')).toBe('win32');
    expect(keyboardPlatformOf('freebsd')).toBe('linux');
    expect(keyboardPlatformOfNavigator('MacIntel')).toBe('darwin');
    expect(keyboardPlatformOfNavigator('iPad')).toBe('darwin');
    expect(keyboardPlatformOfNavigator('Win32')).toBe('win32');
    expect(keyboardPlatformOfNavigator('Linux x86_64')).toBe('linux');
  });
});
