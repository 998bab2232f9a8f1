/**
 * A paste into the one-line search box: its line breaks and tabs become spaces, so a log line's
 * last word and the next line's first stay two words, as the search reads them.
 */
export function pastedLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|[\r\n\t\u2028\u2029])[ \t]*/g, ' ');
}

/** The box's value after pasting `text` over the selection, and where the caret goes. */
export function pasteInto(
  value: string,
  selectionStart: number | null,
  selectionEnd: number | null,
  text: string,
): { value: string; caret: number } {
  const start = selectionStart ?? value.length;
  const end = selectionEnd ?? start;
  const line = pastedLine(text);
  return { value: value.slice(0, start) + line + value.slice(end), caret: start + line.length };
}
