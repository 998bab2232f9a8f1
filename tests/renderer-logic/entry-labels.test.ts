import { expect, test } from 'vitest';
import { entryByCode } from '../../core/registry';
import { search } from '../../core/search';
import {
  badgesFor,
  colourClassOf,
  flagSentences,
  reasonText,
} from '../../renderer/src/lib/entry-labels';
import { inlineCode } from '../../renderer/src/lib/inline-code';

const ids = (code: number) => badgesFor(entryByCode(code)!, null).map((b) => b.id);

test('badges say what matters about a status', () => {
  expect(ids(200)).toEqual([]);
  expect(ids(204)).toEqual(['no-body']);
  expect(ids(1000)).toEqual(['websocket']);
  expect(ids(1006)).toEqual(['websocket', 'no-close-frame']);
  expect(ids(499)).toEqual(['unofficial']);
});

test('a deprecated name that matched gets a badge naming its replacement', () => {
  const [result] = search('HTTP_413_REQUEST_ENTITY_TOO_LARGE');
  const badges = badgesFor(result!.entry, result!.matchedName);
  expect(badges[0]).toMatchObject({ id: 'deprecated-name' });
  expect(badges[0]!.title).toContain('HTTP_413_CONTENT_TOO_LARGE');
  expect(reasonText(result!)).toBe('alias: HTTP_413_REQUEST_ENTITY_TOO_LARGE');
});

test('the reason is the strongest one, in words', () => {
  expect(reasonText(search('404')[0]!)).toBe('code');
  expect(reasonText({ reasons: [], matchedName: null })).toBe('');
  expect(reasonText({ reasons: ['typo'], matchedName: null })).toBe('close spelling');
});

test('flags read as sentences', () => {
  expect(flagSentences(entryByCode(304)!)).toEqual([
    'A response with this status has no body (RFC 9110 §6.4.1).',
  ]);
  expect(flagSentences(entryByCode(1015)!)[0]).toMatch(/^Must not be sent in a Close frame/);
  expect(flagSentences(entryByCode(520)!)).toEqual([
    'Not registered with IANA: used by Cloudflare.',
  ]);
  expect(colourClassOf(entryByCode(1000)!)).toBe('class-websocket');
});

test('backticks in the words become code', () => {
  expect(inlineCode('use `detail` here')).toEqual([
    { text: 'use ', code: false },
    { text: 'detail', code: true },
    { text: ' here', code: false },
  ]);
  expect(inlineCode('no code')).toEqual([{ text: 'no code', code: false }]);
});
