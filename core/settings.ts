/**
 * The preferences and the little state the app keeps (favourites, recents): one schema, its
 * defaults, and a reader that keeps every valid field of a damaged file instead of starting over.
 * Shared by the main process (settings file) and the web bridge (localStorage). The defaults and
 * the edits that need no checking are core/settings-values.ts, which the window loads without
 * valibot; this module re-exports them.
 */
import * as v from 'valibot';
import { acceleratorProblem } from './hotkey-rules';
import { FORMAT_IDS } from './registry/types';
import {
  DEFAULT_SETTINGS,
  ENTER_CHOICES,
  MAX_FAVOURITES,
  MAX_RECENTS,
  THEMES,
} from './settings-values';
import { starletteVersionProblem } from './versions';

export {
  DEFAULT_HOTKEY,
  DEFAULT_SETTINGS,
  ENTER_CHOICES,
  favouriteLimitReached,
  MAX_FAVOURITES,
  MAX_RECENTS,
  THEMES,
  toggleFavourite,
  withRecent,
  type EnterChoice,
  type Theme,
} from './settings-values';

const code = v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(4999));

export const RecentSchema = v.object({
  code,
  format: v.picklist(FORMAT_IDS),
  /** Epoch milliseconds of the copy. */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Recent = v.InferOutput<typeof RecentSchema>;

export const SettingsSchema = v.object({
  // The rules a hotkey obeys wherever it comes from: a settings file, the window, the web bridge.
  hotkey: v.pipe(
    v.string(),
    v.maxLength(100),
    v.check(
      (s) => acceleratorProblem(s) === null,
      (issue) => acceleratorProblem(String(issue.input)) ?? 'not a usable hotkey',
    ),
  ),
  copyFormat: v.picklist(FORMAT_IDS),
  /** The project's Starlette version ("0.47"); null: the newest. */
  starletteVersion: v.nullable(
    v.pipe(
      v.string(),
      v.maxLength(20),
      v.check((s) => starletteVersionProblem(s) === null, 'not a usable Starlette version'),
    ),
  ),
  /**
   * The project folder the person picked to read the Starlette version from (its lock file);
   * null: the version is set by hand. Only the folder dialog sets it, never the window.
   */
  projectFolder: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(4096))),
  theme: v.picklist(THEMES),
  launchAtLogin: v.boolean(),
  hideOnBlur: v.boolean(),
  notifyOnTrayCopy: v.boolean(),
  /** "paste": Enter also pastes into the app the person came from (where the system allows it). */
  primaryAction: v.picklist(ENTER_CHOICES),
  /** After a paste, put back the text the clipboard held before it. */
  restoreClipboard: v.boolean(),
  favourites: v.pipe(
    v.array(code),
    v.maxLength(MAX_FAVOURITES),
    // A repeated code would give the window two rows with one id.
    v.check((codes) => new Set(codes).size === codes.length, 'a status is listed twice'),
  ),
  recents: v.pipe(
    v.array(RecentSchema),
    v.maxLength(MAX_RECENTS),
    v.check(
      (list) => new Set(list.map((r) => r.code)).size === list.length,
      'a status is listed twice',
    ),
  ),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export interface SettingsReading {
  settings: Settings;
  /** One line per field or list item that was wrong and dropped; empty when the input was whole. */
  problems: string[];
  /** Keys this version does not know (a newer version's settings): ignored, not damage. */
  ignored: string[];
}

/** The valid items of a list, each once and at most `max`; what was dropped goes to `problems`. */
function keepValidItems<T>(
  key: string,
  value: unknown,
  item: v.GenericSchema<unknown, T>,
  identity: (x: T) => unknown,
  max: number,
  problems: string[],
): T[] | null {
  if (!Array.isArray(value)) {
    problems.push(`${key}: not a list; using the default`);
    return null;
  }
  const kept: T[] = [];
  const seen = new Set<unknown>();
  let invalid = 0;
  for (const raw of value) {
    const result = v.safeParse(item, raw);
    if (!result.success) invalid++;
    else if (!seen.has(identity(result.output))) {
      seen.add(identity(result.output));
      kept.push(result.output);
    }
  }
  if (invalid) problems.push(`${key}: ${invalid} invalid item(s) dropped`);
  if (kept.length > max) problems.push(`${key}: more than ${max}; the first ${max} kept`);
  return kept.slice(0, max);
}

/**
 * Reads settings from anything (parsed JSON, localStorage): every valid field is kept, and every
 * valid item of the favourites and recents; what is invalid falls back to its default and is
 * named in `problems`.
 */
export function readSettings(input: unknown): SettingsReading {
  const problems: string[] = [];
  const ignored: string[] = [];
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<string, unknown>;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      settings: settings as Settings,
      problems: ['the settings are not an object'],
      ignored,
    };
  }
  const record = input as Record<string, unknown>;
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    if (!(key in record)) continue;
    if (key === 'favourites') {
      const kept = keepValidItems(key, record[key], code, (c) => c, MAX_FAVOURITES, problems);
      if (kept) settings[key] = kept;
      continue;
    }
    if (key === 'recents') {
      const kept = keepValidItems(
        key,
        record[key],
        RecentSchema,
        (r) => r.code,
        MAX_RECENTS,
        problems,
      );
      if (kept) settings[key] = kept;
      continue;
    }
    const result = v.safeParse(schema, record[key]);
    if (result.success) settings[key] = result.output;
    else problems.push(`${key}: ${result.issues[0]?.message ?? 'invalid'}; using the default`);
  }
  for (const key of Object.keys(record)) {
    if (!(key in SettingsSchema.entries)) ignored.push(key);
  }
  return { settings: settings as Settings, problems, ignored };
}

function describeProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 5).join('; ');
  return problems.length > 5 ? `${shown}; and ${problems.length - 5} more` : shown;
}

export interface StoredSettings {
  settings: Settings;
  /** What to tell the person once about what was stored, or null when it was whole (or absent). */
  damage: string | null;
  /** Keys a newer version stored, with their values: written back as they were. */
  preserved: Record<string, unknown>;
}

/**
 * Reads settings as a host stored them (settings.json, localStorage): `null` is nothing stored
 * yet. Never throws: unparsable text gives the defaults, an invalid field its default, and
 * `damage` says what happened in words for the person.
 */
export function readStoredSettings(text: string | null): StoredSettings {
  if (text === null)
    return { settings: structuredClone(DEFAULT_SETTINGS), damage: null, preserved: {} };
  let parsed: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      damage: `Your saved settings could not be read (${(error as Error).message}), so Status Palette started from the defaults.`,
      preserved: {},
    };
  }
  const reading = readSettings(parsed);
  const record = parsed as Record<string, unknown>;
  const preserved = Object.fromEntries(reading.ignored.map((key) => [key, record[key]]));
  if (reading.problems.length === 0) return { settings: reading.settings, damage: null, preserved };
  return {
    settings: reading.settings,
    damage: `Some of your settings were not valid and were reset to their defaults (${describeProblems(reading.problems)}); the others were kept.`,
    preserved,
  };
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
