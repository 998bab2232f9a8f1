/**
 * ProjectFolders over a host's file system: the folder listing and UTF-8 reading that the CLI
 * (any folder, walking up) and the desktop app (only the folder the person picked) both need,
 * written once. The host hands in its raw calls; they throw as Node's fs does.
 */
import type { ProjectFolders } from './starlette-version';

export interface FolderFiles {
  /** The names in a folder; throws where it cannot be listed. */
  names(dir: string): string[];
  /** A file's bytes; throws where it cannot be read. */
  bytes(dir: string, name: string): Uint8Array;
  /** A person's words for an error the two calls threw ("permission denied"). */
  describe(error: unknown): string;
  /** The folder above, or null where reading must stop. */
  parent(dir: string): string | null;
}

export function projectFolders(files: FolderFiles): ProjectFolders {
  return {
    list(dir) {
      try {
        return files.names(dir);
      } catch {
        return null;
      }
    },
    read(dir, name) {
      let bytes: Uint8Array;
      try {
        bytes = files.bytes(dir, name);
      } catch (error) {
        return { ok: false, message: `${name}: ${files.describe(error)}` };
      }
      try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return { ok: false, message: `${name}: not UTF-8 text` };
      }
    },
    parent: (dir) => files.parent(dir),
  };
}

/** A person's words for a file-system error: "permission denied", not EACCES and a stack. */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
