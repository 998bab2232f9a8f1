/**
 * Text from outside (arguments, queries, payloads) shown inside a message: control characters
 * would drive the terminal (ESC clears the screen, retitles the window, fakes output) or hide
 * what follows (bidi overrides), so each is shown as an escape, \x1b or \u202e, instead.
 */

// C0 and C1 controls, DEL, the line and paragraph separators, and the bidi embeddings,
// overrides and isolates (the "Trojan Source" characters).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as an escape; everything else as it is. */
export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}
