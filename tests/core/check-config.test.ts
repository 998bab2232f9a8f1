import { describe, expect, it } from 'vitest';
import { createConfigResolver, readCheckConfig } from '../../core/check/config';
import { folders } from './fake-folders';

const table = (body: string) => `[project]\nname = "app"\n\n[tool.status-palette]\n${body}\n`;

describe('[tool.status-palette] in pyproject.toml', () => {
  it('reads rules, exclude globs and the Starlette version', () => {
    expect(
      readCheckConfig(
        table(
          'select = ["ALL"]\nextend-select = ["ST007"]\nignore = ["bare-status"]\nexclude = ["migrations", "tests/fixtures/**"]\nstarlette = "0.47.3"',
        ),
      ),
    ).toEqual({
      ok: true,
      config: {
        select: ['ALL'],
        extendSelect: ['ST007'],
        ignore: ['bare-status'],
        exclude: ['migrations', 'tests/fixtures/**'],
        starlette: [0, 47, 3],
      },
    });
  });
  it('has no settings where the table is missing', () => {
    expect(readCheckConfig('[tool.ruff]\nline-length = 100\n')).toEqual({ ok: true, config: null });
    expect(readCheckConfig('')).toEqual({ ok: true, config: null });
  });
  it('says what is wrong, naming the key', () => {
    const cases: [string, string][] = [
      [
        'select = ["ST001", "ST999"]',
        'select: "ST999" is not a rule (rules: ST001 (deprecated-name),',
      ],
      ['ignore = "ST001"', 'ignore must be a list'],
      ['select = [3]', 'select takes rule ids or names as strings'],
      ['exclude = ["a", 3]', 'exclude takes glob patterns as strings'],
      ['starlette = 0.47', 'starlette must be a version in quotes'],
      ['starlette = "latest"', 'starlette: "latest" is not a Starlette version'],
      ['starlette = "0.4"', 'starlette: Starlette 0.4.0 has no status module'],
      [
        'selcet = ["ST001"]',
        'unknown key "selcet" (known: select, extend-select, ignore, exclude, starlette)',
      ],
    ];
    for (const [body, message] of cases) {
      const read = readCheckConfig(table(body));
      expect(read.ok, body).toBe(false);
      if (!read.ok) expect(read.message).toContain(`[tool.status-palette] ${message}`);
    }
    const broken = readCheckConfig('[tool.status-palette\nselect = []\n');
    expect(broken).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^does not parse at line 1, column \d+/),
    });
    expect(readCheckConfig('[tool]\nstatus-palette = 1\n')).toEqual({
      ok: false,
      message: '[tool.status-palette] must be a table',
    });
  });
});

describe('the nearest pyproject.toml', () => {
  const tree = {
    '/': {},
    '/repo': { 'pyproject.toml': table('ignore = ["ST003"]') },
    '/repo/app': {},
    '/repo/app/api': {},
    '/repo/tools': { 'pyproject.toml': '[tool.ruff]\nline-length = 90\n' },
    '/repo/sub': { 'pyproject.toml': table('select = ["ST007"]') },
    '/repo/broken': { 'pyproject.toml': table('select = "x"') },
  };
  it('applies to each folder below it; one without the table is passed over, as ruff does', () => {
    const lookup = createConfigResolver(folders(tree));
    expect(lookup('/repo/app/api')).toMatchObject({
      ok: true,
      found: { dir: '/repo', config: { ignore: ['ST003'] } },
    });
    expect(lookup('/repo/tools')).toMatchObject({ ok: true, found: { dir: '/repo' } });
    expect(lookup('/repo/sub')).toMatchObject({
      ok: true,
      found: { dir: '/repo/sub', config: { select: ['ST007'] } },
    });
    expect(lookup('/')).toEqual({ ok: true, found: null });
  });
  it('says which file is broken', () => {
    expect(createConfigResolver(folders(tree))('/repo/broken')).toEqual({
      ok: false,
      dir: '/repo/broken',
      message: 'pyproject.toml: [tool.status-palette] select must be a list',
    });
  });
});
