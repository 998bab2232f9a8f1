/**
 * Writing a mended file: into a temporary file beside it, then renamed over it, so a reader sees
 * the old file or the new one, never half of one. A file that changed since it was read is left
 * alone.
 */
import { basename, dirname, join } from 'node:path';
import { describeFsError, type CheckFs } from './fs';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function writeAtomically(
  fs: CheckFs,
  path: string,
  original: Uint8Array,
  text: string,
): { ok: true } | { ok: false; message: string } {
  const temp = join(dirname(path), `.${basename(path)}.status-palette-${process.pid}.tmp`);
  try {
    const { mode } = fs.stat(path);
    fs.writeNewFile(temp, new TextEncoder().encode(text), mode & 0o7777);
    if (!sameBytes(fs.readFile(path), original)) {
      fs.unlink(temp);
      return { ok: false, message: 'changed since it was read; not written' };
    }
    fs.rename(temp, path);
    return { ok: true };
  } catch (error) {
    try {
      fs.unlink(temp);
    } catch {
      // Nothing was created.
    }
    return { ok: false, message: `not written: ${describeFsError(error)}` };
  }
}
