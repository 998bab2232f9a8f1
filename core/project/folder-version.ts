/**
 * The Starlette version of one project folder, for the desktop app: read from that folder's own
 * lock or requirements file (never a folder above it), with the check's code, and said the way
 * Preferences shows it: "1.7.0, from uv.lock".
 */
import { formatVersion } from '../versions';
import { createStarletteResolver, NEITHER_LISTED, type ProjectFolders } from './starlette-version';

export type FolderVersion =
  | {
      ok: true;
      /** The version copies are judged at: the oldest the project may run, so every name exists. */
      version: string;
      /** The file's name in the folder ("uv.lock"). */
      file: string;
      /** How it was learned ("starlette 1.7.0 pinned"). */
      basis: string;
    }
  | { ok: false; problem: string };

export function readFolderVersion(folders: ProjectFolders, dir: string): FolderVersion {
  if (folders.list(dir) === null)
    return { ok: false, problem: 'the folder is gone or cannot be read' };
  const only: ProjectFolders = { ...folders, parent: () => null };
  const { target, notes } = createStarletteResolver(only)(dir);
  const trouble = notes.map((n) => n.message).join('; ');
  if (target.file === null)
    return {
      ok: false,
      problem:
        trouble ||
        'the folder has no uv.lock, pylock.toml, poetry.lock, pdm.lock, Pipfile.lock or requirements*.txt with pins',
    };
  if (target.basis === NEITHER_LISTED)
    return { ok: false, problem: `${target.file} lists neither starlette nor fastapi` };
  return { ok: true, version: formatVersion(target.low), file: target.file, basis: target.basis };
}

/** "1.7.0, from uv.lock". */
export const describeFolderVersion = (found: { version: string; file: string }) =>
  `${found.version}, from ${found.file}`;
