import { describe, expect, it } from 'vitest';
import { acceleratorProblem } from '../../core/hotkey-rules';
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
