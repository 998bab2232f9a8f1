import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { search } from '../../core/search';
import { SearchSession } from '../../renderer/src/lib/window/search-session.svelte';
import { Toasts } from '../../renderer/src/lib/window/toasts.svelte';

describe('the toast', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  test('shows the latest message for a moment, twice as long with a note', () => {
    const toasts = new Toasts();
    toasts.show('ok', 'Copied 404');
    expect(toasts.current).toMatchObject({ tone: 'ok', message: 'Copied 404', note: null });
    vi.advanceTimersByTime(1799);
    expect(toasts.current).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(toasts.current).toBeNull();

    toasts.show('ok', 'Copied HTTP_413', 'the older name');
    vi.advanceTimersByTime(3599);
    expect(toasts.current?.note).toBe('the older name');
    vi.advanceTimersByTime(1);
    expect(toasts.current).toBeNull();
  });

  test('the same message again is a new toast with its own full time', () => {
    const toasts = new Toasts();
    toasts.show('error', 'Refused');
    const first = toasts.current!.id;
    vi.advanceTimersByTime(1000);
    toasts.show('error', 'Refused');
    expect(toasts.current!.id).toBeGreaterThan(first);
    vi.advanceTimersByTime(1000);
    expect(toasts.current).not.toBeNull();
  });
});

describe('the search session', () => {
  function session(overrides: Partial<Settings> = {}) {
    let settings: Settings = $state.raw({ ...DEFAULT_SETTINGS, ...overrides });
    const made = new SearchSession(() => settings);
    made.searchEngine = search;
    return {
      session: made,
      setSettings: (next: Partial<Settings>) => (settings = { ...settings, ...next }),
    };
  }

  test('a query lists its results, the first one highlighted; moves and typing reset as expected', () => {
    const { session: s } = session();
    s.setQuery('teapot');
    expect(s.searching).toBe(true);
    expect(s.highlighted?.entry.code).toBe(418);
    s.listHeight = 44 * 4;
    expect(s.pageSize).toBe(3);
    s.setQuery('not found');
    s.move('next');
    expect(s.highlightIndex).toBe(1);
    s.setQuery('not found ');
    expect(s.highlightIndex).toBe(0);
  });

  test('following a "see also" link shows that status highlighted and asks for the focus', () => {
    const { session: s } = session();
    const before = s.focusRequest.count;
    s.follow(308);
    expect(s.query).toBe('308');
    expect(s.highlighted?.entry.code).toBe(308);
    expect(s.focusRequest.count).toBe(before + 1);
  });

  test('the class filter toggles off when chosen again', () => {
    const { session: s } = session();
    s.setFilter('4xx');
    expect(s.browse.options.every((o) => o.entry.code >= 400 && o.entry.code < 500)).toBe(true);
    s.setFilter('4xx');
    expect(s.filter).toBeNull();
  });

  test('a cycled format lasts the look-up; a new preferred format or a new showing wins over it', () => {
    const { session: s, setSettings } = session({ copyFormat: 'constant' });
    s.cycleFormat(1);
    const cycled = s.format;
    expect(cycled).not.toBe('constant');
    setSettings({ favourites: [404] });
    expect(s.format).toBe(cycled);
    setSettings({ copyFormat: 'number' });
    expect(s.format).toBe('number');
    s.cycleFormat(1);
    s.restart();
    expect(s.format).toBe('number');
  });
});
