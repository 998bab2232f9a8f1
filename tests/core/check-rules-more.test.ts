import { beforeAll, describe, expect, it } from 'vitest';
import { applyFixes, checkSource } from '../../core/check/check-source';
import type { PythonParser } from '../../core/check/python';
import { DEFAULT_RULES, RULES } from '../../core/check/rules';
import { findRule, selectRules } from '../../core/check/rules/select';
import { fixedTarget, type StarletteTarget } from '../../core/project/starlette-version';
import { REGISTRY } from '../../core/registry';
import { version } from '../../core/versions';
import { pythonParser } from '../../cli/check/wasm';

let parser: PythonParser;
beforeAll(async () => {
  parser = await pythonParser();
});

const at = (v: string) => fixedTarget(version(v), 'test');
const NEWEST = at('1.7.0');

function findings(source: string, only?: string, target: StarletteTarget = NEWEST) {
  return checkSource(parser, source, target, RULES)
    .findings.filter((f) => !only || f.rule === only)
    .map((f) => ({ rule: f.rule, text: source.slice(f.start, f.end), message: f.message }));
}

const HEAD = [
  'from fastapi import FastAPI, HTTPException, WebSocket, status',
  'from fastapi.responses import JSONResponse, PlainTextResponse, Response, FileResponse, StreamingResponse, RedirectResponse',
  '',
].join('\n');

describe('ST004 a body with a status that has none', () => {
  it('reports content sent with every status the registry says has no content', () => {
    const noBody = REGISTRY.filter((e) => e.kind === 'http' && e.flags.noBody).map((e) => e.code);
    // RFC 9110: every 1xx, 204, 205 and 304; taken from the registry, not listed in the rule.
    expect(noBody).toEqual([100, 101, 102, 103, 204, 205, 304]);
    for (const code of noBody) {
      const found = findings(`${HEAD}Response(content="x", status_code=${code})\n`, 'ST004');
      expect(found, String(code)).toHaveLength(1);
      expect(found[0]!.text).toBe('"x"');
      expect(found[0]!.message).toContain(`${code}`);
    }
    expect(findings(`${HEAD}Response(content="x", status_code=200)\n`, 'ST004')).toEqual([]);
  });
  it('reads the status as a literal, a constant or an imported constant, by keyword or position', () => {
    const src = [
      'from starlette.status import HTTP_304_NOT_MODIFIED as NOT_MODIFIED',
      HEAD,
      'Response("x", 204)',
      'PlainTextResponse("hi", status.HTTP_204_NO_CONTENT)',
      'Response(status_code=NOT_MODIFIED, content=b"etag")',
      'StreamingResponse(chunks(), status_code=204)',
      'FileResponse("a.txt", status_code=304)',
      '',
    ].join('\n');
    expect(findings(src, 'ST004').map((f) => f.text)).toEqual([
      '"x"',
      '"hi"',
      'b"etag"',
      'chunks()',
      '"a.txt"',
    ]);
  });
  it('knows None renders as null in JSON but sends nothing from Response', () => {
    const src = [
      HEAD,
      'JSONResponse(None, status_code=204)',
      'Response(None, status_code=204)',
      'Response(content="", status_code=204)',
      'Response(b"", 304)',
      'Response(status_code=204)',
      'RedirectResponse("/x", status_code=304)',
      'Response(content=body, status_code=code)',
      '',
    ].join('\n');
    const found = findings(src, 'ST004');
    expect(found.map((f) => f.text)).toEqual(['None']);
    expect(found[0]!.message).toContain('null');
  });
});

describe('ST005 close codes that must never be sent', () => {
  it('reports the codes RFC 6455 §7.4.1 forbids, from the registry, in every place a close code goes', () => {
    const forbidden = REGISTRY.filter((e) => e.flags.maySendInCloseFrame === false).map(
      (e) => e.code,
    );
    expect(forbidden).toEqual([1005, 1006, 1015]);
    const src = [
      HEAD,
      'from starlette.websockets import WebSocketClose',
      'from starlette.exceptions import WebSocketException',
      'async def ws(websocket: WebSocket):',
      '    await websocket.close(code=1005)',
      '    await websocket.close(1006)',
      '    await websocket.close(code=status.WS_1015_TLS_HANDSHAKE)',
      '    raise WebSocketException(code=1006)',
      '    WebSocketClose(1005)',
      '    await websocket.close(code=1000)',
      '    await websocket.close(code=status.WS_1008_POLICY_VIOLATION)',
      '',
    ].join('\n');
    const found = findings(src, 'ST005');
    expect(found.map((f) => f.text)).toEqual([
      '1005',
      '1006',
      'status.WS_1015_TLS_HANDSHAKE',
      '1006',
      '1005',
    ]);
    expect(found[0]!.message).toContain('RFC 6455 §7.4.1');
  });
});

describe('ST006 codes without a name', () => {
  it('says what an unnamed code is: unofficial, unassigned, not a status at all', () => {
    const src = [
      HEAD,
      'raise HTTPException(499)',
      'raise HTTPException(status_code=520)',
      'raise HTTPException(299)',
      'raise HTTPException(600)',
      'async def ws(websocket: WebSocket):',
      '    await websocket.close(code=1004)',
      '    await websocket.close(code=999)',
      '    await websocket.close(code=4001)',
      '    await websocket.close(code=3000)',
      '',
    ].join('\n');
    const found = findings(src, 'ST006');
    expect(found.map((f) => f.text)).toEqual(['499', '520', '299', '600', '1004', '999']);
    expect(found[0]!.message).toMatch(/unofficial \(nginx: Client Closed Request\)/);
    expect(found[1]!.message).toMatch(/unofficial \(Cloudflare/);
    expect(found[2]!.message).toContain('not a registered HTTP status');
    expect(found[3]!.message).toContain('not an HTTP status code');
    expect(found[4]!.message).toContain('not a registered close code');
    expect(found[5]!.message).toContain('not a WebSocket close code');
    // Named codes are ST003's: never both.
    expect(findings(`${HEAD}raise HTTPException(404)\n`, 'ST006')).toEqual([]);
  });
  it('reports a code the project’s Starlette has no name for yet, with the release that named it', () => {
    const found = findings(`${HEAD}raise HTTPException(103)\n`, 'ST006', at('0.13.0'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      "103 has no name in Starlette 0.13.0's status module; HTTP_103_EARLY_HINTS arrived in 0.14.2",
    );
    expect(findings(`${HEAD}raise HTTPException(103)\n`, 'ST006')).toEqual([]);
  });
});

describe('ST007 comparisons (off by default)', () => {
  const src = [
    HEAD,
    'def test_create(client):',
    '    response = client.post("/items")',
    '    assert response.status_code == 201',
    '    assert 404 != response.status_code',
    '    assert response.status_code in (200, 204)',
    '    assert response.status_code == status.HTTP_200_OK',
    '    assert response.count == 3',
    '    assert response.status_code == 499',
    '',
  ].join('\n');
  it('is not among the default rules', () => {
    expect(DEFAULT_RULES.map((r) => r.id)).not.toContain('ST007');
    expect(checkSource(parser, src, NEWEST).findings).toEqual([]);
  });
  it('reports and fixes numbers compared with .status_code when selected', () => {
    expect(findings(src, 'ST007').map((f) => f.text)).toEqual(['201', '404', '200', '204']);
    const check = checkSource(parser, src, NEWEST, selectRules({ extendSelect: ['ST007'] }));
    expect(applyFixes(check).text).toContain(
      'assert response.status_code in (status.HTTP_200_OK, status.HTTP_204_NO_CONTENT)',
    );
  });
});

describe('suppression comments', () => {
  const line = (comment: string) => `${HEAD}raise HTTPException(404)${comment}\n`;
  it('silences every rule, or the rules named by id or name, on the line', () => {
    expect(findings(line(''))).toHaveLength(1);
    expect(findings(line('  # status-palette: ignore'))).toEqual([]);
    expect(findings(line('  # status-palette: ignore[ST003]'))).toEqual([]);
    expect(findings(line('  # status-palette: ignore[ST001, bare-status]'))).toEqual([]);
    expect(findings(line('  # noqa: E501  # status-palette: ignore'))).toEqual([]);
    expect(findings(line('  # status-palette: ignore[ST006]'))).toHaveLength(1);
  });
  it('applies to its own line only, and never to text in a string', () => {
    const src = `${HEAD}# status-palette: ignore\nraise HTTPException(404)\nx = "# status-palette: ignore"; raise HTTPException(403)\n`;
    expect(findings(src).map((f) => f.text)).toEqual(['404', '403']);
  });
  it('reports a suppression written wrong and silences nothing with it', () => {
    for (const [comment, problem] of [
      ['# status-palette: ignore[ST999]', '"ST999" in status-palette: ignore[...] is not a rule'],
      ['# status-palette: ignroe', 'must be followed by ignore or ignore[RULE, ...]'],
      ['# status-palette: ignored', '"status-palette: ignored" is not ignore or ignore[RULE, ...]'],
      ['# status-palette: ignore[ST003', 'has no closing ]'],
    ] as const) {
      const check = checkSource(parser, line(`  ${comment}`), NEWEST);
      expect(check.findings, comment).toHaveLength(1);
      expect(check.suppressionProblems[0]!.message).toContain(problem);
    }
  });
});

describe('rule selection', () => {
  const ids = (rules: readonly { id: string }[]) => rules.map((r) => r.id);
  it('runs the default rules, select replaces them, extend-select adds, ignore removes last', () => {
    expect(ids(selectRules())).toEqual(['ST001', 'ST002', 'ST003', 'ST004', 'ST005', 'ST006']);
    expect(ids(selectRules({ select: ['ST003', 'unnamed-status'] }))).toEqual(['ST003', 'ST006']);
    expect(ids(selectRules({ select: ['ALL'], ignore: ['ST001'] }))).toHaveLength(6);
    expect(ids(selectRules({ extendSelect: ['ST007'] }))).toContain('ST007');
    // A later layer (the command line) overrides an earlier one's select.
    expect(ids(selectRules({ select: ['ST001'] }, { select: ['ST002'] }))).toEqual(['ST002']);
    expect(ids(selectRules({ ignore: ['ST003'] }, { extendSelect: ['ST007'] }))).not.toContain(
      'ST003',
    );
  });
  it('finds rules by id or name in any case', () => {
    expect(findRule('st004')?.name).toBe('body-not-allowed');
    expect(findRule('unsendable-close-code')?.id).toBe('ST005');
    expect(findRule('ST9')).toBeNull();
  });
});
