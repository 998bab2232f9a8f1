import { describe, expect, it } from 'vitest';
import {
  acceleratorProblem,
  describeAccelerator,
  describeModifiers,
  keyboardPlatformOf,
  keyboardPlatformOfNavigator,
  parseAccelerator,
} from '../../core/accelerator';
import { DEFAULT_HOTKEY } from '../../core/settings';

describe('acceleratorProblem', () => {
  it.each([
    DEFAULT_HOTKEY,
    'CmdOrCtrl+Shift+P',
    'Control+Alt+H',
    'Super+K',
    'Alt+F1',
    'Ctrl+F12',
    'F13',
    'F24',
    'Shift+F13',
    'Ctrl+Plus',
    'Option+numadd',
    'Shift+Alt+/',
    'cmdorctrl+alt+space',
    'Ctrl+Shift+C',
    'Ctrl+Alt+Backspace',
    'Control+Tab',
  ])('accepts %s', (accelerator) => {
    expect(acceleratorProblem(accelerator)).toBeNull();
  });

  it.each([
    ['', /without spaces/],
    [' Ctrl+K', /without spaces/],
    ['Ctrl++', /Plus/],
    ['Ctrl+Alt', /ends with a key/],
    ['Hyper+K', /not a modifier/],
    ['Ctrl+Control+K', /twice/],
    ['Ctrl+Banana', /not a key/],
    ['Ctrl+K+L', /not a modifier/],
    ['K', /needs a modifier/],
    ['Space', /needs a modifier/],
    ['F1', /needs a modifier.*F13–F24/],
    ['F12', /needs a modifier/],
    ['VolumeUp', /needs a modifier/],
    ['Shift+K', /Shift and AltGr only change what a key types/],
    ['AltGr+Q', /Shift and AltGr/],
    ['Shift+AltGr+F5', /Shift and AltGr/],
  ])('refuses %j', (accelerator, reason) => {
    expect(acceleratorProblem(accelerator)).toMatch(reason);
  });

  // A settings file travels, so a shortcut is refused when it is taken on any platform.
  it.each([
    ['CommandOrControl+C', '⌘C is Copy on macOS'],
    ['Control+V', 'Ctrl+V is Paste on Windows and Linux'],
    ['Command+X', '⌘X is Cut on macOS'],
    ['Super+Z', '⌘Z is Undo on macOS'],
    ['cmdorctrl+a', '⌘A is Select All on macOS'],
    ['CmdOrCtrl+Q', '⌘Q quits the app in front on macOS'],
    ['Ctrl+Q', 'Ctrl+Q quits the app in front on Windows and Linux'],
    ['Cmd+W', '⌘W closes the window in front on macOS'],
    ['Alt+F4', 'Alt+F4 closes the window in front on Windows and Linux'],
    ['Option+F4', 'Alt+F4 closes the window in front on Windows and Linux'],
    ['Alt+Tab', 'Alt+Tab switches windows on Windows and Linux'],
    ['Shift+Alt+Tab', 'Alt+Shift+Tab switches windows on Windows and Linux'],
    ['Command+Tab', '⌘Tab switches apps on macOS'],
    ['CommandOrControl+Shift+Tab', '⇧⌘Tab switches apps on macOS'],
    ['Cmd+Space', '⌘Space opens Spotlight on macOS'],
    ['Meta+Space', '⌘Space opens Spotlight on macOS'],
    ['Ctrl+Alt+Delete', 'Ctrl+Alt+Delete belongs to the system'],
    ['CommandOrControl+Alt+Delete', 'Ctrl+Alt+Delete belongs to the system'],
  ])(
    'refuses %s, a shortcut of the system or of every editor, and says why',
    (accelerator, why) => {
      const problem = acceleratorProblem(accelerator);
      expect(problem).toContain(why);
      expect(problem).toMatch(/as the global hotkey it would stop doing that$/);
    },
  );

  it('names a refused shortcut as the given platform spells it', () => {
    expect(acceleratorProblem('CommandOrControl+C', 'darwin')).toMatch(/^⌘C is Copy on macOS/);
    expect(acceleratorProblem('CommandOrControl+C', 'win32')).toMatch(
      /^Ctrl\+C is Copy on Windows and Linux/,
    );
    // Taken on macOS only, so even a Linux person hears the macOS name.
    expect(acceleratorProblem('Super+Space', 'linux')).toMatch(/^⌘Space opens Spotlight/);
  });
});

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
