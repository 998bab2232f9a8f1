/**
 * The CLI's ends of standard output and standard error. Output waits for 'drain' (through
 * `drained`, which the input side awaits), so a slow reader holds the CLI back instead of
 * making it buffer every answer; messages show control characters from their input escaped.
 */
import { once } from 'node:events';
import { escapeControlCharacters } from '../core/escape';

export interface LineOutput {
  write(text: string): void;
  /** Resolves once the stream has taken everything written so far (at once when it has). */
  drained(): Promise<void>;
}

export function lineOutput(stream: NodeJS.WritableStream): LineOutput {
  let waiting: Promise<void> | null = null;
  return {
    write(text) {
      if (!stream.write(`${text}\n`) && !waiting) {
        waiting = Promise.race([once(stream, 'drain'), once(stream, 'close')]).then(() => {
          waiting = null;
        });
      }
    },
    drained: () => waiting ?? Promise.resolve(),
  };
}

/** Standard error: messages about the input, so nothing in them may drive the terminal. */
export function messageOutput(stream: NodeJS.WritableStream): (text: string) => void {
  return (text) => {
    stream.write(`${escapeControlCharacters(text)}\n`);
  };
}

/** 70 (EX_SOFTWARE in sysexits.h): the CLI's own fault, not the person's input. */
export const EXIT_INTERNAL_ERROR = 70;

/** A bug or a broken stream: one line for the person, never a stack trace. */
export function internalErrorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return escapeControlCharacters(
    `status-palette: internal error: ${message.split('\n')[0]!.slice(0, 300)}`,
  );
}
