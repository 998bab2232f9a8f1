import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { REGISTRY, entryByCode } from '../../core/registry';
import type { StatusDescription } from '../../core/registry/types';
import { HTTP_DESCRIPTIONS } from '../../core/registry/descriptions/http';
import { WEBSOCKET_DESCRIPTIONS } from '../../core/registry/descriptions/websocket';
import { UNOFFICIAL_STATUSES } from '../../core/registry/descriptions/unofficial';
import { CLASS_DESCRIPTIONS } from '../../core/registry/descriptions/classes';
import { MDN_STATUS_PAGES } from '../../core/registry/descriptions/mdn-pages';

// ---- fixtures: the code lists come from the reference data, not from the modules under test ----

function readFixture(name: string): unknown {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/reference/${name}`, import.meta.url), 'utf8'),
  ) as unknown;
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new Error(`${what} is not an object`);
  return value as Record<string, unknown>;
}

const starlette = record(readFixture('starlette-status.json'), 'starlette-status.json');
const httpConstants = record(starlette['http_constants'], 'http_constants');
const wsConstants = record(starlette['websocket_constants'], 'websocket_constants');
const iana = record(readFixture('iana-http-status.json'), 'iana-http-status.json');
const ianaCodes = record(iana['codes'], 'codes');

/** code -> Starlette constant name, e.g. 404 -> HTTP_404_NOT_FOUND */
function constantsByCode(constants: Record<string, unknown>): Map<number, string> {
  const out = new Map<number, string>();
  for (const [name, value] of Object.entries(constants)) {
    if (typeof value !== 'number') throw new Error(`${name} has no numeric value`);
    out.set(value, name);
  }
  return out;
}

const HTTP_CONSTANTS = constantsByCode(httpConstants);
const WS_CONSTANTS = constantsByCode(wsConstants);
const STARLETTE_HTTP = [...HTTP_CONSTANTS.keys()].sort((a, b) => a - b);
const STARLETTE_WS = [...WS_CONSTANTS.keys()].sort((a, b) => a - b);

function ianaEntry(code: number): { description: string; reference: string } | undefined {
  const raw = ianaCodes[String(code)];
  if (raw === undefined) return undefined;
  const r = record(raw, `iana ${code}`);
  return { description: String(r['description']), reference: String(r['reference']) };
}

/** HTTP_404_NOT_FOUND -> "not found"; WS_1008_POLICY_VIOLATION -> "policy violation" */
function phraseFromConstant(name: string): string {
  return name
    .replace(/^(HTTP|WS)_\d+_/, '')
    .replace(/_/g, ' ')
    .toLowerCase();
}

const UNOFFICIAL_EXPECTED = {
  nginx: [444, 494, 495, 496, 497, 499],
  cloudflare: [520, 521, 522, 523, 524, 525, 526, 527, 530],
  other: [509, 599],
};

// ---- everything the modules provide, as one list ----

interface Item {
  code: number;
  kind: 'http' | 'websocket' | 'unofficial';
  phrases: string[];
  description: Description;
}

/** What the description modules hold; HTTP statuses get their MDN link from the registry. */
type Description = Omit<StatusDescription, 'mdn'> & { mdn?: string | null };

function descriptionFor<W extends Description>(
  table: Readonly<Record<number, W>>,
  code: number,
): W {
  const description = table[code];
  if (description === undefined) throw new Error(`no description for ${code}`);
  return description;
}

const items: Item[] = [
  ...STARLETTE_HTTP.filter((c) => HTTP_DESCRIPTIONS[c] !== undefined).map((code): Item => {
    const phrases = [phraseFromConstant(HTTP_CONSTANTS.get(code) ?? '')];
    const desc = ianaEntry(code)?.description;
    if (desc !== undefined) phrases.push(desc.toLowerCase());
    return { code, kind: 'http', phrases, description: descriptionFor(HTTP_DESCRIPTIONS, code) };
  }),
  ...STARLETTE_WS.filter((c) => WEBSOCKET_DESCRIPTIONS[c] !== undefined).map((code): Item => ({
    code,
    kind: 'websocket',
    phrases: [phraseFromConstant(WS_CONSTANTS.get(code) ?? '')],
    description: descriptionFor(WEBSOCKET_DESCRIPTIONS, code),
  })),
  ...UNOFFICIAL_STATUSES.map((u): Item => ({
    code: u.code,
    kind: 'unofficial',
    phrases: [u.phrase.toLowerCase()],
    description: u,
  })),
];

const byCode = new Map<number, Item>(items.map((i) => [i.code, i]));
const KNOWN_CODES = new Set<number>([
  ...STARLETTE_HTTP,
  ...STARLETTE_WS,
  ...UNOFFICIAL_STATUSES.map((u) => u.code),
]);

function seeAlso(code: number): number[] {
  const item = byCode.get(code);
  if (item === undefined) throw new Error(`no entry for ${code}`);
  return item.description.seeAlso;
}

function headerNames(code: number): string[] {
  const item = byCode.get(code);
  if (item === undefined) throw new Error(`no entry for ${code}`);
  return item.description.headers.map((h) => h.name.toLowerCase());
}

/** Every unordered pair among `codes`. */
function allPairs(codes: number[]): [number, number][] {
  const out: [number, number][] = [];
  codes.forEach((a, i) => codes.slice(i + 1).forEach((b) => out.push([a, b])));
  return out;
}

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// ---- tests ----

describe('coverage', () => {
  it('the fixture lists 63 HTTP and 15 WebSocket codes', () => {
    expect(STARLETTE_HTTP).toHaveLength(63);
    expect(STARLETTE_WS).toHaveLength(15);
  });

  it('every Starlette HTTP code has a description, and nothing else is in HTTP_DESCRIPTIONS', () => {
    const missing = STARLETTE_HTTP.filter((c) => HTTP_DESCRIPTIONS[c] === undefined);
    expect(missing).toEqual([]);
    const extra = Object.keys(HTTP_DESCRIPTIONS)
      .map(Number)
      .filter((c) => !HTTP_CONSTANTS.has(c));
    expect(extra).toEqual([]);
  });

  it('every Starlette WebSocket code has a description, and nothing else is in WEBSOCKET_DESCRIPTIONS', () => {
    const missing = STARLETTE_WS.filter((c) => WEBSOCKET_DESCRIPTIONS[c] === undefined);
    expect(missing).toEqual([]);
    const extra = Object.keys(WEBSOCKET_DESCRIPTIONS)
      .map(Number)
      .filter((c) => !WS_CONSTANTS.has(c));
    expect(extra).toEqual([]);
  });
});

describe('summaries', () => {
  it.each(items.map((i) => [i.code, i] as const))('%i: 60-400 characters', (_code, item) => {
    const n = item.description.summary.length;
    expect(n).toBeGreaterThanOrEqual(60);
    expect(n).toBeLessThanOrEqual(400);
    expect(item.description.summary).toBe(item.description.summary.trim());
  });

  it.each(items.map((i) => [i.code, i] as const))(
    '%i: is not a restatement of the phrase',
    (_code, item) => {
      const summary = normalise(item.description.summary);
      for (const phrase of item.phrases.map(normalise)) {
        expect(summary).not.toBe(phrase);
        // What is left once the phrase is taken out must still say something.
        expect(summary.replace(phrase, '').trim().length).toBeGreaterThanOrEqual(40);
      }
    },
  );

  it('no two statuses share a summary', () => {
    const summaries = items.map((i) => i.description.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });
});

describe('references', () => {
  it.each(items.map((i) => [i.code, i] as const))('%i: titled, https, parses', (_code, item) => {
    const { title, url } = item.description.reference;
    expect(title.trim().length).toBeGreaterThan(0);
    expect(url.startsWith('https://')).toBe(true);
    expect(() => new URL(url)).not.toThrow();
    expect(new URL(url).protocol).toBe('https:');
  });

  it.each(STARLETTE_HTTP.map((c) => [c] as const))(
    '%i: cites the specification the IANA registry cites',
    (code) => {
      const entry = ianaEntry(code);
      expect(entry, `IANA has no row for ${code}`).toBeDefined();
      if (entry === undefined) return;
      const { title, url } = descriptionFor(HTTP_DESCRIPTIONS, code).reference;
      const rfc9110 = /^\[RFC9110, Section ([\d.]+)\]$/.exec(entry.reference);
      if (rfc9110) {
        const section = rfc9110[1] ?? '';
        expect(title).toBe(`RFC 9110 §${section}`);
        expect(url).toBe(`https://www.rfc-editor.org/rfc/rfc9110#section-${section}`);
      } else {
        const rfc = /^\[RFC(\d+)\]/.exec(entry.reference);
        expect(rfc, `unexpected IANA reference ${entry.reference}`).not.toBeNull();
        const num = rfc?.[1] ?? '';
        expect(title.startsWith(`RFC ${num}`)).toBe(true);
        expect(url.startsWith(`https://www.rfc-editor.org/rfc/rfc${num}`)).toBe(true);
      }
    },
  );

  it('WebSocket codes cite RFC 6455 §7.4.1, or the IANA registry where that is all there is', () => {
    for (const code of STARLETTE_WS) {
      const { url } = descriptionFor(WEBSOCKET_DESCRIPTIONS, code).reference;
      if (code >= 1012 && code <= 1014) {
        expect(url).toBe(
          'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number',
        );
      } else {
        expect(url).toBe('https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1');
      }
    }
  });

  it('unofficial codes cite their vendor where there is one', () => {
    for (const u of UNOFFICIAL_STATUSES) {
      const host = new URL(u.reference.url).hostname;
      if (UNOFFICIAL_EXPECTED.nginx.includes(u.code)) {
        expect(['nginx.org', 'github.com']).toContain(host);
        if (host === 'github.com') expect(u.reference.url).toContain('/nginx/nginx/');
      }
      if (UNOFFICIAL_EXPECTED.cloudflare.includes(u.code)) {
        expect(host).toBe('developers.cloudflare.com');
      }
    }
  });
});

describe('MDN links', () => {
  it('MDN_STATUS_PAGES is sorted, unique and made of HTTP codes', () => {
    const sorted = [...MDN_STATUS_PAGES].sort((a, b) => a - b);
    expect(MDN_STATUS_PAGES).toEqual(sorted);
    expect(new Set(MDN_STATUS_PAGES).size).toBe(MDN_STATUS_PAGES.length);
    for (const code of MDN_STATUS_PAGES) {
      expect(code).toBeGreaterThanOrEqual(100);
      expect(code).toBeLessThanOrEqual(599);
    }
  });

  it.each(STARLETTE_HTTP.map((c) => [c] as const))(
    '%i: linked exactly when MDN has a page',
    (code) => {
      const mdn = entryByCode(code)?.mdn;
      if (MDN_STATUS_PAGES.includes(code)) {
        expect(mdn).toBe(
          `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${code}`,
        );
      } else {
        expect(mdn).toBeNull();
      }
    },
  );

  it('the derived links are the 61 links once typed by hand, no more, no fewer', () => {
    const handTyped = JSON.parse(
      readFileSync(new URL('../fixtures/mdn-links-hand-typed.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const derived = Object.fromEntries(
      REGISTRY.filter((e) => e.mdn !== null).map((e) => [String(e.code), e.mdn]),
    );
    expect(Object.keys(handTyped)).toHaveLength(61);
    expect(derived).toEqual(handTyped);
  });

  it('HTTP descriptions carry no MDN link of their own to drift from the list', () => {
    for (const code of STARLETTE_HTTP)
      expect(descriptionFor(HTTP_DESCRIPTIONS, code)).not.toHaveProperty('mdn');
  });

  it('WebSocket and unofficial codes have no MDN link', () => {
    for (const item of items.filter((i) => i.kind !== 'http')) {
      expect(item.description.mdn, String(item.code)).toBeNull();
    }
  });
});

describe('keywords', () => {
  it.each(items.map((i) => [i.code, i] as const))(
    '%i: at least two, lower-case, trimmed, no duplicates',
    (_code, item) => {
      const { keywords } = item.description;
      expect(keywords.length).toBeGreaterThanOrEqual(2);
      for (const k of keywords) {
        expect(k.length).toBeGreaterThan(0);
        expect(k).toBe(k.toLowerCase());
        expect(k).toBe(k.trim());
      }
      expect(new Set(keywords).size).toBe(keywords.length);
    },
  );

  it('the commonly used codes get rich keywords', () => {
    const common = [
      200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 408, 409,
      410, 412, 413, 414, 415, 416, 418, 422, 425, 428, 429, 431, 451, 500, 501, 502, 503, 504,
      1000, 1001, 1008, 1009, 1011,
    ];
    for (const code of common) {
      const n = byCode.get(code)?.description.keywords.length ?? 0;
      expect(n, `keywords for ${code}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('no keyword is spread over more than two statuses', () => {
    const owners = new Map<string, number[]>();
    for (const item of items) {
      for (const k of item.description.keywords)
        owners.set(k, [...(owners.get(k) ?? []), item.code]);
    }
    const spread = [...owners].filter(([, codes]) => codes.length > 2);
    expect(spread).toEqual([]);
  });
});

describe('seeAlso', () => {
  const required: [number, number][] = [
    [401, 403],
    ...allPairs([301, 302, 303, 307, 308]),
    [400, 422],
    [404, 410],
    ...allPairs([409, 412, 428]),
    ...allPairs([413, 414, 431]),
    ...allPairs([500, 502, 503, 504]),
    [408, 504],
    [429, 503],
    [1000, 1001],
    ...allPairs([1002, 1003, 1007]),
    [1008, 1011],
  ];

  it.each(required)('%i and %i point at each other', (a, b) => {
    expect(seeAlso(a)).toContain(b);
    expect(seeAlso(b)).toContain(a);
  });

  it.each(items.map((i) => [i.code, i] as const))(
    '%i: known codes, symmetric, no self-reference, no duplicates',
    (code, item) => {
      const list = item.description.seeAlso;
      expect(list).not.toContain(code);
      expect(new Set(list).size).toBe(list.length);
      for (const other of list) {
        expect(KNOWN_CODES.has(other), `${code} -> ${other} is not in the registry`).toBe(true);
        expect(seeAlso(other), `${other} does not list ${code}`).toContain(code);
      }
    },
  );
});

describe('headers', () => {
  const required: [number, string][] = [
    [401, 'WWW-Authenticate'],
    [405, 'Allow'],
    [201, 'Location'],
    [301, 'Location'],
    [302, 'Location'],
    [303, 'Location'],
    [307, 'Location'],
    [308, 'Location'],
    [407, 'Proxy-Authenticate'],
    [416, 'Content-Range'],
    [426, 'Upgrade'],
    [429, 'Retry-After'],
    [503, 'Retry-After'],
    [206, 'Content-Range'],
  ];

  it.each(required)('%i carries %s', (code, header) => {
    expect(headerNames(code)).toContain(header.toLowerCase());
  });

  it.each(items.map((i) => [i.code, i] as const))(
    '%i: every header note is named and explained once',
    (_code, item) => {
      for (const h of item.description.headers) {
        expect(h.name).toMatch(/^[A-Za-z][A-Za-z0-9-]*$/);
        expect(h.when.trim().length).toBeGreaterThan(0);
      }
      const names = item.description.headers.map((h) => h.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    },
  );

  it('WebSocket close codes carry no headers', () => {
    for (const code of STARLETTE_WS)
      expect(descriptionFor(WEBSOCKET_DESCRIPTIONS, code).headers).toEqual([]);
  });
});

describe('unofficial codes', () => {
  const codes = UNOFFICIAL_STATUSES.map((u) => u.code);

  it('lists every expected code once, in order, none of them a Starlette code', () => {
    const expected = [
      ...UNOFFICIAL_EXPECTED.nginx,
      ...UNOFFICIAL_EXPECTED.cloudflare,
      ...UNOFFICIAL_EXPECTED.other,
    ];
    for (const code of expected) expect(codes).toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    for (const code of codes) expect(HTTP_CONSTANTS.has(code)).toBe(false);
  });

  it('each has a phrase and a vendor', () => {
    for (const u of UNOFFICIAL_STATUSES) {
      expect(u.phrase.trim().length, String(u.code)).toBeGreaterThan(0);
      expect(u.vendor.trim().length, String(u.code)).toBeGreaterThan(0);
    }
  });

  it.each(UNOFFICIAL_EXPECTED.nginx.map((c) => [c] as const))('%i names nginx', (code) => {
    expect(UNOFFICIAL_STATUSES.find((u) => u.code === code)?.vendor).toMatch(/nginx/i);
  });

  it.each(UNOFFICIAL_EXPECTED.cloudflare.map((c) => [c] as const))(
    '%i names Cloudflare',
    (code) => {
      expect(UNOFFICIAL_STATUSES.find((u) => u.code === code)?.vendor).toMatch(/cloudflare/i);
    },
  );
});

describe('class descriptions', () => {
  it('cover the seven sections in order', () => {
    expect(CLASS_DESCRIPTIONS.map((c) => c.id)).toEqual([
      '1xx',
      '2xx',
      '3xx',
      '4xx',
      '5xx',
      'websocket',
      'unofficial',
    ]);
  });

  it('have the expected titles and a real description', () => {
    const titles = CLASS_DESCRIPTIONS.map((c) => c.title);
    expect(titles[0]).toBe('1xx Informational');
    expect(titles[4]).toBe('5xx Server Error');
    expect(titles[5]).toBe('WebSocket close codes');
    expect(titles[6]).toBe('Unofficial codes');
    CLASS_DESCRIPTIONS.slice(0, 5).forEach((c) =>
      expect(c.title.startsWith(`${c.id} `)).toBe(true),
    );
    for (const c of CLASS_DESCRIPTIONS) {
      expect(c.description.length, c.id).toBeGreaterThanOrEqual(60);
      expect(c.description.length, c.id).toBeLessThanOrEqual(400);
    }
  });
});
