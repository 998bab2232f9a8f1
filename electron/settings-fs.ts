/**
 * The file-system side of the settings file: a bounded read that never blocks on a FIFO, moving a
 * file aside under a name no other backup has, and clearing the temporary files a crash left.
 * Every function takes the file system as an argument, so tests inject EACCES, EIO, ENOSPC or
 * EROFS (root ignores file modes, so chmod cannot produce them).
 */
import * as nodeFs from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';

/** The part of node:fs/promises that the settings store uses. */
export type SettingsFs = Pick<
  typeof nodeFs,
  'lstat' | 'open' | 'rename' | 'link' | 'unlink' | 'mkdir' | 'readdir' | 'rm'
>;

export const NODE_SETTINGS_FS: SettingsFs = nodeFs;

/** Far above any real settings file (a few KB), far below what would strain memory. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

export type SettingsFileRead =
  | { kind: 'absent' }
  | { kind: 'text'; text: string }
  /** Larger than MAX_SETTINGS_BYTES: damaged, like unparsable text. */
  | { kind: 'too-large'; size: number }
  /** A read error or not a regular file: its content is unknown, so it must not be replaced. */
  | { kind: 'unreadable'; reason: string };

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fileKind(stats: { isDirectory(): boolean; isFIFO(): boolean; isSymbolicLink(): boolean }) {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/**
 * Reads `file` when it is a regular file of at most `max` bytes. lstat comes first so that a
 * FIFO or device is never opened; the open itself is non-blocking and follows no symlink, and
 * the opened file is checked again, so a swap between the two steps gains nothing.
 */
export async function readSettingsFile(
  fs: SettingsFs,
  file: string,
  max = MAX_SETTINGS_BYTES,
): Promise<SettingsFileRead> {
  let stats;
  try {
    stats = await fs.lstat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'absent' };
    return { kind: 'unreadable', reason: errorMessage(error) };
  }
  if (!stats.isFile()) return { kind: 'unreadable', reason: `it is ${fileKind(stats)}` };
  if (stats.size > max) return { kind: 'too-large', size: stats.size };

  let handle;
  try {
    // O_NOFOLLOW is 0 (absent) on Windows, where lstat above already refused links.
    handle = await fs.open(
      file,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0),
    );
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'absent' };
    return { kind: 'unreadable', reason: errorMessage(error) };
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { kind: 'unreadable', reason: `it is ${fileKind(opened)}` };
    // One byte more than allowed tells a file that grew since the stat.
    const buffer = Buffer.alloc(Math.min(opened.size, max) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > max) return { kind: 'too-large', size: Math.max(length, opened.size) };
    return { kind: 'text', text: buffer.subarray(0, length).toString('utf8') };
  } catch (error) {
    return { kind: 'unreadable', reason: errorMessage(error) };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** settings.broken-2025-01-31T09-15-00.json, then -2, -3, ...: sorts by time, opens as JSON. */
export function backupName(when: Date, attempt: number): string {
  const stamp = when.toISOString().slice(0, 19).replaceAll(':', '-');
  return `settings.broken-${stamp}${attempt > 1 ? `-${attempt}` : ''}.json`;
}

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Moves `file` aside to the first free backup name in `dir` and returns that name. A hard link
 * fails rather than replace an existing name, so no backup is ever overwritten, even by another
 * process in the same second; where the file system has no hard links, a rename to a name that
 * was just seen free does it. Resolves to null when `file` is already gone.
 */
export async function moveAside(
  fs: SettingsFs,
  file: string,
  dir: string,
  when: Date,
): Promise<string | null> {
  for (let attempt = 1; attempt <= 1000; attempt += 1) {
    const name = backupName(when, attempt);
    const backup = join(dir, name);
    try {
      await fs.link(file, backup);
      await fs.unlink(file);
      return name;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') {
        // The backup may exist without the source being gone: only stop when the file is.
        if (!(await exists(fs, file))) return null;
        throw error;
      }
      if (code === 'EEXIST') continue;
      if (!LINK_UNSUPPORTED.has(code ?? '')) throw error;
    }
    if (await exists(fs, backup)) continue;
    await fs.rename(file, backup);
    return name;
  }
  throw new Error(`no free backup name for ${file}`);
}

async function exists(fs: SettingsFs, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** settings.json.<pid>.<hex>.tmp, as writeFileAtomic names its temporary files. */
export function temporaryFileOwner(fileName: string, target: string): number | null {
  if (!fileName.startsWith(`${target}.`)) return null;
  const match = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(fileName.slice(target.length + 1));
  return match ? Number(match[1]) : null;
}

/** Whether process `pid` exists (signal 0 only asks). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just someone else's.
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Deletes the temporary files of `target` in `dir` whose writer process is gone (a crash or a
 * kill mid-write leaves them); a running writer's file is left alone. Returns the names removed.
 */
export async function removeStaleTemporaries(
  fs: SettingsFs,
  dir: string,
  target: string,
  isRunning: (pid: number) => boolean = processIsRunning,
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const owner = temporaryFileOwner(name, target);
    if (owner === null || isRunning(owner)) continue;
    try {
      await fs.rm(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Left for the next start; it is never read.
    }
  }
  return removed;
}
