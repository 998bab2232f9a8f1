import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_FAVOURITES,
  MAX_RECENTS,
  readSettings,
  toggleFavourite,
  updateSettings,
  withRecent,
} from '../../core/settings';

describe('readSettings', () => {
  it('reads whole settings back unchanged, with nothing to report', () => {
    const whole = {
      ...DEFAULT_SETTINGS,
      hotkey: 'Alt+F2',
      favourites: [404, 1008],
      starletteVersion: '0.47',
    };
    expect(readSettings(whole)).toEqual({ settings: whole, problems: [], ignored: [] });
  });
  it('keeps every valid field and names each invalid one', () => {
    const { settings, problems } = readSettings({
      hotkey: 'Alt+F2',
      copyFormat: 'cobol',
      theme: 42,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, hotkey: 'Alt+F2' });
    expect(problems).toHaveLength(2);
    expect(problems.join()).toMatch(/copyFormat/);
    expect(problems.join()).toMatch(/theme/);
  });
  it('keeps the paste settings from a file when valid, and defaults each that is not', () => {
    expect(readSettings({ primaryAction: 'paste', restoreClipboard: true }).settings).toMatchObject(
      {
        primaryAction: 'paste',
        restoreClipboard: true,
      },
    );
    const { settings, problems } = readSettings({ primaryAction: 'type-it', restoreClipboard: 1 });
    expect(settings).toMatchObject({ primaryAction: 'copy', restoreClipboard: false });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['primaryAction', 'restoreClipboard']);
    expect(DEFAULT_SETTINGS).toMatchObject({ primaryAction: 'copy', restoreClipboard: false });
  });
  it('holds a hotkey from a file to the rules the window and the main process use', () => {
    const { settings, problems } = readSettings({ hotkey: 'CommandOrControl+V', theme: 'dark' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(problems).toEqual([
      'hotkey: ⌘V is Paste on macOS; as the global hotkey it would stop doing that; using the default',
    ]);
    expect(readSettings({ hotkey: 'F5' }).problems.join()).toMatch(/hotkey: .*needs a modifier/);
    expect(readSettings({ hotkey: 'F14' }).settings.hotkey).toBe('F14');
  });
  it('keeps the valid items of a list, each once, rather than dropping the list', () => {
    const { settings, problems } = readSettings({ favourites: [404, 9999, 'x', 404, 201] });
    expect(settings.favourites).toEqual([404, 201]);
    expect(problems).toEqual(['favourites: 2 invalid item(s) dropped']);
    const recents = readSettings({
      recents: [
        { code: 404, format: 'go', at: 2 },
        { code: 404, format: 'fastapi', at: 1 },
        { code: 1, format: 'go', at: 1 },
      ],
    });
    expect(recents.settings.recents).toEqual([{ code: 404, format: 'go', at: 2 }]);
  });
  it('cuts a list that is too long to its first items', () => {
    const many = Array.from({ length: MAX_RECENTS + 5 }, (_, i) => ({
      code: 200 + i,
      format: 'fastapi',
      at: i,
    }));
    const { settings, problems } = readSettings({ recents: many });
    expect(settings.recents).toHaveLength(MAX_RECENTS);
    expect(settings.recents[0]!.code).toBe(200);
    expect(problems).toHaveLength(1);
  });
  it('ignores settings it does not know without calling them damage', () => {
    expect(readSettings({ futureOption: true })).toMatchObject({
      problems: [],
      ignored: ['futureOption'],
    });
  });
  it.each([null, 42, 'text', [1, 2]])('starts from defaults when the input is %j', (input) => {
    const { settings, problems } = readSettings(input);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });
});

describe('updateSettings', () => {
  it('applies a valid patch', () => {
    expect(updateSettings(DEFAULT_SETTINGS, { theme: 'dark' })).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
    });
  });
  it.each([
    [{ theme: 'purple' }, /theme/],
    [{ favourites: [404, 404] }, /listed twice/],
    [{ starletteVersion: '0.4' }, /Starlette version/],
    [{ unknown: 1 }, /unknown|Invalid/i],
    [{ hotkey: 'x'.repeat(101) }, /hotkey/],
    [{ hotkey: '' }, /hotkey: /],
    [{ hotkey: 'Alt+Tab' }, /hotkey: Alt\+Tab switches windows/],
    [{ hotkey: 'Shift+K' }, /hotkey: Shift and AltGr only change what a key types/],
  ])('refuses %j whole, with a reason', (patch, reason) => {
    const result = updateSettings(DEFAULT_SETTINGS, patch);
    expect(result.ok).toBe(false);
    expect((result as { message: string }).message).toMatch(reason);
  });
});

describe('favourites and recents', () => {
  it('toggles a favourite, and refuses one past the limit', () => {
    const one = toggleFavourite(DEFAULT_SETTINGS, 404);
    expect(one.favourites).toEqual([404]);
    expect(toggleFavourite(one, 404).favourites).toEqual([]);
    const full = {
      ...DEFAULT_SETTINGS,
      favourites: Array.from({ length: MAX_FAVOURITES }, (_, i) => 100 + i),
    };
    expect(toggleFavourite(full, 999)).toBe(full);
  });
  it('records a copy first, once, at most MAX_RECENTS', () => {
    let s = DEFAULT_SETTINGS;
    for (let i = 0; i < MAX_RECENTS + 3; i++)
      s = withRecent(s, { code: 200 + i, format: 'fastapi', at: i });
    s = withRecent(s, { code: 205, format: 'go', at: 99 });
    expect(s.recents).toHaveLength(MAX_RECENTS);
    expect(s.recents[0]).toEqual({ code: 205, format: 'go', at: 99 });
    expect(s.recents.filter((r) => r.code === 205)).toHaveLength(1);
  });
});
