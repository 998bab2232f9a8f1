import { describe, expect, test } from 'vitest';
import { REGISTRY } from '../../core/registry';
import { MAX_INPUT_LENGTH, search } from '../../core/search';
import { browseList, limitLine, MAX_RESULTS, searchList } from '../../renderer/src/lib/listing';

const empty = { filter: null, favourites: [], recents: [] };

describe('the empty query', () => {
  test('lists the whole registry under its class headers', () => {
    const list = browseList(empty);
    expect(list.sections.map((s) => s.title)).toEqual([
      '1xx Informational',
      '2xx Success',
      '3xx Redirection',
      '4xx Client Error',
      '5xx Server Error',
      'WebSocket close codes',
      'Unofficial codes',
    ]);
    expect(list.options).toHaveLength(REGISTRY.length);
  });

  test('puts favourites, then the recently copied, first', () => {
    const list = browseList({
      ...empty,
      favourites: [404, 1000],
      recents: [
        { code: 429, format: 'fastapi', at: 2 },
        { code: 404, format: 'go', at: 1 },
      ],
    });
    expect(list.sections[0]!.title).toBe('Favourites');
    expect(list.sections[0]!.options.map((o) => o.entry.code)).toEqual([404, 1000]);
    expect(list.sections[1]!.title).toBe('Recently copied');
    expect(list.sections[1]!.options.map((o) => o.entry.code)).toEqual([429, 404]);
    // A status in several sections has a distinct row id in each.
    const ids = list.options.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('drops codes the registry does not have', () => {
    const list = browseList({ ...empty, favourites: [299] });
    expect(list.sections[0]!.title).toBe('1xx Informational');
  });

  test('a class filter narrows every section', () => {
    const list = browseList({ ...empty, filter: 'websocket', favourites: [404, 1008] });
    expect(list.sections.map((s) => s.title)).toEqual(['Favourites', 'WebSocket close codes']);
    expect(list.sections[0]!.options.map((o) => o.entry.code)).toEqual([1008]);
    expect(list.options.every((o) => o.entry.code >= 1000)).toBe(true);
  });
});

describe('a query', () => {
  test('lists the search results in one unnamed section, with their reasons', () => {
    const list = searchList(' 404 ', null, search);
    expect(list.sections).toHaveLength(1);
    expect(list.sections[0]!.title).toBeNull();
    expect(list.options[0]!.entry.code).toBe(404);
    expect(list.options[0]!.result?.reasons[0]).toBe('code');
  });

  test('keeps at most MAX_RESULTS', () => {
    const list = searchList('error', null, search);
    expect(list.options.length).toBeLessThanOrEqual(MAX_RESULTS);
  });

  test('with a filter, only that class', () => {
    const list = searchList('error', '5xx', search);
    expect(list.options.length).toBeGreaterThan(1);
    expect(list.options.every((o) => o.entry.code >= 500 && o.entry.code < 600)).toBe(true);
    // The filter is applied before the limit: unofficial 4xx codes rank in "4xx" but are
    // filtered out, and every registered 4xx is still listed.
    const fours = REGISTRY.filter((e) => e.kind === 'http' && e.code >= 400 && e.code < 500);
    expect(searchList('4xx', '4xx', search).options).toHaveLength(
      Math.min(fours.length, MAX_RESULTS),
    );
  });
});

test('a query before the search engine has loaded is pending, not empty', () => {
  const list = searchList('404', null, null);
  expect(list).toEqual({ sections: [], options: [], pending: true, ignored: 0 });
  expect(browseList(empty).options).toHaveLength(REGISTRY.length);
});

test('a text past the search limit says how much of it was ignored', () => {
  const long = `HTTP/1.1 404 Not Found ${'x'.repeat(MAX_INPUT_LENGTH)}`;
  const list = searchList(long, null, search);
  expect(list.options[0]?.entry.code).toBe(404);
  expect(list.ignored).toBe(long.length - MAX_INPUT_LENGTH);
  expect(limitLine(list)).toMatch(
    /^Only the first 4 KB of the text are searched; the last 23 characters/,
  );
  expect(limitLine(searchList('404', null, search))).toBeNull();
});
