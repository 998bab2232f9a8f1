/**
 * How much of a text the search looks at. A pasted log file or page is searched by its start:
 * the fronts say when the rest was ignored, and read no more than this from their input.
 */

/** The first 4 KB (4 096 UTF-16 code units, 4 KB of ASCII) of a text are searched. */
export const MAX_INPUT_LENGTH = 4096;

export interface ClippedInput {
  /** The part that is searched. */
  text: string;
  /** How many characters past the limit were ignored (0 when the whole text is searched). */
  ignored: number;
}

/** The searched part of `text`, never ending in half a surrogate pair. */
export function clipInput(text: string): ClippedInput {
  if (text.length <= MAX_INPUT_LENGTH) return { text, ignored: 0 };
  let end = MAX_INPUT_LENGTH;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end), ignored: text.length - end };
}
