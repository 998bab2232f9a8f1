import { describe, expect, test } from 'vitest';
import type { EnterAction, View } from '../../core/ipc';
import { entryByCode, type FormatId, type StatusEntry } from '../../core/registry';
import type { Move } from '../../renderer/src/lib/keymap';
import type { ListOption } from '../../renderer/src/lib/listing';
import { createKeyDispatch, type KeyTargets } from '../../renderer/src/lib/window/key-dispatch';
import { press } from './key-press';

const option = (code: number): ListOption => {
  const entry = entryByCode(code);
  if (!entry) throw new Error(`no ${code}`);
  return { id: `o-${code}`, entry, result: null };
};

/** The parts as plain objects that record what they were asked. */
function fakeTargets(start: { query?: string; view?: View; wouldHide?: boolean } = {}) {
  const calls: string[] = [];
  const options = [option(200), option(404), option(418)];
  const session = {
    query: start.query ?? '',
    format: 'constant' as FormatId,
    highlighted: options[0] as ListOption | null,
    move: (move: Move) => void calls.push(`move ${move}`),
    highlightNth(index: number) {
      calls.push(`highlight #${index}`);
      return options[index] ?? null;
    },
    cycleFormat: (step: 1 | -1) => void calls.push(`cycle ${step}`),
    setQuery(query: string) {
      calls.push(`query "${query}"`);
      session.query = query;
    },
    focusSearch: () => void calls.push('focus'),
  };
  const app = {
    wouldHide: start.wouldHide ?? false,
    act: async (entry: StatusEntry, format: FormatId, action: EnterAction) =>
      void calls.push(`${action} ${entry.code} ${format}`),
    hide: async () => void calls.push('hide'),
    toggleFavourite: async (entry: StatusEntry) => void calls.push(`favourite ${entry.code}`),
  };
  const router = {
    view: start.view ?? 'search',
    open(view: View) {
      calls.push(`open ${view}`);
      router.view = view;
    },
  };
  const targets: KeyTargets = { session, app, router };
  return { calls, targets, session };
}

describe('in the search view', () => {
  test('arrows move the highlight; Enter, Shift+Enter and Ctrl+Enter act on the highlighted status', () => {
    const { calls, targets } = fakeTargets();
    const keys = createKeyDispatch(targets);
    expect(keys.onSearchKey(press('ArrowDown'))).toBe(true);
    expect(keys.onSearchKey(press('Enter'))).toBe(true);
    expect(keys.onSearchKey(press('Enter', { shiftKey: true }))).toBe(true);
    expect(keys.onSearchKey(press('Enter', { ctrlKey: true }))).toBe(true);
    expect(calls).toEqual([
      'move next',
      'primary 200 constant',
      'other 200 constant',
      'stay 200 constant',
    ]);
  });

  test('Enter over an empty list does nothing, and still keeps the key', () => {
    const { calls, targets, session } = fakeTargets();
    session.highlighted = null;
    expect(createKeyDispatch(targets).onSearchKey(press('Enter'))).toBe(true);
    expect(calls).toEqual([]);
  });

  test('Ctrl/Cmd+N highlights and copies the Nth row; past the end it copies nothing', () => {
    const { calls, targets } = fakeTargets();
    const keys = createKeyDispatch(targets);
    expect(keys.onWindowKey(press('2', { metaKey: true }))).toBe(true);
    expect(keys.onWindowKey(press('9', { ctrlKey: true }))).toBe(true);
    expect(calls).toEqual(['highlight #1', 'primary 404 constant', 'highlight #8']);
  });

  test('Esc clears a query first, then hides the window', () => {
    const { calls, targets } = fakeTargets({ query: 'teapot' });
    const keys = createKeyDispatch(targets);
    keys.onWindowKey(press('Escape'));
    keys.onWindowKey(press('Escape'));
    expect(calls).toEqual(['query ""', 'focus', 'hide']);
  });

  test('Alt+←/→ cycle the format, Ctrl/Cmd+D toggles the favourite, Ctrl/Cmd+, opens the preferences', () => {
    const { calls, targets } = fakeTargets();
    const keys = createKeyDispatch(targets);
    keys.onWindowKey(press('ArrowLeft', { altKey: true }));
    keys.onWindowKey(press('d', { ctrlKey: true }));
    keys.onWindowKey(press(',', { metaKey: true }));
    expect(calls).toEqual(['cycle -1', 'favourite 200', 'open preferences']);
  });

  test('keys the map does not know keep their default', () => {
    const { calls, targets } = fakeTargets();
    const keys = createKeyDispatch(targets);
    expect(keys.onWindowKey(press('a'))).toBe(false);
    expect(keys.onSearchKey(press('a'))).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('outside the search view', () => {
  test('Esc goes back to the search', () => {
    const { calls, targets } = fakeTargets({ view: 'about' });
    expect(createKeyDispatch(targets).onWindowKey(press('Escape'))).toBe(true);
    expect(calls).toEqual(['open search']);
  });

  test('Ctrl/Cmd+, opens the preferences from the about page, and leaves them for the search', () => {
    const { calls, targets } = fakeTargets({ view: 'about' });
    const keys = createKeyDispatch(targets);
    expect(keys.onWindowKey(press(',', { ctrlKey: true }))).toBe(true);
    expect(keys.onWindowKey(press(',', { metaKey: true }))).toBe(true);
    expect(calls).toEqual(['open preferences', 'open search']);
  });

  test("the search's own keys are left alone there", () => {
    const { calls, targets } = fakeTargets({ view: 'preferences' });
    const keys = createKeyDispatch(targets);
    expect(keys.onWindowKey(press('1', { ctrlKey: true }))).toBe(false);
    expect(keys.onWindowKey(press('ArrowRight', { altKey: true }))).toBe(false);
    expect(calls).toEqual([]);
  });
});

test('while the browser tab "would hide", the window takes no keys', () => {
  const { calls, targets } = fakeTargets({ wouldHide: true });
  expect(createKeyDispatch(targets).onWindowKey(press('Escape'))).toBe(false);
  expect(calls).toEqual([]);
});
