/**
 * The settings file, settings.json in the user-data folder. Reading never fails: a missing file
 * is a first start; a truncated, unparsable, invalid or oversized one is moved aside as a backup,
 * every valid field is kept (core/settings.ts readStoredSettings), the rest start from the defaults, and
 * the person is told once through AppState.notice. A file that cannot be read at all (EACCES,
 * EIO, not a regular file) is never written over: the app runs on the defaults in memory, and the
 * first change moves that file aside before anything is saved. Keys a newer version wrote are
 * written back as they were. Writes are atomic and queued, newest last.
 */
import { join } from 'node:path';
import type { SettingsStorage } from '../core/app-service';
import {
  DEFAULT_SETTINGS,
  readStoredSettings,
  SettingsSchema,
  type Settings,
} from '../core/settings';
import { writeFileAtomic } from './atomic-write';
import {
  backupName,
  MAX_SETTINGS_BYTES,
  moveAside,
  NODE_SETTINGS_FS,
  readSettingsFile,
  removeStaleTemporaries,
  type SettingsFs,
} from './settings-fs';

export const SETTINGS_FILE_NAME = 'settings.json';

/** Values this version does not know, keyed by name, kept for the version that wrote them. */
export type PreservedKeys = Readonly<Record<string, unknown>>;

export interface LoadedSettings {
  settings: Settings;
  /** What to tell the person once about the file, or null when it was whole (or absent). */
  notice: string | null;
  /**
   * whole or absent: nothing to do; repaired: damaged, moved aside, to be written back;
   * unreadable: still in place, unknown content, to be moved aside before the first write.
   */
  file: 'whole' | 'absent' | 'repaired' | 'unreadable';
  preserved: PreservedKeys;
}

export interface SettingsFileOptions {
  /** The folder that holds settings.json (Electron's userData). */
  dir: string;
  now?: () => Date;
  log?: (message: string) => void;
  fs?: SettingsFs;
}

export function settingsPath(dir: string): string {
  return join(dir, SETTINGS_FILE_NAME);
}

/** The first backup name for a file damaged at `when` (later ones get -2, -3, ...). */
export function backupPath(dir: string, when: Date): string {
  return join(dir, backupName(when, 1));
}

function defaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

export async function loadSettings(options: SettingsFileOptions): Promise<LoadedSettings> {
  const { dir, now = () => new Date(), log = () => {}, fs = NODE_SETTINGS_FS } = options;
  const file = settingsPath(dir);
  const read = await readSettingsFile(fs, file);
  if (read.kind === 'absent') {
    return { settings: defaults(), notice: null, file: 'absent', preserved: {} };
  }
  if (read.kind === 'unreadable') {
    log(`settings: cannot read ${file}: ${read.reason}`);
    return {
      settings: defaults(),
      notice: `Status Palette could not read its settings file (${file}: ${read.reason}), so it is using the defaults for now. The file is left as it is until you change a setting; then it is moved aside.`,
      file: 'unreadable',
      preserved: {},
    };
  }
  const { settings, damage, preserved } =
    read.kind === 'text'
      ? readStoredSettings(read.text)
      : {
          settings: defaults(),
          damage: `Your settings file is larger than ${MAX_SETTINGS_BYTES / 1024 / 1024} MB (${read.size} bytes), which no settings file is, so Status Palette started from the defaults.`,
          preserved: {},
        };
  if (damage === null) return { settings, notice: null, file: 'whole', preserved };

  // Damaged: keep the original bytes beside it before anything overwrites the file.
  let kept: string;
  try {
    const name = await moveAside(fs, file, dir, now());
    kept = name ? `The damaged file is saved as ${name} in ${dir}.` : '';
  } catch (error) {
    log(`settings: could not back up ${file}: ${String(error)}`);
    log(`settings: ${damage}`);
    // Not backed up, so not to be replaced either: treated like a file that cannot be read.
    return {
      settings,
      notice: `${damage} The damaged file could not be backed up (${(error as Error).message}); it is left at ${file} until you change a setting.`,
      file: 'unreadable',
      preserved,
    };
  }
  log(`settings: ${damage}`);
  return { settings, notice: `${damage} ${kept}`.trim(), file: 'repaired', preserved };
}

/** The app service's SettingsStorage, kept in settings.json; `set` queues the write. */
export interface SettingsStore extends SettingsStorage {
  /** Resolves when every queued write has finished. */
  flushed(): Promise<void>;
}

export interface SettingsStoreOptions {
  dir: string;
  write?: (path: string, data: string) => Promise<void>;
  fs?: SettingsFs;
  /** Keys of a newer version, written back with every save. */
  preserved?: PreservedKeys;
  /** The file in place could not be read: move it aside before the first write. */
  unreadable?: boolean;
  now?: () => Date;
  log?: (message: string) => void;
}

export function createSettingsStore(
  initial: Settings,
  options: SettingsStoreOptions,
): SettingsStore {
  const {
    dir,
    fs = NODE_SETTINGS_FS,
    write = (path, data) => writeFileAtomic(path, data, fs),
    preserved = {},
    now = () => new Date(),
    log = () => {},
  } = options;
  const file = settingsPath(dir);
  // Written after the known keys, untouched; a known key is never taken from them.
  const known = new Set(Object.keys(SettingsSchema.entries));
  const kept = Object.fromEntries(Object.entries(preserved).filter(([k]) => !known.has(k)));
  let mustMoveAside = options.unreadable ?? false;
  let current = initial;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: () => current,
    set(settings) {
      current = settings;
      const data = `${JSON.stringify({ ...settings, ...kept }, null, 2)}\n`;
      const done = queue.then(async () => {
        try {
          await fs.mkdir(dir, { recursive: true });
          if (mustMoveAside) {
            const name = await moveAside(fs, file, dir, now());
            if (name) log(`settings: moved the unreadable ${file} aside as ${name}`);
            mustMoveAside = false;
          }
          await write(file, data);
          return { ok: true } as const;
        } catch (error) {
          return {
            ok: false,
            message: `Could not save settings to ${file}: ${(error as Error).message}`,
          } as const;
        }
      });
      queue = done;
      return done;
    },
    flushed: () => queue.then(() => undefined),
  };
}

/**
 * Start-up: clears a dead writer's temporary files, loads the file, and writes a repaired one
 * back at once (so its notice is given only once). An unreadable file is not written back.
 */
export async function openSettingsStore(
  options: SettingsFileOptions & { isRunning?: (pid: number) => boolean },
): Promise<{ store: SettingsStore; loaded: LoadedSettings }> {
  const { dir, fs = NODE_SETTINGS_FS, log = () => {} } = options;
  const removed = await removeStaleTemporaries(fs, dir, SETTINGS_FILE_NAME, options.isRunning);
  if (removed.length) log(`settings: removed ${removed.length} stale temporary file(s)`);
  const loaded = await loadSettings(options);
  const store = createSettingsStore(loaded.settings, {
    dir,
    fs,
    preserved: loaded.preserved,
    unreadable: loaded.file === 'unreadable',
    ...(options.now ? { now: options.now } : {}),
    log,
  });
  if (loaded.file === 'repaired') void store.set(loaded.settings);
  return { store, loaded };
}
