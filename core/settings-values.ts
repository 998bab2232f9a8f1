/**
 * What settings are, without the schema that checks them: the themes, the limits, the defaults
 * and the edits that keep settings valid by construction. The window needs only these on its
 * first paint, so they live apart from core/settings.ts and its valibot schema; the types come
 * from that schema.
 */
import type { Recent, Settings } from './settings';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** What Enter does with the highlighted status: put it on the clipboard, or also paste it. */
export const ENTER_CHOICES = ['copy', 'paste'] as const;
export type EnterChoice = (typeof ENTER_CHOICES)[number];

/** Ctrl+Alt+Space on Windows/Linux and Cmd+Option+Space on macOS: not taken by the OSes or the common IDEs. */
export const DEFAULT_HOTKEY = 'CommandOrControl+Alt+Space';
export const MAX_RECENTS = 10;
export const MAX_FAVOURITES = 50;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hotkey: DEFAULT_HOTKEY,
  copyFormat: 'fastapi',
  starletteVersion: null,
  projectFolder: null,
  theme: 'system',
  launchAtLogin: false,
  hideOnBlur: true,
  notifyOnTrayCopy: false,
  primaryAction: 'copy',
  restoreClipboard: false,
  favourites: [],
  recents: [],
});

/** Records a copy at the front of the recents, without duplicates, at most MAX_RECENTS. */
export function withRecent(settings: Settings, recent: Recent): Settings {
  const others = settings.recents.filter((r) => r.code !== recent.code);
  return { ...settings, recents: [recent, ...others].slice(0, MAX_RECENTS) };
}

/** Adds or removes a favourite; past MAX_FAVOURITES an addition is refused (see favouriteLimitReached). */
export function toggleFavourite(settings: Settings, code: number): Settings {
  const has = settings.favourites.includes(code);
  if (!has && favouriteLimitReached(settings)) return settings;
  const favourites = has
    ? settings.favourites.filter((c) => c !== code)
    : [...settings.favourites, code];
  return { ...settings, favourites };
}

export function favouriteLimitReached(settings: Settings): boolean {
  return settings.favourites.length >= MAX_FAVOURITES;
}
