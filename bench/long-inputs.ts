/** 1 MB inputs: a phrase pasted over and over, a whole access log, one letter, and CJK text. */
const MB = 1_048_576;
const fill = (piece: string) => piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB);

export const LONG_INPUTS: readonly string[] = [
  fill('rate limit '),
  fill(
    '10.0.0.5 - - [01/Dec/2026:09:04:12 +0000] "PUT /api/items/9 HTTP/1.1" 409 88 "-" "axios/1.7.2"\n',
  ),
  fill('x'),
  Array.from({ length: MB }, (_, i) => String.fromCharCode(0x4e00 + (i % 500))).join(''),
];
