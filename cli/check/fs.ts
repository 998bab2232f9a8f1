/**
 * The file system as the check uses it: one narrow seam, so tests can make a file unreadable
 * (we run as root, where chmod does not) or change it between reading and writing.
 */
import {
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';

export interface EntryKind {
  name: string;
  kind: 'file' | 'dir' | 'symlink' | 'other';
}

export interface CheckFs {
  /** Follows symbolic links; throws Node's errors (code ENOENT, EACCES...). */
  stat(path: string): { isFile: boolean; isDirectory: boolean; size: number; mode: number };
  readdir(path: string): EntryKind[];
  realpath(path: string): string;
  readFile(path: string): Uint8Array;
  /** Creates the file only if it does not exist (flag wx), with the given mode. */
  writeNewFile(path: string, data: Uint8Array, mode: number): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
}

export const nodeFs: CheckFs = {
  stat(path) {
    const s = statSync(path);
    return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, mode: s.mode };
  },
  readdir(path) {
    return readdirSync(path, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      kind: entry.isSymbolicLink()
        ? 'symlink'
        : entry.isDirectory()
          ? 'dir'
          : entry.isFile()
            ? 'file'
            : 'other',
    }));
  },
  realpath: (path) => realpathSync(path),
  readFile: (path) => readFileSync(path),
  writeNewFile: (path, data, mode) => writeFileSync(path, data, { flag: 'wx', mode }),
  rename: (from, to) => renameSync(from, to),
  unlink: (path) => unlinkSync(path),
};

export { describeFileError as describeFsError } from '../../core/project/folders';
