import { describe, expect, it } from 'vitest';
import { DEFAULT_HOTKEY } from '../../core/settings';
import { acceleratorProblem, describeAccelerator } from '../../electron/accelerator';

describe('acceleratorProblem', () => {
  it.each([
    DEFAULT_HOTKEY,
    'CmdOrCtrl+Shift+P',
    'Control+Alt+H',
    'Super+Space',
    'Alt+F1',
    'F13',
    'Ctrl+Plus',
    'Option+numadd',
    'Shift+Alt+/',
    'cmdorctrl+alt+space',
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
    ['K', /needs a modifier/],
    ['Space', /needs a modifier/],
    ['Ctrl+K+L', /not a modifier/],
  ])('refuses %j', (accelerator, reason) => {
    expect(acceleratorProblem(accelerator)).toMatch(reason);
  });
});

describe('describeAccelerator', () => {
  it('speaks each platform', () => {
    expect(describeAccelerator(DEFAULT_HOTKEY, 'darwin')).toBe('Cmd+Option+Space');
    expect(describeAccelerator(DEFAULT_HOTKEY, 'win32')).toBe('Ctrl+Alt+Space');
    expect(describeAccelerator(DEFAULT_HOTKEY, 'linux')).toBe('Ctrl+Alt+Space');
    expect(describeAccelerator('Meta+K', 'linux')).toBe('Super+K');
  });
});
