import { describe, expect, test } from 'vitest';
import { listCommandForKey, windowCommandForKey } from '../../renderer/src/lib/keymap';
import { press } from './key-press';

describe('the search box keys', () => {
  test.each([
    ['ArrowDown', 'next'],
    ['ArrowUp', 'previous'],
    ['PageDown', 'pageDown'],
    ['PageUp', 'pageUp'],
    ['Home', 'first'],
    ['End', 'last'],
  ])('%s moves the highlight (%s)', (key, move) => {
    expect(listCommandForKey(press(key))).toEqual({ type: 'move', move });
  });

  test('Shift+Home and Shift+End are left to the text box (selecting text)', () => {
    expect(listCommandForKey(press('Home', { shiftKey: true }))).toBeNull();
    expect(listCommandForKey(press('End', { shiftKey: true }))).toBeNull();
  });

  test('Enter runs the primary action (copy and hide); Ctrl+Enter and Cmd+Enter copy and keep the window', () => {
    expect(listCommandForKey(press('Enter'))).toEqual({ type: 'copy', primary: true });
    expect(listCommandForKey(press('Enter', { ctrlKey: true }))).toEqual({
      type: 'copy',
      primary: false,
    });
    expect(listCommandForKey(press('Enter', { metaKey: true }))).toEqual({
      type: 'copy',
      primary: false,
    });
  });

  test('letters are typed, not commands', () => {
    expect(listCommandForKey(press('a'))).toBeNull();
    expect(windowCommandForKey(press('a'))).toBeNull();
  });
});

describe('the window keys', () => {
  test('Ctrl/Cmd+1…9 copy the n-th result', () => {
    expect(windowCommandForKey(press('1', { ctrlKey: true }))).toEqual({
      type: 'copyNth',
      index: 0,
    });
    expect(windowCommandForKey(press('9', { metaKey: true }))).toEqual({
      type: 'copyNth',
      index: 8,
    });
    expect(windowCommandForKey(press('0', { ctrlKey: true }))).toBeNull();
    expect(windowCommandForKey(press('1'))).toBeNull();
  });

  test('Alt+←/→ cycle the format; Alt+Shift arrows do not', () => {
    expect(windowCommandForKey(press('ArrowRight', { altKey: true }))).toEqual({
      type: 'cycleFormat',
      step: 1,
    });
    expect(windowCommandForKey(press('ArrowLeft', { altKey: true }))).toEqual({
      type: 'cycleFormat',
      step: -1,
    });
    expect(windowCommandForKey(press('ArrowLeft', { altKey: true, shiftKey: true }))).toBeNull();
  });

  test('Esc, Ctrl/Cmd+D and Ctrl/Cmd+,', () => {
    expect(windowCommandForKey(press('Escape'))).toEqual({ type: 'escape' });
    expect(windowCommandForKey(press('d', { ctrlKey: true }))).toEqual({
      type: 'toggleFavourite',
    });
    expect(windowCommandForKey(press('D', { metaKey: true }))).toEqual({
      type: 'toggleFavourite',
    });
    expect(windowCommandForKey(press(',', { ctrlKey: true }))).toEqual({ type: 'preferences' });
  });
});
