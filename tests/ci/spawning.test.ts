import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { quoteForCmd, runTool, toolCommand } from '../../scripts/spawn-tool.mjs';

const root = resolve(import.meta.dirname, '../..');

describe('toolCommand: how npm and npx are spawned on each platform', () => {
  it.each(['linux', 'darwin'])('runs the tool itself on %s, arguments untouched', (platform) => {
    expect(toolCommand('npx', ['vitest', 'run', 'a b'], platform)).toEqual({
      command: 'npx',
      args: ['vitest', 'run', 'a b'],
      shell: false,
    });
  });

  it('runs npm.cmd through cmd.exe on Windows, as one quoted command line', () => {
    expect(
      toolCommand(
        'npx',
        ['playwright', 'test', '-c', 'tests/e2e/x.ts', '--reporter=list,html'],
        'win32',
      ),
    ).toEqual({
      command: 'npx.cmd playwright test -c tests/e2e/x.ts "--reporter=list,html"',
      args: [],
      shell: true,
    });
    expect(toolCommand('npm', ['run', '-s', 'build'], 'win32').command).toBe(
      'npm.cmd run -s build',
    );
  });
});

describe('quoteForCmd', () => {
  it.each([
    ['plain', 'plain'],
    ['', '""'],
    ['two words', '"two words"'],
    ['a&b|c>d', '"a&b|c>d"'],
    ['say "hi"', '"say ""hi"""'],
    ['100%', '"100"^%""'],
    ['%PATH%', '""^%"PATH"^%""'],
  ])('%j becomes %j', (arg, quoted) => {
    expect(quoteForCmd(arg)).toBe(quoted);
  });

  it('refuses a line break, which cmd.exe would read as the end of the command', () => {
    expect(() => quoteForCmd('a\nb')).toThrow(/line break/);
  });
});

describe('runTool', () => {
  it('hands the platform command to spawn with the caller options', () => {
    const calls: unknown[][] = [];
    runTool('npm', ['test'], { stdio: 'inherit' }, (...call: unknown[]) => calls.push(call));
    const expected = toolCommand('npm', ['test']);
    expect(calls).toEqual([
      [expected.command, expected.args, { stdio: 'inherit', shell: expected.shell }],
    ]);
  });

  it('really runs npm here', () => {
    const result = runTool('npm', ['--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('scripts/', () => {
  it('spawns npm and npx only through runTool', () => {
    const direct = readdirSync(join(root, 'scripts'))
      .filter((name) => name.endsWith('.mjs') && name !== 'spawn-tool.mjs')
      .filter((name) =>
        /\bspawn(?:Sync)?\(\s*['"]np[mx](?:\.cmd)?['"]/.test(
          readFileSync(join(root, 'scripts', name), 'utf8'),
        ),
      );
    expect(direct).toEqual([]);
  });
});

describe('test:electron without a binary', () => {
  // An empty folder as Electron's dist: "no binary" even where one was fetched.
  const empty = mkdtempSync(join(tmpdir(), 'palette-no-electron-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));
  const run = (require?: string) =>
    spawnSync(process.execPath, ['scripts/test-electron.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: empty,
        STATUS_PALETTE_REQUIRE_ELECTRON: require,
      },
    });

  it('fails, saying why, when STATUS_PALETTE_REQUIRE_ELECTRON=1', () => {
    const result = run('1');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('test:electron: FAILED: no Electron');
    expect(result.stderr).toContain('STATUS_PALETTE_REQUIRE_ELECTRON=1');
    expect(result.stdout).not.toContain('SKIPPED');
  });

  it.each([undefined, '0'])(
    'says SKIPPED plainly and passes when the variable is %s',
    (value) => {
      const result = run(value);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^test:electron: SKIPPED \d+ end-to-end tests of the real app/);
      expect(result.stdout).toContain(`binary at ${join(empty, '')}`);
    },
    60_000,
  );
});
