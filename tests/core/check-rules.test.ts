import { beforeAll, describe, expect, it } from 'vitest';
import { applyFixes, checkSource } from '../../core/check/check-source';
import type { PythonParser } from '../../core/check/python';
import { RULES } from '../../core/check/rules';
import { fixedTarget, type StarletteTarget } from '../../core/project/starlette-version';
import { version } from '../../core/versions';
import { pythonParser } from '../../cli/check/wasm';

let parser: PythonParser;
beforeAll(async () => {
  parser = await pythonParser();
});

const at = (v: string) => fixedTarget(version(v), 'test');
const NEWEST = at('1.7.0');

function findings(source: string, target: StarletteTarget = NEWEST) {
  return checkSource(parser, source, target).findings.map((f) => ({
    rule: f.rule,
    text: source.slice(f.start, f.end),
    replacement: f.replacement,
  }));
}

function fix(source: string, target: StarletteTarget = NEWEST) {
  return applyFixes(checkSource(parser, source, target)).text;
}

describe('the parser', () => {
  it('loads a grammar whose ABI the runtime supports', () => {
    const { grammar, min, max } = parser.abi;
    expect(grammar).toBeGreaterThanOrEqual(min);
    expect(grammar).toBeLessThanOrEqual(max);
  });
  it('has stable rule ids', () => {
    expect(RULES.map((r) => `${r.id} ${r.name}`)).toEqual([
      'ST001 deprecated-name',
      'ST002 missing-name',
      'ST003 bare-status',
      'ST004 body-not-allowed',
      'ST005 unsendable-close-code',
      'ST006 unnamed-status',
      'ST007 status-comparison',
    ]);
  });
});

describe('ST001 deprecated names', () => {
  it('finds status.X after from fastapi / from starlette import status', () => {
    for (const module of ['fastapi', 'starlette']) {
      const src = `from ${module} import status\nx = status.HTTP_422_UNPROCESSABLE_ENTITY\n`;
      expect(findings(src)).toEqual([
        {
          rule: 'ST001',
          text: 'HTTP_422_UNPROCESSABLE_ENTITY',
          replacement: 'HTTP_422_UNPROCESSABLE_CONTENT',
        },
      ]);
    }
  });
  it('finds starlette.status.X and fastapi.status.X, and an aliased module', () => {
    const src = [
      'import starlette.status',
      'import fastapi',
      'import fastapi.status as st',
      'a = starlette.status.HTTP_413_REQUEST_ENTITY_TOO_LARGE',
      'b = fastapi.status.HTTP_414_REQUEST_URI_TOO_LONG',
      'c = st.HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE',
      '',
    ].join('\n');
    expect(findings(src).map((f) => f.replacement)).toEqual([
      'HTTP_413_CONTENT_TOO_LARGE',
      'HTTP_414_URI_TOO_LONG',
      'HTTP_416_RANGE_NOT_SATISFIABLE',
    ]);
  });
  it('renames a from-import and every use together; with `as`, only the import', () => {
    const src = [
      'from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY',
      'from starlette.status import HTTP_413_REQUEST_ENTITY_TOO_LARGE as TOO_LARGE',
      'def f():',
      '    return HTTP_422_UNPROCESSABLE_ENTITY, TOO_LARGE',
      'x = {"k": HTTP_422_UNPROCESSABLE_ENTITY}',
      '',
    ].join('\n');
    expect(fix(src)).toBe(
      [
        'from starlette.status import HTTP_422_UNPROCESSABLE_CONTENT',
        'from starlette.status import HTTP_413_CONTENT_TOO_LARGE as TOO_LARGE',
        'def f():',
        '    return HTTP_422_UNPROCESSABLE_CONTENT, TOO_LARGE',
        'x = {"k": HTTP_422_UNPROCESSABLE_CONTENT}',
        '',
      ].join('\n'),
    );
    expect(findings(src)).toHaveLength(4);
  });
  it('leaves strings, comments and f-strings alone', () => {
    const src = [
      'from fastapi import status',
      '# status.HTTP_422_UNPROCESSABLE_ENTITY',
      's = "status.HTTP_422_UNPROCESSABLE_ENTITY"',
      'f = f"{status.HTTP_422_UNPROCESSABLE_ENTITY}"',
      '',
    ].join('\n');
    expect(findings(src)).toEqual([]);
  });
  it('does not rename an imported name that an f-string also reads', () => {
    const src =
      'from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY\nm = f"{HTTP_422_UNPROCESSABLE_ENTITY}"\n';
    const [only] = findings(src);
    expect(only).toMatchObject({ rule: 'ST001', replacement: null });
    expect(fix(src)).toBe(src);
  });
  it('ignores a status that is not Starlette’s, and other objects’ attributes', () => {
    expect(
      findings('from myapp import status\nx = status.HTTP_422_UNPROCESSABLE_ENTITY\n'),
    ).toEqual([]);
    expect(findings('x = codes.HTTP_422_UNPROCESSABLE_ENTITY\n')).toEqual([]);
  });
  it('leaves compatibility guards alone', () => {
    const guards = [
      'from fastapi import status',
      'A = getattr(status, "HTTP_422_UNPROCESSABLE_CONTENT", status.HTTP_422_UNPROCESSABLE_ENTITY)',
      'if hasattr(status, "HTTP_422_UNPROCESSABLE_CONTENT"):',
      '    B = status.HTTP_422_UNPROCESSABLE_CONTENT',
      'else:',
      '    B = status.HTTP_422_UNPROCESSABLE_ENTITY',
      'C = status.HTTP_413_CONTENT_TOO_LARGE if hasattr(status, "HTTP_413_CONTENT_TOO_LARGE") else status.HTTP_413_REQUEST_ENTITY_TOO_LARGE',
      'try:',
      '    D = status.HTTP_422_UNPROCESSABLE_CONTENT',
      'except AttributeError:',
      '    D = status.HTTP_422_UNPROCESSABLE_ENTITY',
      'try:',
      '    from starlette.status import HTTP_422_UNPROCESSABLE_CONTENT as E',
      'except ImportError:',
      '    from starlette.status import HTTP_422_UNPROCESSABLE_ENTITY as E',
      '',
    ].join('\n');
    expect(findings(guards)).toEqual([]);
    expect(findings(guards, at('0.47.0'))).toEqual([]);
    // The same names outside a guard are findings.
    expect(
      findings(
        'from fastapi import status\nx = getattr(status, "X")\ny = status.HTTP_422_UNPROCESSABLE_ENTITY\n',
      ),
    ).toHaveLength(1);
    expect(
      findings(
        'from fastapi import status\ntry:\n    y = status.HTTP_422_UNPROCESSABLE_ENTITY\nexcept KeyError:\n    pass\n',
      ),
    ).toHaveLength(1);
  });
  it('is silent before the rename, and where the range spans it', () => {
    const src = 'from fastapi import status\nx = status.HTTP_422_UNPROCESSABLE_ENTITY\n';
    expect(findings(src, at('0.47.3'))).toEqual([]);
    const spanning = { ...at('0.40.0'), high: version('0.48.9'), label: '>=0.40.0,<0.49.0' };
    expect(findings(src, spanning)).toEqual([]);
  });
});

describe('ST002 names the Starlette lacks', () => {
  it('reports a new name under a pin before 0.48, with the name that version has', () => {
    const src = 'from fastapi import status\nx = status.HTTP_422_UNPROCESSABLE_CONTENT\n';
    expect(findings(src, at('0.47.3'))).toEqual([
      {
        rule: 'ST002',
        text: 'HTTP_422_UNPROCESSABLE_CONTENT',
        replacement: 'HTTP_422_UNPROCESSABLE_ENTITY',
      },
    ]);
    expect(findings(src, at('0.48.0'))).toEqual([]);
  });
  it('reports any name newer than the pin, without a suggestion where there is none', () => {
    const src = 'from fastapi import status\nx = status.HTTP_103_EARLY_HINTS\n';
    expect(findings(src, at('0.13.0'))).toEqual([
      { rule: 'ST002', text: 'HTTP_103_EARLY_HINTS', replacement: null },
    ]);
    expect(findings(src, at('0.14.2'))).toEqual([]);
  });
  it('reports a removed WebSocket name', () => {
    const src = 'from starlette import status\nx = status.WS_1004_NO_STATUS_RCVD\n';
    expect(findings(src)).toEqual([
      { rule: 'ST002', text: 'WS_1004_NO_STATUS_RCVD', replacement: 'WS_1005_NO_STATUS_RCVD' },
    ]);
  });
  it('renames a from-import of a missing name with its uses, outside guards only', () => {
    const src =
      'from fastapi.status import HTTP_422_UNPROCESSABLE_CONTENT\nraise E(HTTP_422_UNPROCESSABLE_CONTENT)\n';
    expect(fix(src, at('0.47.0'))).toBe(
      'from fastapi.status import HTTP_422_UNPROCESSABLE_ENTITY\nraise E(HTTP_422_UNPROCESSABLE_ENTITY)\n',
    );
    const guarded =
      'try:\n    from fastapi.status import HTTP_422_UNPROCESSABLE_CONTENT\nexcept ImportError:\n    HTTP_422_UNPROCESSABLE_CONTENT = 422\nx = HTTP_422_UNPROCESSABLE_CONTENT\n';
    expect(findings(guarded, at('0.47.0'))).toEqual([]);
  });
});

describe('ST003 bare status numbers', () => {
  const head =
    'from fastapi import FastAPI, HTTPException, WebSocketException, status\nfrom fastapi.responses import JSONResponse, RedirectResponse\n';
  it('finds each place FastAPI and Starlette take a status', () => {
    const src =
      head +
      [
        '@app.get("/", status_code=201)',
        '@router.api_route("/x", methods=["POST"], status_code=202)',
        'async def f(response, websocket):',
        '    response.status_code = 204',
        '    await websocket.close(code=1008)',
        '    await websocket.close(1011)',
        '    raise WebSocketException(code=1003)',
        '    raise HTTPException(404)',
        '    raise HTTPException(status_code=409, detail="x")',
        '    JSONResponse({}, 400)',
        '    JSONResponse(content={}, status_code=401)',
        '    RedirectResponse("/", status_code=303)',
        '',
      ].join('\n');
    expect(findings(src).map((f) => `${f.text}→${f.replacement}`)).toEqual([
      '201→status.HTTP_201_CREATED',
      '202→status.HTTP_202_ACCEPTED',
      '204→status.HTTP_204_NO_CONTENT',
      '1008→status.WS_1008_POLICY_VIOLATION',
      '1011→status.WS_1011_INTERNAL_ERROR',
      '1003→status.WS_1003_UNSUPPORTED_DATA',
      '404→status.HTTP_404_NOT_FOUND',
      '409→status.HTTP_409_CONFLICT',
      '400→status.HTTP_400_BAD_REQUEST',
      '401→status.HTTP_401_UNAUTHORIZED',
      '303→status.HTTP_303_SEE_OTHER',
    ]);
  });
  it('sees HTTPException under another name', () => {
    const src =
      'from starlette.exceptions import HTTPException as StarletteHTTPException\nraise StarletteHTTPException(status_code=404)\n';
    expect(findings(src)).toHaveLength(1);
  });
  it('leaves comparisons, defaults, strings, comments and other calls alone', () => {
    const src =
      head +
      [
        'assert response.status_code == 200',
        'if r.status_code != 404: pass',
        'def g(status_code: int = 200): pass',
        'x = "status_code=404"  # HTTPException(404)',
        'f"{HTTPException(404)}"',
        'file.close(1)',
        'requests.post(url, timeout=404)',
        'raise HTTPException(499)',
        'raise HTTPException(status.HTTP_404_NOT_FOUND)',
        'raise HTTPException(code)',
        '',
      ].join('\n');
    // 499 has no constant: ST006 reports it (tests/core/check-rules-more.test.ts).
    expect(findings(src).filter((f) => f.rule !== 'ST006')).toEqual([]);
  });
  it('suggests the name the version has', () => {
    const src = head + 'raise HTTPException(422)\n';
    expect(findings(src, at('0.47.0'))[0]!.replacement).toBe(
      'status.HTTP_422_UNPROCESSABLE_ENTITY',
    );
    expect(findings(src)[0]!.replacement).toBe('status.HTTP_422_UNPROCESSABLE_CONTENT');
  });
  it('only hides what a syntax error breaks', () => {
    const src = head + 'raise HTTPException(404)\ndef broken(:\n    raise HTTPException(400\n';
    const check = checkSource(parser, src, NEWEST);
    expect(check.syntaxError).not.toBeNull();
    expect(check.findings.map((f) => src.slice(f.start, f.end))).toContain('404');
  });
});

describe('--fix', () => {
  it('adds `from fastapi import status` after the docstring and __future__, keeping CRLF', () => {
    const src =
      '"""Doc."""\r\nfrom __future__ import annotations\r\nfrom fastapi import HTTPException\r\n\r\nraise HTTPException(404)\r\n';
    expect(fix(src)).toBe(
      '"""Doc."""\r\nfrom __future__ import annotations\r\nfrom fastapi import status\r\nfrom fastapi import HTTPException\r\n\r\nraise HTTPException(status.HTTP_404_NOT_FOUND)\r\n',
    );
  });
  it('uses the module the file already imports', () => {
    expect(fix('import starlette.status\nraise HTTPException(404)\n')).toBe(
      'import starlette.status\nraise HTTPException(starlette.status.HTTP_404_NOT_FOUND)\n',
    );
    expect(fix('from starlette import status as s\nraise HTTPException(404)\n')).toBe(
      'from starlette import status as s\nraise HTTPException(s.HTTP_404_NOT_FOUND)\n',
    );
  });
  it('imports from starlette in a Starlette-only file', () => {
    expect(fix('from starlette.responses import Response\nResponse("", 204)\n')).toBe(
      'from starlette import status\nfrom starlette.responses import Response\nResponse("", status.HTTP_204_NO_CONTENT)\n',
    );
  });
  it('never shadows a local name status', () => {
    const src =
      'from fastapi import HTTPException\ndef f(status):\n    raise HTTPException(404, detail=status)\n';
    expect(fix(src)).toBe(
      'from fastapi import status as http_status\nfrom fastapi import HTTPException\ndef f(status):\n    raise HTTPException(http_status.HTTP_404_NOT_FOUND, detail=status)\n',
    );
    // Even when the module is imported as `status`, a parameter of that name blocks reusing it.
    const both = 'from fastapi import status\ndef f(status):\n    raise HTTPException(404)\n';
    expect(fix(both)).toContain('from fastapi import status as http_status\n');
  });
  it('is idempotent and changes nothing outside the reported spans', () => {
    const src =
      '# -*- coding: utf-8 -*-\n# café ☕ 😀\nfrom fastapi import status, HTTPException\n\n\n@app.get("/", status_code = 201 )  # keep   spacing\ndef f():\n\traise HTTPException( 404 ,detail="404")\nx = status.HTTP_422_UNPROCESSABLE_ENTITY\n';
    const check = checkSource(parser, src, NEWEST);
    const once = applyFixes(check).text;
    expect(fix(once)).toBe(once);
    expect(findings(once)).toEqual([]);
    // Rebuild the original from the fixed text by undoing each span: what is left is identical.
    // Front to back: everything before a span is already the original text again.
    let rebuilt = once;
    for (const f of check.findings) {
      const start = f.start;
      rebuilt =
        rebuilt.slice(0, start) +
        src.slice(f.start, f.end) +
        rebuilt.slice(start + f.replacement!.length);
    }
    expect(rebuilt).toBe(src);
  });
});
