import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGISTRY, entryByCode } from '../../core/registry';
import { search, createSearch, MAX_INPUT_LENGTH } from '../../core/search';
import { devQueriesPath, examplesPath, readQuerySet } from './query-sets';

const first = (q: string) => search(q)[0];
const codes = (q: string, limit = 10) => search(q, { limit }).map((r) => r.entry.code);

describe('the example queries', () => {
  it.each(readQuerySet(examplesPath()).map((x) => [x.query, x.expected] as const))(
    '%s ranks %s first',
    (query, expected) => {
      expect(expected).toContain(first(query)?.entry.code);
    },
  );
});

describe('our own development queries', () => {
  const set = readQuerySet(devQueriesPath());
  it('has at least 40 queries, none taken from the examples', () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    const examples = new Set(readQuerySet(examplesPath()).map((x) => x.query.toLowerCase()));
    for (const { query } of set) expect(examples.has(query.toLowerCase())).toBe(false);
  });
  it('ranks the expected status first for at least 95% of them', () => {
    const misses = set.filter(
      ({ query, expected }) => !expected.includes(first(query)?.entry.code ?? -1),
    );
    const missed = misses.map(
      (m) => `${m.query} -> ${first(m.query)?.entry.code} (want ${m.expected})`,
    );
    expect(misses.length / set.length, missed.join('\n')).toBeLessThanOrEqual(0.05);
  });
});

describe('numbers and classes', () => {
  it('finds a code by its number, HTTP or WebSocket', () => {
    expect(codes('404')[0]).toBe(404);
    expect(codes('1008')[0]).toBe(1008);
    expect(first('404')!.reasons[0]).toBe('code');
  });
  it('lists codes that start with a prefix, in order', () => {
    expect(codes('40', 20)).toEqual([400, 401, 402, 403, 404, 405, 406, 407, 408, 409]);
    expect(codes('101', 20)).toEqual([101, 1010, 1011, 1012, 1013, 1014, 1015]);
  });
  it('lists a class in order, registered codes before unofficial ones', () => {
    const fours = codes('4xx', 100);
    expect(fours[0]).toBe(400);
    expect(fours.filter((c) => entryByCode(c)!.kind === 'http')).toEqual(
      REGISTRY.filter((e) => e.kind === 'http' && e.code >= 400 && e.code < 500).map((e) => e.code),
    );
    expect(fours.slice(-6)).toEqual([444, 494, 495, 496, 497, 499]);
    expect(codes('5XX', 100)[0]).toBe(500);
  });
  it('lists WebSocket close codes for "ws" and "websocket"', () => {
    const ws = REGISTRY.filter((e) => e.kind === 'websocket').map((e) => e.code);
    expect(codes('ws', 100)).toEqual(ws);
    expect(codes('WebSocket', 100)).toEqual(ws);
  });
});

describe('constant names', () => {
  it('finds Starlette constants in any case and with any prefix', () => {
    for (const q of [
      'HTTP_404_NOT_FOUND',
      'http_404_not_found',
      'status.HTTP_404_NOT_FOUND',
      'fastapi.status.HTTP_404_NOT_FOUND',
      'not_found',
      'NOT_FOUND',
    ]) {
      expect(first(q)?.entry.code, q).toBe(404);
    }
    expect(first('status.HTTP_201_CREATED')!.reasons[0]).toBe('constant');
  });
  it('completes a partial constant', () => {
    expect(first('HTTP_204')?.entry.code).toBe(204);
    expect(first('WS_1011')?.entry.code).toBe(1011);
    expect(codes('WS_', 3)).toEqual([1000, 1001, 1002]);
    expect(codes('HTTP_50', 3)).toEqual([500, 501, 502]);
  });
  it('finds deprecated and former names and says what replaced them', () => {
    const hit = first('HTTP_422_UNPROCESSABLE_ENTITY')!;
    expect(hit.entry.code).toBe(422);
    expect(hit.reasons[0]).toBe('alias');
    expect(hit.matchedName).toMatchObject({
      deprecated: true,
      replacement: 'HTTP_422_UNPROCESSABLE_CONTENT',
    });
    expect(hit.matchedName!.note).toContain('0.48.0');
    // Written as FastAPI code writes it, the deprecated name is still reported as deprecated.
    expect(first('status.HTTP_422_UNPROCESSABLE_ENTITY')!.matchedName).toMatchObject({
      deprecated: true,
    });
    expect(first('status.HTTP_413_REQUEST_ENTITY_TOO_LARGE')!.reasons[0]).toBe('alias');
    const former = first('WS_1005_ABNORMAL_CLOSURE')!;
    expect(former.entry.code).toBe(1006);
    expect(former.matchedName!.note).toMatch(/removed in Starlette 0\.45\.0.*1005/);
  });
  it("finds other ecosystems' names, current or old", () => {
    const cases: [string, number][] = [
      ['HTTPStatus.CONFLICT', 409],
      ['http.StatusTeapot', 418],
      ['Status404NotFound', 404],
      ['StatusCodes.Status404NotFound', 404],
      ['HttpStatus.BAD_GATEWAY', 502],
      ['Response::HTTP_GONE', 410],
      [':too_many_requests', 429],
      ['StatusCodes.REQUEST_TOO_LONG', 413],
      ['StatusCode::PAYLOAD_TOO_LARGE', 413],
      ['HttpStatusCode.RedirectKeepVerb', 307],
      ['HttpStatus.PAYLOAD_TOO_LARGE', 413],
      [':unprocessable_entity', 422],
      ['HTTPStatus.REQUEST_ENTITY_TOO_LARGE', 413],
    ];
    for (const [q, code] of cases) {
      expect(first(q)?.entry.code, q).toBe(code);
      expect(first(q)!.reasons).toContain('otherName');
      // The name reported is the one typed, not another ecosystem's look-alike.
      expect(first(q)!.matchedName?.name.toLowerCase(), q).toContain(
        q.replace(/^.*(::|\.)/, '').toLowerCase(),
      );
    }
    expect(first('HttpStatus.BAD_GATEWAY')!.matchedName!.name).toBe('HttpStatus.BAD_GATEWAY');
    expect(first('HTTPStatus.BAD_GATEWAY')!.matchedName!.name).toBe('HTTPStatus.BAD_GATEWAY');
    expect(first('HttpStatus.UNPROCESSABLE_ENTITY')!.matchedName).toMatchObject({
      name: 'HttpStatus.UNPROCESSABLE_ENTITY',
      note: expect.stringContaining('deprecated in Spring 7.0'),
    });
  });
});

describe('words', () => {
  it('finds reason phrases whole, partial and in any order', () => {
    expect(first('Too Many Requests')?.entry.code).toBe(429);
    expect(first('gateway timeout')?.entry.code).toBe(504);
    expect(first('timeout gateway')?.entry.code).toBe(504);
    expect(first('unsupported media')?.entry.code).toBe(415);
    expect(first('precondition failed')?.entry.code).toBe(412);
  });
  it('forgives typos and says so', () => {
    expect(first('unathorized')?.entry.code).toBe(401);
    expect(first('gatway timeout')?.entry.code).toBe(504);
    expect(first('unathorized')!.reasons).toContain('typo');
  });
  it('understands what a developer means', () => {
    const cases: [string, number][] = [
      ['rate limit', 429],
      ['validation error', 422],
      ['already exists', 409],
      ['maintenance', 503],
      ['file too large', 413],
      ['login required', 401],
    ];
    for (const [q, code] of cases) expect(first(q)?.entry.code, q).toBe(code);
    expect(first('rate limit')!.reasons).toContain('keyword');
  });
});

describe('nonsense and abuse', () => {
  it('answers nothing sensible with an empty result', () => {
    for (const q of [
      '',
      '   ',
      'zzzz',
      'qqqqqqq xxxxxx',
      '🦄🦄🦄',
      '\u0000\u0001',
      'a'.repeat(10_000),
    ]) {
      expect(search(q), JSON.stringify(q.slice(0, 20))).toEqual([]);
    }
  });
  it('searches the first 4 KB of a long text and ignores the rest', () => {
    expect(search('rate limit '.repeat(1_000))[0]?.entry.code).toBe(429);
    const padding = 'x '.repeat(MAX_INPUT_LENGTH);
    expect(search(`HTTP/1.1 404 Not Found ${padding}`)[0]?.entry.code).toBe(404);
    expect(search(`${padding} HTTP/1.1 404 Not Found`)).toEqual([]);
  });
  it('never returns more than the limit, and ignores a nonsensical limit', () => {
    expect(search('4xx', { limit: 3 })).toHaveLength(3);
    expect(search('404', { limit: 0 })).toEqual([]);
    expect(search('404', { limit: -5 })).toEqual([]);
    expect(search('404', { limit: Number.NaN })).toEqual([]);
    expect(search('4xx', { limit: 10_000 }).length).toBeLessThanOrEqual(REGISTRY.length);
  });
  it('returns at most `limit` results, in a stable order, and never throws, for any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 10_000 }),
        fc.integer({ min: 1, max: 40 }),
        (query, limit) => {
          const a = search(query, { limit });
          const b = search(query, { limit });
          expect(a.length).toBeLessThanOrEqual(limit);
          expect(a.map((r) => r.entry.code)).toEqual(b.map((r) => r.entry.code));
          for (let i = 1; i < a.length; i++)
            expect(a[i - 1]!.score).toBeGreaterThanOrEqual(a[i]!.score);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
  it('is deterministic across separately built indexes', () => {
    const other = createSearch(REGISTRY);
    for (const q of ['error', 'too', 'redirect', 'websocket close', 'not']) {
      expect(other(q).map((r) => r.entry.code)).toEqual(search(q).map((r) => r.entry.code));
    }
  });
});

describe('a filter', () => {
  it('counts only accepted entries towards the limit', () => {
    const ws = search('error', { limit: 3, accept: (e) => e.kind === 'websocket' });
    expect(ws).toHaveLength(3);
    expect(ws.every((r) => r.entry.kind === 'websocket')).toBe(true);
    expect(search('404', { accept: () => false })).toEqual([]);
  });
});
