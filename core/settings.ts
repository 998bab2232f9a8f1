/**
 * The preferences and the little state the app keeps (favourites, recents): one schema, its
 * defaults, and a reader that keeps every valid field of a damaged file instead of starting over.
 * Shared by the main process (settings file) and the web bridge (localStorage).
 */
import * as v from 'valibot';
import { FORMAT_IDS } from './registry/types';
import { starletteVersionProblem } from './versions';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Ctrl+Alt+Space on Windows/Linux and Cmd+Option+Space on macOS: not taken by the OSes or the common IDEs. */
export const DEFAULT_HOTKEY = 'CommandOrControl+Alt+Space';
export const MAX_RECENTS = 10;
export const MAX_FAVOURITES = 50;

const code = v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(4999));

export const RecentSchema = v.object({
  code,
  format: v.picklist(FORMAT_IDS),
  /** Epoch milliseconds of the copy. */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Recent = v.InferOutput<typeof RecentSchema>;

export const SettingsSchema = v.object({
  hotkey: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  copyFormat: v.picklist(FORMAT_IDS),
  /** The project's Starlette version ("0.47"); null: the newest. */
  starletteVersion: v.nullable(
    v.pipe(
      v.string(),
      v.maxLength(20),
      v.check((s) => starletteVersionProblem(s) === null, 'not a usable Starlette version'),
    ),
  ),
  theme: v.picklist(THEMES),
  launchAtLogin: v.boolean(),
  hideOnBlur: v.boolean(),
  notifyOnTrayCopy: v.boolean(),
  favourites: v.pipe(v.array(code), v.maxLength(MAX_FAVOURITES)),
  recents: v.pipe(v.array(RecentSchema), v.maxLength(MAX_RECENTS)),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hotkey: DEFAULT_HOTKEY,
  copyFormat: 'fastapi',
  starletteVersion: null,
  theme: 'system',
  launchAtLogin: false,
  hideOnBlur: true,
  notifyOnTrayCopy: false,
  favourites: [],
  recents: [],
});

export interface SettingsReading {
  settings: Settings;
  /** One line per field that was missing, wrong or dropped; empty when the input was whole. */
  problems: string[];
}

/**
 * Reads settings from anything (parsed JSON, localStorage, an IPC payload): every valid field
 * is kept, every invalid one falls back to its default and is named in `problems`.
 */
export function readSettings(input: unknown): SettingsReading {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS) as Settings,
      problems: ['the settings are not an object'],
    };
  }
  const record = input as Record<string, unknown>;
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<string, unknown>;
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    if (!(key in record)) continue;
    const result = v.safeParse(schema, record[key]);
    if (result.success) settings[key] = result.output;
    else problems.push(`${key}: ${result.issues[0]?.message ?? 'invalid'}; using the default`);
  }
  for (const key of Object.keys(record)) {
    if (!(key in SettingsSchema.entries)) problems.push(`${key}: not a setting; ignored`);
  }
  return { settings: settings as Settings, problems };
}

/** Applies a partial update from the renderer; refuses it whole if any field is wrong. */
export function updateSettings(
  current: Settings,
  patch: unknown,
): { ok: true; settings: Settings } | { ok: false; message: string } {
  const result = v.safeParse(v.strictObject(v.partial(SettingsSchema).entries), patch);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return {
      ok: false,
      message: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid settings'}`,
    };
  }
  return { ok: true, settings: { ...current, ...result.output } };
}

/** Records a copy at the front of the recents, without duplicates, at most MAX_RECENTS. */
export function withRecent(settings: Settings, recent: Recent): Settings {
  const others = settings.recents.filter((r) => r.code !== recent.code);
  return { ...settings, recents: [recent, ...others].slice(0, MAX_RECENTS) };
}

export function toggleFavourite(settings: Settings, code: number): Settings {
  const has = settings.favourites.includes(code);
  const favourites = has
    ? settings.favourites.filter((c) => c !== code)
    : [...settings.favourites, code].slice(0, MAX_FAVOURITES);
  return { ...settings, favourites };
}
