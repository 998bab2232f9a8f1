import { expect, test } from 'vitest';
import { search } from '../../core/search';
import { pasteInto, pastedLine } from '../../renderer/src/lib/paste';
import { reasonText } from '../../renderer/src/lib/entry-labels';

test('a multi-line paste keeps its words apart: line breaks and tabs become spaces', () => {
  expect(pastedLine('too many\nrequests')).toBe('too many requests');
  expect(pastedLine('a\r\nb\rc\td  \n  e\u2028f')).toBe('a b c d e f');
  const log =
    '10.0.0.1 - - [01/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 12\n10.0.0.1 - - [01/Dec/2026:10:00:01 +0000] "GET /x HTTP/1.1" 503 9';
  expect(search(pastedLine(log))[0]?.entry.code).toBe(503);
});

test('a paste replaces the selection and leaves the caret after it', () => {
  expect(pasteInto('abc', 1, 2, 'x\ny')).toEqual({ value: 'ax yc', caret: 4 });
  expect(pasteInto('abc', null, null, 'z')).toEqual({ value: 'abcz', caret: 4 });
});

test('a row says what the search recognised in a pasted text, else why it matched', () => {
  const pasted = search('INFO:     127.0.0.1:5000 - "GET /x HTTP/1.1" 404 Not Found')[0]!;
  expect(reasonText(pasted)).toBe('status field of an access-log line');
  expect(reasonText(search('rate limit')[0]!)).toBe('keyword');
});
