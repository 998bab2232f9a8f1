/** 10 000-character inputs: a phrase pasted a thousand times, one letter, and CJK text. */
export const LONG_INPUTS: readonly string[] = [
  'rate limit '.repeat(910).slice(0, 10_000),
  'x'.repeat(10_000),
  Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0x4e00 + (i % 500))).join(''),
];
