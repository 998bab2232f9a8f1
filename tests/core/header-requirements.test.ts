import { describe, expect, it } from 'vitest';
import { CLASS_DESCRIPTIONS, REGISTRY, entryByCode, type StatusEntry } from '../../core/registry';
import { HEADER_REQUIREMENTS } from '../../core/registry/descriptions/header-requirements';

const KEYWORDS = ['MUST', 'SHOULD', 'MAY'] as const;
const key = (code: number, header: string) => `${code} ${header}`;

const rows = new Map(HEADER_REQUIREMENTS.map((row) => [key(row.code, row.header), row]));
const listed = REGISTRY.flatMap((entry) =>
  entry.headers.map((header) => ({ code: entry.code, header })),
);

function entry(code: number): StatusEntry {
  const found = entryByCode(code);
  if (!found) throw new Error(`no entry ${code}`);
  return found;
}

function header(code: number, name: string) {
  const found = entry(code).headers.find((h) => h.name === name);
  if (!found) throw new Error(`${code} lists no ${name}`);
  return found;
}

describe('every header against the table of sources', () => {
  it('the table has one row per status and header', () => {
    expect(rows.size).toBe(HEADER_REQUIREMENTS.length);
  });

  it.each(listed.map((l) => [key(l.code, l.header.name), l] as const))(
    '%s: level and section are the ones its row quotes',
    (_name, { code, header: h }) => {
      const row = rows.get(key(code, h.name));
      expect(row, `no row for ${code} ${h.name}`).toBeDefined();
      expect(h.requirement).toBe(row?.requirement);
      expect(h.section).toBe(row?.section);
    },
  );

  it('every row belongs to a header some status lists', () => {
    const used = new Set(listed.map((l) => key(l.code, l.header.name)));
    expect([...rows.keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it.each(HEADER_REQUIREMENTS.map((r) => [key(r.code, r.header), r] as const))(
    '%s: the quote says the keyword claimed, and the section is well formed',
    (_name, row) => {
      expect(row.quote.length).toBeGreaterThan(20);
      expect(row.quote.length).toBeLessThanOrEqual(260);
      if (row.requirement !== null)
        expect(row.quote).toMatch(new RegExp(`\\b${row.requirement}\\b`));
      if (row.section !== null) expect(row.section).toMatch(/^RFC \d{4} §\d+(\.\d+)*$/);
      // No RFC, no keyword: a level needs a section that states it.
      if (row.section === null) expect(row.requirement).toBeNull();
    },
  );

  it('no header restates a level in its words, where it could drift from the field', () => {
    for (const { code, header: h } of listed) {
      expect(h.when, `${code} ${h.name}`).not.toMatch(/^(required|optional|must|should|may)\b/i);
      expect(h.when, `${code} ${h.name}`).not.toMatch(/\b(Required|Optional):/);
    }
  });

  it('levels are only the three RFC 2119 keywords or null', () => {
    for (const { header: h } of listed) expect([...KEYWORDS, null]).toContain(h.requirement);
  });
});

describe("the audit's corrections", () => {
  it('redirects: Location is SHOULD in §15.4.2, .3, .8, .9; 303 states no keyword (§15.4.4)', () => {
    const expected: Record<number, string> = {
      301: 'RFC 9110 §15.4.2',
      302: 'RFC 9110 §15.4.3',
      307: 'RFC 9110 §15.4.8',
      308: 'RFC 9110 §15.4.9',
    };
    for (const [code, section] of Object.entries(expected)) {
      expect(header(Number(code), 'Location')).toMatchObject({ requirement: 'SHOULD', section });
    }
    expect(header(303, 'Location')).toMatchObject({
      requirement: null,
      section: 'RFC 9110 §15.4.4',
    });
  });

  it('300: Location is SHOULD when the server has a preferred choice (§15.4.1)', () => {
    const location = header(300, 'Location');
    expect(location).toMatchObject({ requirement: 'SHOULD', section: 'RFC 9110 §15.4.1' });
    expect(location.when).toMatch(/preferred choice/);
  });

  it.each([
    [304, 'RFC 9110 §15.4.5'],
    [206, 'RFC 9110 §15.3.7'],
  ] as const)(
    '%i: MUST repeat Content-Location, Date, ETag, Vary, Cache-Control, Expires (%s)',
    (code, section) => {
      for (const name of ['Content-Location', 'Date', 'ETag', 'Vary', 'Cache-Control', 'Expires']) {
        expect(header(code, name), name).toMatchObject({ requirement: 'MUST', section });
      }
    },
  );

  it('304: the summary says must, not should', () => {
    expect(entry(304).summary).toMatch(/must repeat/);
    expect(entry(304).summary).not.toMatch(/should repeat/);
  });

  it('226: ETag is MUST (RFC 3229 §10.4.1); IM is not claimed as required', () => {
    expect(header(226, 'ETag')).toMatchObject({ requirement: 'MUST', section: 'RFC 3229 §10.4.1' });
    expect(header(226, 'IM').requirement).toBeNull();
  });

  it('201: Location is optional, and without it the target URI identifies the resource', () => {
    const location = header(201, 'Location');
    expect(location).toMatchObject({ requirement: null, section: 'RFC 9110 §15.3.2' });
    expect(location.when).toMatch(/Without it/);
    expect(entry(201).summary).toMatch(/without one/);
  });

  it('415: lists Accept (§15.5.16) and says where Accept-Post and Accept-Patch come from', () => {
    expect(header(415, 'Accept')).toMatchObject({ section: 'RFC 9110 §15.5.16' });
    expect(header(415, 'Accept-Patch')).toMatchObject({
      requirement: 'SHOULD',
      section: 'RFC 5789 §2.2',
    });
    expect(header(415, 'Accept-Post').section).toBeNull();
    expect(header(415, 'Accept-Post').when).toMatch(/W3C Linked Data Platform/);
    expect(entry(415).summary).toMatch(/RFC 5789/);
    expect(entry(415).summary).toMatch(/W3C Linked Data Platform/);
  });

  it('416: also sent for an excessive number of small or overlapping ranges (§15.5.17)', () => {
    expect(entry(416).summary).toMatch(/excessive number of small or overlapping ranges/);
    expect(header(416, 'Content-Range')).toMatchObject({
      requirement: 'SHOULD',
      section: 'RFC 9110 §15.5.17',
    });
  });

  it('451: Link blocked-by is SHOULD and names who implements the block (RFC 7725 §4)', () => {
    const link = header(451, 'Link');
    expect(link).toMatchObject({ requirement: 'SHOULD', section: 'RFC 7725 §4' });
    expect(link.when).toMatch(/implementing the block/);
    expect(entry(451).summary).toMatch(/implementing the block/);
    expect(entry(451).summary).not.toMatch(/identify who demanded/);
  });

  it('305 and 306: deprecated and reserved, never "must not be sent"; 305 reasons from RFC 7231', () => {
    for (const code of [305, 306]) {
      expect(entry(code).summary).not.toMatch(/must not (be )?sen[dt]/);
      expect(entry(code).ianaNote ?? '').not.toMatch(/must not/);
    }
    expect(entry(305).ianaNote).toMatch(/RFC 7231 Appendix B/);
    expect(entry(305).ianaNote).not.toMatch(/§15\.4\.6 deprecates it for security reasons/);
    expect(entry(306).summary).toMatch(/reserved/);
  });

  it('403: the client MAY repeat it with new or different credentials (§15.5.4)', () => {
    expect(entry(403).summary).not.toMatch(/Logging in again won't help/);
    expect(entry(403).summary).toMatch(/same credentials/);
    expect(entry(403).summary).toMatch(/different ones/);
  });

  it('4xx: the class text no longer says every request fails again unchanged', () => {
    const text = CLASS_DESCRIPTIONS.find((c) => c.id === '4xx')?.description ?? '';
    expect(text).not.toMatch(/will not help/);
    for (const code of [408, 421, 425, 429]) expect(text).toContain(String(code));
  });

  it('100: Hypercorn answers once the headers are parsed, Uvicorn when the app reads the body', () => {
    const summary = entry(100).summary;
    expect(summary).toMatch(/Uvicorn when your app first reads the body/);
    expect(summary).toMatch(/Hypercorn as soon as it has parsed the request headers/);
  });

  it('530: not named "Origin DNS Error", which is Cloudflare\'s name for error 1016', () => {
    expect(entry(530).phrase).not.toMatch(/Origin DNS Error/i);
    expect(entry(530).summary).toMatch(/1016/);
  });

  it('524: says which Cloudflare page gives 120 s and which 100 s', () => {
    const summary = entry(524).summary;
    expect(summary).toMatch(/Error 524 page says 120 seconds/);
    expect(summary).toMatch(/Connection limits page 100/);
  });
});
