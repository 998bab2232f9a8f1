/**
 * The check over real code: FastAPI's docs_src at one commit (../shared/corpora, read from there,
 * never copied into the project). An independent oracle, Python's own `ast` module, lists every
 * bare status argument; the check must find exactly those, and --fix must leave code that parses.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../cli/check/command';
import { nodeFs } from '../../cli/check/fs';
import { pythonParser } from '../../cli/check/wasm';

const CORPUS = new URL('../../../shared/corpora/fastapi-c3f316b7-py.tar.gz', import.meta.url)
  .pathname;
const present = existsSync(CORPUS);
if (!present) console.warn(`SKIPPED: the corpus test needs ${CORPUS}, which is absent`);

/** Python's ast: every int literal where FastAPI or Starlette take a status, as path:line:col. */
const ORACLE = String.raw`
import ast, os, sys, json
ROUTES = {"get","put","post","delete","options","head","patch","trace","api_route","add_api_route"}
RESPONSES = {"Response","JSONResponse","HTMLResponse","PlainTextResponse","RedirectResponse","StreamingResponse","FileResponse","ORJSONResponse","UJSONResponse"}
found, comparisons = [], []
def name(f):
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
for root, dirs, files in os.walk(sys.argv[1]):
    for fn in sorted(files):
        if not fn.endswith((".py", ".pyi")): continue
        path = os.path.join(root, fn)
        src = open(path, "rb").read()
        lines = src.split(b"\n")
        tree = ast.parse(src)
        def at(node):
            col = len(lines[node.lineno - 1][:node.col_offset].decode()) + 1
            return f"{os.path.relpath(path, sys.argv[2])}:{node.lineno}:{col}"
        def add(node):
            if isinstance(node, ast.Constant) and type(node.value) is int: found.append(at(node))
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare):
                for part in [node.left, *node.comparators]:
                    if isinstance(part, ast.Constant) and type(part.value) is int: comparisons.append(at(part))
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Attribute) and t.attr == "status_code": add(node.value)
            if not isinstance(node, ast.Call): continue
            n = name(node.func)
            kw = {k.arg: k.value for k in node.keywords}
            receiver = name(node.func.value) if isinstance(node.func, ast.Attribute) else None
            if n in ROUTES and receiver is not None and "status_code" in kw: add(kw["status_code"])
            elif n == "HTTPException": add(kw.get("status_code") or (node.args[0] if node.args else None))
            elif n == "WebSocketException": add(kw.get("code") or (node.args[0] if node.args else None))
            elif n in RESPONSES: add(kw.get("status_code") or (node.args[1] if len(node.args) > 1 else None))
            elif n == "close" and receiver is not None:
                add(kw.get("code") or (node.args[0] if node.args and receiver.lower() in ("websocket", "ws") else None))
print(json.dumps({"found": sorted(found), "comparisons": comparisons}))
`;

interface Located {
  path: string;
  line: number;
  column: number;
  replacement: string | null;
}

async function checkJson(cwd: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(
    ['--json', ...args],
    {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      lines: async function* () {},
      color: false,
      version: 'test',
    },
    { fs: nodeFs, cwd },
  );
  return { code, findings: JSON.parse(out.join('\n')) as Located[], err: err.join('\n') };
}

describe.skipIf(!present)(
  'the corpus: FastAPI docs_src (SKIPPED where ../shared is absent)',
  () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'sp-corpus-'));
      execFileSync('tar', ['-xzf', CORPUS, '-C', dir, './docs_src']);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('finds every bare status argument and nothing in strings, comments or comparisons', async () => {
      const oracle = JSON.parse(
        execFileSync('python3', ['-c', ORACLE, join(dir, 'docs_src'), dir], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        }),
      ) as { found: string[]; comparisons: string[] };
      const { code, findings } = await checkJson(dir, ['docs_src']);
      expect(code).toBe(1);
      const ours = findings.map((f) => `${f.path}:${f.line}:${f.column}`).sort();
      expect(ours).toEqual(oracle.found);
      expect(ours.length).toBeGreaterThanOrEqual(65);
      // The oracle saw the comparisons too; none of them is a finding.
      expect(oracle.comparisons.length).toBeGreaterThan(0);
      expect(ours.filter((p) => oracle.comparisons.includes(p))).toEqual([]);
      // Each finding covers a bare number in the source, not a quote or comment.
      for (const f of findings.slice(0, 200)) {
        const line = readFileSync(join(dir, f.path), 'utf8').split('\n')[f.line - 1]!;
        expect([...line][f.column - 1]).toMatch(/\d/);
      }
    }, 120_000);

    it('after --fix the tree still parses, py_compile accepts it, and a second check finds nothing', async () => {
      const before = await checkJson(dir, ['docs_src']);
      const changed = [...new Set(before.findings.map((f) => f.path))];
      const fixed = await checkJson(dir, ['--fix', 'docs_src']);
      expect(fixed.code).toBe(0);
      expect(fixed.findings).toEqual([]);
      const parser = await pythonParser();
      for (const path of changed) {
        const tree = parser.parse(readFileSync(join(dir, path), 'utf8'));
        expect(tree.rootNode.hasError, path).toBe(false);
        tree.delete();
      }
      const compiled = spawnSync('python3', ['-m', 'py_compile', ...changed], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(compiled.stderr).toBe('');
      expect(compiled.status).toBe(0);
      const again = await checkJson(dir, ['docs_src']);
      expect(again.code).toBe(0);
      expect(again.findings).toEqual([]);
    }, 120_000);
  },
);
