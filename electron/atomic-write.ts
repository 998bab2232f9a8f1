/**
 * Writes a file so that a crash, a kill or a full disk leaves either the old file or the new one,
 * never half of either: write a temporary file beside it, flush it to disk, rename it over the
 * target (rename is atomic within a folder on every OS Electron runs on), then flush the folder so
 * the rename itself survives a power cut. The temporary file is named
 * `<target>.<pid>.<hex>.tmp`, so the next start can tell a dead writer's leftovers
 * (settings-fs.ts removeStaleTemporaries).
 *
 * Not npm's write-file-atomic: it calls node:fs itself, so the fault tests could not inject
 * errors through a seam (root ignores file modes); it names its temporary file with a hash, so
 * a dead writer's leftover cannot be told from a live one's; it cleans up on exit (signal-exit),
 * which a SIGKILL or a power cut skips; and it does not flush the folder after the rename. What
 * it adds (chown, mode copying, a per-file queue) this app does not need: the store queues.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname } from 'node:path';

export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

export function temporaryPathFor(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

export async function writeFileAtomic(
  path: string,
  data: string,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const temporary = temporaryPathFor(path);
  const handle = await fs.open(temporary, 'wx');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    await fs.rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => {});
    await fs.rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(fs, dirname(path));
}

/**
 * fsync of the folder makes the new directory entry durable. Windows cannot open a folder this
 * way (EISDIR/EPERM), and some file systems refuse fsync on one (EINVAL): there the rename is as
 * durable as the OS makes it. A failing flush of a folder that did open is reported.
 */
async function syncFolder(fs: AtomicWriteFs, dir: string): Promise<void> {
  let folder;
  try {
    folder = await fs.open(dir, 'r');
  } catch {
    return;
  }
  try {
    await folder.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM')
      throw error;
  } finally {
    await folder.close().catch(() => {});
  }
}
