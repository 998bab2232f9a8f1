import { describe, expect, it } from 'vitest';
import { escapeControlCharacters } from '../../core/escape';

describe('escaping control characters for messages', () => {
  it.each([
    ['\u001b[2J', '\\x1b[2J'],
    ['a\nb\tc\r', 'a\\x0ab\\x09c\\x0d'],
    ['\u0000\u007f\u009b', '\\x00\\x7f\\x9b'],
    ['abc\u202edef\u2066', 'abc\\u202edef\\u2066'],
    ['line\u2028sep', 'line\\u2028sep'],
  ])('%j → %s', (raw, shown) => {
    expect(escapeControlCharacters(raw)).toBe(shown);
  });

  it('leaves printable text as it is, accents, emoji and backslashes included', () => {
    const text = 'Não encontrado 🙂 C:\\Users\\x 404 "quoted"';
    expect(escapeControlCharacters(text)).toBe(text);
  });
});
