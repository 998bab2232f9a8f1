import { describe, expect, test } from 'vitest';
import {
  enterActionWords,
  listCommandForKey,
  windowCommandForKey,
} from '../../renderer/src/lib/keymap';
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

  test('Enter runs the primary action, Shift+Enter the other one, Ctrl/Cmd+Enter keeps the window', () => {
    const act = (action: string) => ({ type: 'act', action });
    expect(listCommandForKey(press('Enter'))).toEqual(act('primary'));
    expect(listCommandForKey(press('Enter', { shiftKey: true }))).toEqual(act('other'));
    expect(listCommandForKey(press('Enter', { ctrlKey: true }))).toEqual(act('stay'));
    expect(listCommandForKey(press('Enter', { metaKey: true }))).toEqual(act('stay'));
    // Chords with no meaning of their own stay with the browser.
    expect(listCommandForKey(press('Enter', { altKey: true }))).toBeNull();
    expect(listCommandForKey(press('Enter', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  test('the key hints name what each Enter does under the primary action', () => {
    expect(enterActionWords('copy-and-hide', 'primary')).toBe('copy');
    expect(enterActionWords('copy-and-hide', 'other')).toBe('paste');
    expect(enterActionWords('copy-and-hide', 'stay')).toBe('copy, stay');
    expect(enterActionWords('paste', 'primary')).toBe('paste');
    expect(enterActionWords('paste', 'other')).toBe('copy');
    expect(enterActionWords('paste', 'stay')).toBe('paste, stay');
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
