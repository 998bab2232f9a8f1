import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCheckCommand } from '../../cli/check/args';
import { nodeFs, type CheckFs } from '../../cli/check/fs';
import { runCli } from '../../cli/run';
import { check, io, project, tempDir } from './check-env';

const ROOT = new URL('../..', import.meta.url).pathname;
const GOLDEN = join(ROOT, 'tests/fixtures/check/golden');

const APP =
  'from fastapi import FastAPI, HTTPException\napp = FastAPI()\nraise HTTPException(404)\n';

describe('the check subcommand', () => {
  it('is a subcommand only as the first argument', async () => {
    const help = io();
    expect(await runCli(['check', '--help'], help.io)).toBe(0);
    const text = help.out.join('\n');
    for (const id of [
      'ST001',
      'ST002',
      'ST003',
      '--starlette',
      '--fix',
      '--diff',
      '--output-format',
      '--json',
    ])
      expect(text).toContain(id);
    const word = io();
    expect(await runCli(['--', 'check'], word.io)).toBe(0);
    expect(word.out.join('\n')).toMatch(/status\.HTTP_/);
    const general = io();
    await runCli(['--help'], general.io);
    expect(general.out.join('\n')).toContain('status-palette check');
  });
  it('parses its options', () => {
    expect(parseCheckCommand([])).toEqual({
      ok: true,
      command: {
        mode: 'check',
        paths: ['.'],
        starlette: null,
        fix: false,
        diff: false,
        output: 'text',
        rules: { select: undefined, extendSelect: undefined, ignore: undefined },
      },
    });
    expect(parseCheckCommand(['--json', 'a', 'b', '--starlette', '0.47'])).toMatchObject({
      ok: true,
      command: { paths: ['a', 'b'], starlette: [0, 47, 0], output: 'json' },
    });
    expect(parseCheckCommand(['--output-format', 'json']).ok).toBe(true);
    for (const bad of [
      ['--output-format', 'xml'],
      ['--starlette', 'x'],
      ['--nope'],
      ['--json', '--output-format', 'text'],
    ])
      expect(parseCheckCommand(bad).ok).toBe(false);
  });
  it('exits 2 on a usage error, with a message and no stack trace', async () => {
    const result = await check(tempDir(), ['--output-format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown output format "xml"');
    expect(result.err).not.toMatch(/\n\s+at /);
  });
  it('exits 0 when nothing is found and 1 when findings remain', async () => {
    const clean = project({ 'a.py': 'from fastapi import status\nx = status.HTTP_200_OK\n' });
    expect((await check(clean, [])).code).toBe(0);
    const dirty = project({ 'a.py': APP });
    const result = await check(dirty, []);
    expect(result.code).toBe(1);
    expect(result.out).toContain('a.py:3:21: ST003 bare status 404: use status.HTTP_404_NOT_FOUND');
    expect(result.out).toMatch(/1 finding in 1 file/);
  });
});

describe('versions in the report', () => {
  it('says which version it used for which files, and from which file', async () => {
    const dir = project({
      'svc/uv.lock': '[[package]]\nname = "starlette"\nversion = "0.47.2"\n',
      'svc/a.py': 'from fastapi import status\nx = status.HTTP_422_UNPROCESSABLE_CONTENT\n',
      'b.py': 'from fastapi import status\nx = status.HTTP_422_UNPROCESSABLE_ENTITY\n',
    });
    const { out } = await check(dir, []);
    expect(out).toContain(
      'svc/a.py:2:12: ST002 HTTP_422_UNPROCESSABLE_CONTENT is not in Starlette 0.47.2',
    );
    expect(out).toContain(
      'b.py:2:12: ST001 HTTP_422_UNPROCESSABLE_ENTITY is deprecated since Starlette 0.48.0',
    );
    expect(out).toContain('Starlette 0.47.2 for 1 file: starlette 0.47.2 pinned in svc/uv.lock');
    expect(out).toContain('Starlette 1.7.0 for 1 file: no lock or requirements file found');
    // --starlette overrides the lock file.
    const forced = await check(dir, ['--starlette', '0.48.0', 'svc']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('Starlette 0.48.0 for 1 file: set with --starlette');
  });
});

describe('JSON output', () => {
  it('prints one array of findings on stdout, 1-based, columns in code points, end exclusive', async () => {
    const dir = project({
      'a.py':
        'from fastapi import HTTPException\nraise HTTPException(detail="😀é", status_code=404)\n',
    });
    const { code, out, err } = await check(dir, ['--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([
      {
        path: 'a.py',
        line: 2,
        column: 46,
        endLine: 2,
        endColumn: 49,
        rule: 'ST003',
        message: 'bare status 404: use status.HTTP_404_NOT_FOUND',
        replacement: 'status.HTTP_404_NOT_FOUND',
      },
    ]);
    expect(err).toContain('Starlette 1.7.0 for 1 file');
  });
});

describe('--fix and --diff', () => {
  it('writes what the golden files hold, and a second run changes nothing', async () => {
    const dir = tempDir();
    cpSync(GOLDEN, dir, { recursive: true });
    const first = await check(dir, ['--fix']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Fixed 9 findings');
    for (const sub of ['new', 'old']) {
      expect(readFileSync(join(dir, sub, 'app.py'), 'utf8')).toBe(
        readFileSync(join(GOLDEN, sub, 'app.py.fixed'), 'utf8'),
      );
    }
    const second = await check(dir, ['--fix']);
    expect(second.code).toBe(0);
    expect(second.out).not.toContain('Fixed');
    expect(readFileSync(join(dir, 'new/app.py'), 'utf8')).toBe(
      readFileSync(join(GOLDEN, 'new/app.py.fixed'), 'utf8'),
    );
  });
  it('keeps a byte-order mark and the file mode', async () => {
    const dir = project({ 'a.py': '\uFEFF' + APP });
    const { code } = await check(dir, ['--fix']);
    expect(code).toBe(0);
    const bytes = readFileSync(join(dir, 'a.py'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('HTTPException(status.HTTP_404_NOT_FOUND)');
  });
  it('--diff prints a unified diff and writes nothing', async () => {
    const dir = project({ 'a.py': APP });
    const { code, out } = await check(dir, ['--diff']);
    expect(code).toBe(1);
    expect(out).toContain('--- a.py');
    expect(out).toContain('-raise HTTPException(404)');
    expect(out).toContain('+raise HTTPException(status.HTTP_404_NOT_FOUND)');
    expect(out).toContain('+from fastapi import status');
    expect(readFileSync(join(dir, 'a.py'), 'utf8')).toBe(APP);
  });
  it('refuses a file that changed since it was read', async () => {
    const dir = project({ 'a.py': APP });
    let reads = 0;
    const racing: CheckFs = {
      ...nodeFs,
      readFile(path) {
        // The second read of a.py (just before the rename) sees someone else's edit.
        if (path.endsWith('a.py') && ++reads === 2) writeFileSync(path, APP + '# edited\n');
        return nodeFs.readFile(path);
      },
    };
    const { code, err } = await check(dir, ['--fix'], racing);
    expect(code).toBe(1);
    expect(err).toContain('a.py: changed since it was read; not written');
    expect(readFileSync(join(dir, 'a.py'), 'utf8')).toBe(APP + '# edited\n');
  });
});

describe('files', () => {
  it('reads .py and .pyi, honours .gitignore, skips tool folders, survives a symlink loop', async () => {
    const dir = project({
      '.gitignore': 'generated/\nskip_me.py\n',
      'a.py': APP,
      'b.pyi': APP,
      'c.txt': APP,
      'skip_me.py': APP,
      'generated/g.py': APP,
      '.venv/lib/v.py': APP,
      'venv/v.py': APP,
      'node_modules/n.py': APP,
      'build/b.py': APP,
      'dist/d.py': APP,
      '__pycache__/p.py': APP,
      'pkg/m.py': APP,
    });
    symlinkSync(dir, join(dir, 'pkg', 'loop'));
    const { out } = await check(dir, ['--json']);
    const paths = [...new Set((JSON.parse(out) as { path: string }[]).map((f) => f.path))].sort();
    expect(paths).toEqual(['a.py', 'b.pyi', 'pkg/m.py']);
  });
});

describe('bad input: a clear line each, and the run goes on', () => {
  it('reports syntax errors, non-UTF-8, huge, binary and unreadable files, bad lock files and missing paths', async () => {
    const dir = project({
      'ok.py': APP,
      'broken.py': 'def f(:\n    pass\nraise HTTPException(400)\n',
      'latin1.py': new Uint8Array([0x23, 0x20, 0xe9, 0x0a]),
      'binary.py': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]),
      'secret.py': APP,
      'big.py': '',
      'lock/uv.lock': '[[package]\nname =',
      'lock/l.py': APP,
    });
    truncateSync(join(dir, 'big.py'), 50 * 1024 * 1024);
    const denying: CheckFs = {
      ...nodeFs,
      readFile(path) {
        if (path.endsWith('secret.py'))
          throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return nodeFs.readFile(path);
      },
    };
    const { code, out, err } = await check(dir, ['.', 'missing.py'], denying);
    expect(code).toBe(1);
    expect(err).toContain('missing.py: no such file or folder');
    expect(err).toMatch(/broken\.py:1:\d+: syntax error; the broken part is not checked/);
    expect(err).toContain('latin1.py: not UTF-8 text; skipped');
    expect(err).toContain('binary.py: binary data, not Python source; skipped');
    expect(err).toContain('secret.py: cannot read: permission denied; skipped');
    expect(err).toContain('big.py: 50.0 MB is over the 4 MB limit; skipped');
    expect(err).toMatch(/lock: uv\.lock does not parse .*; not used/);
    expect(err).not.toMatch(/\n\s+at /);
    // The readable files were still checked.
    expect(out).toContain('ok.py:3:21: ST003');
    expect(out).toContain('lock/l.py:3:21: ST003');
    expect(out).toContain('broken.py:3:21: ST003');
  });
  it('exits 2 when no path given exists', async () => {
    const { code, err } = await check(tempDir(), ['nowhere']);
    expect(code).toBe(2);
    expect(err).toContain('nowhere: no such file or folder');
  });
  it('writes nothing where writing fails', async () => {
    const dir = project({ 'a.py': APP });
    const failing: CheckFs = {
      ...nodeFs,
      rename() {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    const { code, err } = await check(dir, ['--fix'], failing);
    expect(code).toBe(1);
    expect(err).toContain('a.py: not written: permission denied');
    expect(readFileSync(join(dir, 'a.py'), 'utf8')).toBe(APP);
    expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).trim()).toBe('a.py');
  });
});

describe('the bundled CLI', () => {
  let bin: string;
  beforeAll(() => {
    // Built outside the checkout: the WASM files must be found beside the bundle, not in node_modules.
    const out = tempDir();
    execFileSync('node', ['scripts/build-cli.mjs', out], { cwd: ROOT });
    bin = join(out, 'status-palette.js');
  });
  it('checks and fixes a project', () => {
    const dir = project({ 'requirements.txt': 'starlette==0.47.0\n', 'a.py': APP });
    const run = (args: string[]) =>
      spawnSync('node', [bin, 'check', ...args], { cwd: dir, encoding: 'utf8' });
    const json = run(['--json']);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    expect(json.stderr).toContain('starlette 0.47.0 pinned in requirements.txt');
    expect(run(['--fix']).status).toBe(0);
    expect(readFileSync(join(dir, 'a.py'), 'utf8')).toContain(
      'HTTPException(status.HTTP_404_NOT_FOUND)',
    );
  });
});
