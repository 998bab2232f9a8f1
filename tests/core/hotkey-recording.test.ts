import { describe, expect, it } from 'vitest';
import { recordKeyPress, type KeyPress } from '../../core/hotkey-recording';

describe('recordKeyPress', () => {
  const press = (code: string, key: string, held: Partial<KeyPress> = {}): KeyPress => ({
    code,
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...held,
  });

  it('records Ctrl off macOS and Cmd on macOS as CommandOrControl', () => {
    expect(recordKeyPress(press('KeyK', 'k', { ctrlKey: true, shiftKey: true }), 'linux')).toEqual({
      state: 'done',
      accelerator: 'CommandOrControl+Shift+K',
    });
    expect(recordKeyPress(press('KeyK', 'k', { metaKey: true, altKey: true }), 'darwin')).toEqual({
      state: 'done',
      accelerator: 'CommandOrControl+Alt+K',
    });
    expect(recordKeyPress(press('KeyK', 'k', { ctrlKey: true, altKey: true }), 'darwin')).toEqual({
      state: 'done',
      accelerator: 'Control+Alt+K',
    });
    expect(recordKeyPress(press('KeyK', 'k', { metaKey: true }), 'win32')).toEqual({
      state: 'done',
      accelerator: 'Super+K',
    });
  });

  it('records the physical key, not the character it typed', () => {
    expect(recordKeyPress(press('KeyA', 'å', { altKey: true }), 'darwin')).toEqual({
      state: 'done',
      accelerator: 'Alt+A',
    });
    expect(
      recordKeyPress(press('Digit1', '!', { ctrlKey: true, shiftKey: true }), 'linux'),
    ).toEqual({ state: 'done', accelerator: 'CommandOrControl+Shift+1' });
    expect(recordKeyPress(press('Numpad5', '5', { ctrlKey: true }), 'linux')).toEqual({
      state: 'done',
      accelerator: 'CommandOrControl+num5',
    });
    expect(recordKeyPress(press('ArrowUp', 'ArrowUp', { altKey: true }), 'linux')).toEqual({
      state: 'done',
      accelerator: 'Alt+Up',
    });
  });

  it('waits while only modifiers are held', () => {
    expect(recordKeyPress(press('ControlLeft', 'Control', { ctrlKey: true }), 'linux')).toEqual({
      state: 'partial',
      modifiers: ['CommandOrControl'],
    });
  });

  it('applies the same rules as the settings and the main process', () => {
    expect(recordKeyPress(press('KeyK', 'k'), 'linux')).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/needs a modifier/),
    });
    expect(recordKeyPress(press('KeyK', 'K', { shiftKey: true }), 'linux')).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/Shift and AltGr/),
    });
    expect(recordKeyPress(press('F5', 'F5'), 'linux')).toMatchObject({ state: 'invalid' });
    expect(recordKeyPress(press('F13', 'F13'), 'linux')).toEqual({
      state: 'done',
      accelerator: 'F13',
    });
    expect(recordKeyPress(press('KeyC', 'c', { metaKey: true }), 'darwin')).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/^⌘C is Copy on macOS/),
    });
    expect(recordKeyPress(press('F4', 'F4', { altKey: true }), 'win32')).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/^Alt\+F4 closes the window/),
    });
  });

  it('refuses a key that no accelerator can name', () => {
    expect(recordKeyPress(press('IntlBackslash', '<', { ctrlKey: true }), 'linux')).toEqual({
      state: 'invalid',
      message: '“<” cannot be part of a global shortcut',
    });
  });
});
