/**
 * Copy formats as the window shows them: cycling with Alt+←/→ and a preview of what a copy
 * will put on the clipboard. The preview comes from core/copy, the same function the main
 * process and the web bridge copy with, so what the window promises is what gets copied.
 */
import { copyReply, copyText, formatsFor } from '$core/copy';
import type { CopyReply } from '$core/ipc';
import { FORMAT_IDS, type FormatId, type Formats, type StatusEntry } from '$core/registry';

export function cycleFormat(current: FormatId, step: 1 | -1): FormatId {
  const at = FORMAT_IDS.indexOf(current);
  const next = (at + step + FORMAT_IDS.length) % FORMAT_IDS.length;
  return FORMAT_IDS[next] ?? 'fastapi';
}

/** What a copy would answer, in the reply's own shape. */
export type CopyPreview = CopyReply;

export function previewCopy(
  entry: StatusEntry,
  format: FormatId,
  starlette: string | null,
): CopyPreview {
  return copyReply(copyText(entry, format, { starlette }));
}

/**
 * An entry's formats under the project's Starlette version, remembered per version: rows ask
 * for their constant on every keystroke and the answer never changes for a version.
 */
const formatsCache = new Map<string, WeakMap<StatusEntry, Formats>>();

export function formatsUnder(entry: StatusEntry, starlette: string | null): Formats {
  if (!starlette) return entry.formats;
  let byEntry = formatsCache.get(starlette);
  if (!byEntry) {
    byEntry = new WeakMap();
    formatsCache.set(starlette, byEntry);
  }
  let formats = byEntry.get(entry);
  if (!formats) {
    formats = formatsFor(entry, { starlette });
    byEntry.set(entry, formats);
  }
  return formats;
}
