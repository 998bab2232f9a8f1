/**
 * The settings file, settings.json in the user-data folder. Reading never fails: a missing file
 * is a first start; a truncated, unparsable or invalid one is moved aside as a backup, every valid
 * field is kept (core/settings.ts readStoredSettings), the rest start from the defaults, and the person
 * is told once through AppState.notice. Writes are atomic and queued, newest last.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DEFAULT_SETTINGS, readStoredSettings, type Settings } from '../core/settings';
import type { SettingsStorage } from '../core/app-service';
import { writeFileAtomic } from './atomic-write';

export const SETTINGS_FILE_NAME = 'settings.json';

export interface LoadedSettings {
  settings: Settings;
  /** What to tell the person once about the file, or null when it was whole (or absent). */
  notice: string | null;
}

export interface SettingsFileOptions {
  /** The folder that holds settings.json (Electron's userData). */
  dir: string;
  now?: () => Date;
  log?: (message: string) => void;
}

export function settingsPath(dir: string): string {
  return join(dir, SETTINGS_FILE_NAME);
}

/** settings.broken-2025-01-31T09-15-00.json: sorts by time, opens as JSON, never overwritten. */
export function backupPath(dir: string, when: Date): string {
  const stamp = when.toISOString().slice(0, 19).replaceAll(':', '-');
  return join(dir, `settings.broken-${stamp}.json`);
}

function defaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

export async function loadSettings(options: SettingsFileOptions): Promise<LoadedSettings> {
  const { dir, now = () => new Date(), log = () => {} } = options;
  const file = settingsPath(dir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { settings: defaults(), notice: null };
    }
    log(`settings: cannot read ${file}: ${String(error)}`);
    return {
      settings: defaults(),
      notice: `Status Palette could not read its settings file (${file}: ${(error as Error).message}), so it is using the defaults for now.`,
    };
  }

  const reading = readStoredSettings(text);
  if (reading.damage === null) return { settings: reading.settings, notice: null };

  // Damaged: keep the original bytes beside it before anything overwrites the file.
  const backup = backupPath(dir, now());
  let kept = `The damaged file is saved as ${basename(backup)} in ${dir}.`;
  try {
    await rename(file, backup);
  } catch (error) {
    log(`settings: could not back up ${file}: ${String(error)}`);
    kept = `The damaged file could not be backed up (${(error as Error).message}); it is still at ${file} and will be replaced when a setting changes.`;
  }
  log(`settings: ${reading.damage}`);
  return { settings: reading.settings, notice: `${reading.damage} ${kept}` };
}

/** The app service's SettingsStorage, kept in settings.json; `set` queues the write. */
export interface SettingsStore extends SettingsStorage {
  /** Resolves when every queued write has finished. */
  flushed(): Promise<void>;
}

export function createSettingsStore(
  initial: Settings,
  options: { dir: string; write?: (path: string, data: string) => Promise<void> },
): SettingsStore {
  const { dir, write = writeFileAtomic } = options;
  let current = initial;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: () => current,
    set(settings) {
      current = settings;
      const data = `${JSON.stringify(settings, null, 2)}\n`;
      const done = queue.then(async () => {
        try {
          await mkdir(dir, { recursive: true });
          await write(settingsPath(dir), data);
          return { ok: true } as const;
        } catch (error) {
          return {
            ok: false,
            message: `Could not save settings to ${settingsPath(dir)}: ${(error as Error).message}`,
          } as const;
        }
      });
      queue = done;
      return done;
    },
    flushed: () => queue.then(() => undefined),
  };
}
