/**
 * The registry against the reference fixture: every fact the app shows or copies is compared
 * with what the upstream sources say (tests/fixtures/reference, sources recorded inside).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyText } from '../../core/copy';
import {
  REGISTRY,
  STARLETTE_NAME_LIFETIMES,
  entryByCode,
  type EcosystemId,
} from '../../core/registry';
import { ECOSYSTEMS } from '../../core/registry/ecosystems';
import { FORMAT_INFO, formatLabel, isSnippet } from '../../core/registry/formats';
import { FORMAT_IDS } from '../../core/registry/types';
import { starletteNameAt } from '../../core/registry/starlette-names';
import { version } from '../../core/versions';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/reference/${name}`, import.meta.url), 'utf8'));
const starlette = fixture('starlette-status.json');
const iana = fixture('iana-http-status.json');
const ianaWs = fixture('iana-websocket-close.json');
const python = fixture('python-httpstatus.json');
const others = fixture('other-ecosystems.json').ecosystems;

const http = REGISTRY.filter((e) => e.kind === 'http');
const websocket = REGISTRY.filter((e) => e.kind === 'websocket');
const starletteConstants: Record<string, number> = {
  ...starlette.http_constants,
  ...starlette.websocket_constants,
};

type History = { version: string; [key: string]: unknown }[];
const history = starlette.history as History;

/** The plain constants and the deprecated aliases of status.py at each tag, rebuilt from the fixture. */
function namesByVersion(): {
  version: string;
  plain: Map<string, number>;
  aliases: Map<string, number>;
}[] {
  const plain = new Map<string, number>();
  const aliases = new Map<string, number>();
  const out = [];
  for (const step of history) {
    const record = (key: string) => (step[key] ?? {}) as Record<string, number>;
    for (const [n, v] of Object.entries({
      ...record('http_constants'),
      ...record('ws_constants'),
      ...record('added'),
    }))
      plain.set(n, v);
    for (const n of Object.keys(record('removed_as_plain_constants'))) plain.delete(n);
    for (const [n, v] of Object.entries(step.deprecated_added ?? {}) as [
      string,
      { value: number },
    ][])
      aliases.set(n, v.value);
    for (const n of Object.keys(record('deprecated_removed_entirely'))) aliases.delete(n);
    out.push({ version: step.version, plain: new Map(plain), aliases: new Map(aliases) });
  }
  return out;
}

describe('Starlette constants', () => {
  it('has one entry per constant of starlette.status: 63 HTTP, 15 WebSocket', () => {
    expect(http).toHaveLength(starlette.counts.http);
    expect(websocket).toHaveLength(starlette.counts.websocket);
    const ours = Object.fromEntries([...http, ...websocket].map((e) => [e.constant, e.code]));
    expect(ours).toEqual(starletteConstants);
  });

  it('keeps constants unique and their numbers equal to their codes', () => {
    const names = REGISTRY.flatMap((e) => [
      e.constant,
      ...e.deprecatedAliases.map((a) => a.name),
      ...e.formerNames.map((f) => f.name),
    ]).filter(Boolean);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(REGISTRY.map((e) => e.code)).size).toBe(REGISTRY.length);
    for (const e of [...http, ...websocket]) {
      expect(e.constant).toMatch(
        e.kind === 'http' ? /^HTTP_\d{3}_[A-Z0-9_]+$/ : /^WS_\d{4}_[A-Z0-9_]+$/,
      );
      expect(Number(e.constant!.split('_')[1])).toBe(e.code);
      for (const alias of e.deprecatedAliases)
        expect(Number(alias.name.split('_')[1])).toBe(e.code);
      for (const former of e.formerNames)
        expect(Number(former.name.split('_')[1])).toBe(former.value);
    }
  });

  it('lists the four RFC 9110 renames of 0.48.0 as deprecated aliases of their replacements', () => {
    const expected = Object.entries(
      starlette.deprecated.aliases as Record<string, { value: number; replacement: string }>,
    );
    const ours = REGISTRY.flatMap((e) =>
      e.deprecatedAliases.map((a) => ({ ...a, code: e.code, replacement: e.constant })),
    );
    expect(ours).toHaveLength(expected.length);
    const renamedIn = history.find(
      (h) =>
        h.deprecated_added && 'HTTP_422_UNPROCESSABLE_ENTITY' in (h.deprecated_added as object),
    )!.version;
    for (const [name, { value, replacement }] of expected) {
      expect(ours).toContainEqual(
        expect.objectContaining({ name, code: value, replacement, deprecatedIn: renamedIn }),
      );
    }
  });

  it('lists every name status.py dropped as a former name, with when it was deprecated and removed', () => {
    const removed = starlette.deprecated.previously_deprecated_and_removed as Record<
      string,
      { value: number; replacement: string; deprecated_in: string; removed_in: string }
    >;
    const former = new Map(
      REGISTRY.flatMap((e) =>
        e.formerNames.map((f) => [f.name, { ...f, on: e.constant }] as const),
      ),
    );
    for (const [name, fact] of Object.entries(removed)) {
      expect(former.get(name)).toMatchObject({
        value: fact.value,
        deprecatedIn: fact.deprecated_in,
        removedIn: fact.removed_in,
        on: fact.replacement,
      });
    }
    // 0.5.2 renamed the first WebSocket names of 0.5.0 without a deprecation period.
    const renamed052 = history.find((h) => h.version === '0.5.2')!
      .removed_as_plain_constants as Record<string, number>;
    for (const [name, value] of Object.entries(renamed052)) {
      expect(former.get(name)).toMatchObject({ value, deprecatedIn: null, removedIn: '0.5.2' });
    }
    expect(former.size).toBe(Object.keys(removed).length + Object.keys(renamed052).length);
  });

  it('gives the version in which each current name first appeared', () => {
    for (const e of [...http, ...websocket]) {
      const first = namesByVersion().find((v) => v.plain.has(e.constant!));
      expect(e.since, e.constant!).toBe(first?.version);
    }
  });
});

describe('IANA facts', () => {
  it("takes each HTTP phrase and status from IANA's registry", () => {
    for (const e of http) {
      const record = iana.codes[String(e.code)];
      expect(e.phrase).toBe(record.description.replace(' (OBSOLETED)', ''));
      expect(e.flags.ianaStatus).toBe(record.status);
    }
    expect(entryByCode(306)!.flags.ianaStatus).toBe('unused');
    expect(entryByCode(418)!.flags.ianaStatus).toBe('unused');
    expect(entryByCode(510)!.flags.ianaStatus).toBe('obsoleted');
    for (const code of [306, 418, 510]) expect(entryByCode(code)!.ianaNote).toMatch(/Starlette/);
  });

  it("takes each WebSocket phrase from IANA's registry, and Starlette's name where IANA has only a sentence", () => {
    const records = new Map(
      (
        ianaWs.records as {
          value: string;
          description: string;
          may_be_sent_in_close_frame: boolean;
        }[]
      ).map((r) => [Number(r.value), r]),
    );
    for (const e of websocket) {
      const record = records.get(e.code)!;
      if (e.code === 1014) {
        expect(e.phrase).toBe('Bad Gateway');
        expect(e.ianaNote).toContain('502');
      } else expect(e.phrase).toBe(record.description);
      expect(e.flags.maySendInCloseFrame).toBe(record.may_be_sent_in_close_frame);
    }
    expect(websocket.filter((e) => !e.flags.maySendInCloseFrame).map((e) => e.code)).toEqual([
      1005, 1006, 1015,
    ]);
  });

  it('marks exactly 1xx, 204, 205 and 304 as having no body', () => {
    const noBody = REGISTRY.filter((e) => e.flags.noBody).map((e) => e.code);
    expect(noBody).toEqual([100, 101, 102, 103, 204, 205, 304]);
    for (const e of http) expect(e.flags.maySendInCloseFrame).toBeNull();
  });
});

/** Each ecosystem's names per code, as its source file lists them (deprecated ones included). */
function sourceNames(id: EcosystemId): Map<number, string[]> {
  const byCode = new Map<number, string[]>();
  const add = (code: number, name: string) => byCode.set(code, [...(byCode.get(code) ?? []), name]);
  if (id === 'python') for (const m of python.members) add(m.value, m.name);
  else {
    const key = {
      drf: 'django_rest_framework_status',
      go: 'go_net_http',
      spring: 'java_spring_HttpStatus',
      aspnet: 'dotnet_AspNetCore_StatusCodes',
      dotnet: 'dotnet_System_Net_HttpStatusCode',
      node: 'npm_http_status_codes',
      rust: 'rust_http_StatusCode',
      symfony: 'php_symfony_Response',
      rails: 'ruby_rack_symbols',
    }[id];
    for (const e of others[key].entries) add(e.code, e.name);
  }
  return byCode;
}

describe('format labels', () => {
  it('name every format once, each with a label of its own', () => {
    expect(FORMAT_INFO.map((f) => f.id)).toEqual([...FORMAT_IDS]);
    const labels = FORMAT_IDS.map(formatLabel);
    expect(new Set(labels).size).toBe(FORMAT_IDS.length);
    for (const [i, id] of FORMAT_IDS.entries()) expect(labels[i]).not.toBe(id);
  });

  it('are the ones every front shows', () => {
    expect(formatLabel('go')).toBe('Go net/http');
    expect(formatLabel('dotnet')).toBe('.NET HttpStatusCode');
    expect(isSnippet('fastapi-raise')).toBe(true);
    expect(isSnippet('fastapi')).toBe(false);
  });
});

describe('copy formats', () => {
  const ids = Object.keys(ECOSYSTEMS) as EcosystemId[];

  it.each(ids)(
    "copies a name from %s's own list for every HTTP code it defines, and null where it defines none",
    (id) => {
      const names = sourceNames(id);
      const prefix = ECOSYSTEMS[id].prefix;
      for (const e of REGISTRY.filter((x) => x.kind !== 'websocket')) {
        const format = e.formats[id];
        const defined = names.get(e.code);
        if (!defined) {
          expect(format, `${id} ${e.code}`).toBeNull();
          continue;
        }
        expect(format, `${id} ${e.code}`).not.toBeNull();
        expect(format!.startsWith(prefix)).toBe(true);
        expect(defined).toContain(format!.slice(prefix.length));
        // Every other name the source lists is findable as an other name.
        for (const other of defined.filter((n) => prefix + n !== format)) {
          expect(e.otherNames.map((o) => o.name)).toContain(prefix + other);
        }
      }
      for (const e of websocket) expect(e.formats[id]).toBeNull();
    },
  );

  it('copies the newest non-deprecated name where an ecosystem has several', () => {
    expect(entryByCode(413)!.formats.python).toBe('HTTPStatus.CONTENT_TOO_LARGE');
    expect(entryByCode(422)!.formats.spring).toBe('HttpStatus.UNPROCESSABLE_CONTENT');
    expect(entryByCode(413)!.formats.aspnet).toBe('StatusCodes.Status413PayloadTooLarge');
    expect(entryByCode(300)!.formats.dotnet).toBe('HttpStatusCode.MultipleChoices');
    expect(entryByCode(422)!.formats.rails).toBe(':unprocessable_content');
    // Spring 7 deprecated PROCESSING without a replacement: still the name to write, with its note.
    expect(entryByCode(102)!.formats.spring).toBe('HttpStatus.PROCESSING');
    // Names only older releases had are other names, not formats.
    expect(entryByCode(305)!.formats.spring).toBeNull();
    expect(entryByCode(305)!.otherNames).toContainEqual({
      ecosystem: 'spring',
      name: 'HttpStatus.USE_PROXY',
      note: expect.stringContaining('removed in 7.0'),
    });
    expect(entryByCode(510)!.formats.rails).toBeNull();
    expect(entryByCode(510)!.otherNames.map((o) => o.name)).toContain(':not_extended');
  });

  it('builds the FastAPI formats and snippets from the constant', () => {
    const e404 = entryByCode(404)!;
    expect(e404.formats).toMatchObject({
      fastapi: 'status.HTTP_404_NOT_FOUND',
      constant: 'HTTP_404_NOT_FOUND',
      number: '404',
      'status-line': '404 Not Found',
      drf: 'status.HTTP_404_NOT_FOUND',
      go: 'http.StatusNotFound',
      spring: 'HttpStatus.NOT_FOUND',
      aspnet: 'StatusCodes.Status404NotFound',
      dotnet: 'HttpStatusCode.NotFound',
      node: 'StatusCodes.NOT_FOUND',
      rust: 'StatusCode::NOT_FOUND',
      symfony: 'Response::HTTP_NOT_FOUND',
      rails: ':not_found',
      'fastapi-raise': 'raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="...")',
      'fastapi-route': '@app.get("/items/", status_code=status.HTTP_404_NOT_FOUND)',
      'fastapi-ws-close': null,
    });
    expect(entryByCode(201)!.formats['fastapi-route']).toBe(
      '@app.post("/items/", status_code=status.HTTP_201_CREATED)',
    );
    expect(entryByCode(204)!.formats['fastapi-route']).toMatch(/^@app\.delete\(/);
    expect(entryByCode(200)!.formats['fastapi-raise']).toBeNull();
    expect(entryByCode(100)!.formats['fastapi-route']).toBeNull();
    expect(entryByCode(418)!.formats['status-line']).toBe("418 I'm a Teapot");
    expect(entryByCode(1008)!.formats['fastapi-ws-close']).toBe(
      'await websocket.close(code=status.WS_1008_POLICY_VIOLATION)',
    );
    for (const code of [1005, 1006, 1015]) {
      expect(entryByCode(code)!.formats['fastapi-ws-close']).toBeNull();
      expect(entryByCode(code)!.formats['fastapi-raise']).toBeNull();
    }
    for (const e of [...http, ...websocket]) {
      expect(e.formats.fastapi).toBe(`status.${e.constant}`);
      expect(e.formats.number).toBe(String(e.code));
    }
  });

  it('falls back to the number where a format has no text, and says so', () => {
    const outcome = copyText(entryByCode(306)!, 'go');
    expect(outcome).toEqual({
      ok: true,
      format: 'go',
      text: '306',
      fellBackToNumber: true,
      note: expect.stringContaining('306'),
    });
    expect(copyText(entryByCode(404)!, 'go')).toMatchObject({
      text: 'http.StatusNotFound',
      fellBackToNumber: false,
    });
  });
});

describe('the Starlette version option', () => {
  const versions = namesByVersion();

  it.each(versions.map((v) => v.version))(
    'writes the names Starlette %s has, and reports the codes it has no name for',
    (tag) => {
      const { plain, aliases } = versions.find((v) => v.version === tag)!;
      for (const e of [...http, ...websocket]) {
        const resolved = starletteNameAt(STARLETTE_NAME_LIFETIMES, e.code, version(tag));
        const plainNames = [...plain].filter(([, v]) => v === e.code).map(([n]) => n);
        const aliasNames = [...aliases].filter(([, v]) => v === e.code).map(([n]) => n);
        if (plainNames.length > 0) {
          expect(resolved, `${tag} ${e.code}`).toMatchObject({ ok: true, deprecated: false });
          expect(plainNames).toContain((resolved as { name: string }).name);
        } else if (aliasNames.length > 0) {
          expect(resolved, `${tag} ${e.code}`).toMatchObject({ ok: true, deprecated: true });
          expect(aliasNames).toContain((resolved as { name: string }).name);
        } else {
          expect(resolved.ok, `${tag} ${e.code}`).toBe(false);
        }
      }
    },
  );

  it('copies the pre-RFC 9110 names for a project on Starlette 0.47, and refuses names that did not exist yet', () => {
    expect(copyText(entryByCode(422)!, 'fastapi', { starlette: '0.47' })).toMatchObject({
      ok: true,
      text: 'status.HTTP_422_UNPROCESSABLE_ENTITY',
    });
    expect(copyText(entryByCode(413)!, 'fastapi-raise', { starlette: '0.47.3' })).toMatchObject({
      ok: true,
      text: 'raise HTTPException(status_code=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, detail="...")',
    });
    expect(copyText(entryByCode(422)!, 'constant', { starlette: '0.48' })).toMatchObject({
      text: 'HTTP_422_UNPROCESSABLE_CONTENT',
    });
    const early = copyText(entryByCode(103)!, 'fastapi', { starlette: '0.13' });
    expect(early).toMatchObject({ ok: false, message: expect.stringContaining('0.14.2') });
    // Non-Starlette formats do not depend on the version.
    expect(copyText(entryByCode(422)!, 'go', { starlette: '0.47' })).toMatchObject({
      text: 'http.StatusUnprocessableEntity',
    });
    expect(copyText(entryByCode(404)!, 'fastapi', { starlette: 'banana' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('banana'),
    });
  });
});
