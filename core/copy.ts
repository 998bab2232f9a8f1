/**
 * What gets copied: the one place that turns `{ code, format }` and the Starlette version option
 * into text. The CLI, the main process and the web bridge all copy through here, so a format that
 * has no text for a code falls back to the number, and says so, the same way everywhere.
 */
import {
  formatAppliesTo,
  formatLabel,
  STARLETTE_FORMATS,
  starletteFormats,
} from './registry/formats';
import { STARLETTE_NAME_LIFETIMES } from './registry';
import { starletteNameAt } from './registry/starlette-names';
import type { CopyReply } from './ipc';
import type { FormatId, Formats, Kind, StatusEntry } from './registry/types';
import { parseVersion, starletteVersionProblem } from './versions';

export interface CopyOptions {
  /** The project's Starlette version ("0.47", "1.7.0"); absent or null: the newest. */
  starlette?: string | null;
}

export type CopyOutcome =
  | {
      ok: true;
      format: FormatId;
      text: string;
      /** True when the format had no text for this status and the number was copied instead. */
      fellBackToNumber: boolean;
      /** Something the person should know about what was copied (fallback, deprecated name). */
      note: string | null;
    }
  | { ok: false; format: FormatId; message: string };

/** The reply a copy gives, whoever shows it: the window's toast, the tray, a preview. */
export function copyReply(outcome: CopyOutcome): CopyReply {
  if (!outcome.ok) return { ok: false, message: outcome.message };
  return copiedReply(outcome);
}

/** The reply for a copy that worked, which a paste's reply extends. */
export function copiedReply(outcome: CopyOutcome & { ok: true }): CopyReply & { ok: true } {
  return {
    ok: true,
    text: outcome.text,
    fellBackToNumber: outcome.fellBackToNumber,
    note: outcome.note,
  };
}

function fallBack(entry: StatusEntry, format: FormatId): CopyOutcome {
  return {
    ok: true,
    format,
    text: String(entry.code),
    fellBackToNumber: true,
    note: `${formatLabel(format)} has no text for ${entry.code}; copied the number instead`,
  };
}

export function copyText(
  entry: StatusEntry,
  format: FormatId,
  options: CopyOptions = {},
): CopyOutcome {
  const starlette = options.starlette ?? null;
  if (starlette !== null && STARLETTE_FORMATS.has(format) && entry.constant !== null) {
    const problem = starletteVersionProblem(starlette);
    if (problem) return { ok: false, format, message: problem };
    const resolved = starletteNameAt(
      STARLETTE_NAME_LIFETIMES,
      entry.code,
      parseVersion(starlette)!,
    );
    if (!resolved.ok) return { ok: false, format, message: resolved.reason };
    const subject = {
      code: entry.code,
      kind: entry.kind,
      phrase: entry.phrase,
      wirePhrase: null,
      maySendInCloseFrame: entry.flags.maySendInCloseFrame,
    };
    const texts: Partial<Formats> = starletteFormats(subject, resolved.name);
    const text = texts[format] ?? null;
    if (text === null) return fallBack(entry, format);
    return { ok: true, format, text, fellBackToNumber: false, note: resolved.note };
  }
  const text = entry.formats[format];
  if (text === null) return fallBack(entry, format);
  return { ok: true, format, text, fellBackToNumber: false, note: null };
}

const KIND_NOUNS: Readonly<Record<Kind, string>> = {
  http: 'an HTTP status',
  unofficial: 'an HTTP status',
  websocket: 'a WebSocket close code',
};

/** Why `format` is not one to offer for `entry`'s kind of code, or null when it is. */
export function formatMismatch(
  entry: Pick<StatusEntry, 'code' | 'kind'>,
  format: FormatId,
): string | null {
  if (formatAppliesTo(format, entry.kind)) return null;
  const writtenFor = entry.kind === 'websocket' ? 'HTTP statuses' : 'WebSocket close codes';
  return `${formatLabel(format)} is for ${writtenFor}; ${entry.code} is ${KIND_NOUNS[entry.kind]}`;
}

/**
 * copyText for a format asked for by name (the CLI's --format): a format written for another
 * kind of code is refused with the reason, not answered with the number.
 */
export function copyExactly(
  entry: StatusEntry,
  format: FormatId,
  options: CopyOptions = {},
): CopyOutcome {
  const mismatch = formatMismatch(entry, format);
  if (mismatch !== null) return { ok: false, format, message: mismatch };
  return copyText(entry, format, options);
}

/** An entry's formats as a project on `options.starlette` would have them (null: no text there). */
export function formatsFor(entry: StatusEntry, options: CopyOptions = {}): Formats {
  if (!options.starlette) return entry.formats;
  const formats = { ...entry.formats };
  for (const format of STARLETTE_FORMATS) {
    const outcome = copyText(entry, format, options);
    formats[format] = outcome.ok && !outcome.fellBackToNumber ? outcome.text : null;
  }
  return formats;
}
